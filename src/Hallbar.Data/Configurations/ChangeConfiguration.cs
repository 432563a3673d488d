using Hallbar.Data.Rows;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hallbar.Data.Configurations;

internal sealed class ChangeConfiguration : IEntityTypeConfiguration<ChangeRow>
{
    public void Configure(EntityTypeBuilder<ChangeRow> builder)
    {
        builder.ToTable("changes");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Subject).HasMaxLength(20);
        builder.Property(c => c.Key).HasMaxLength(400);
        builder.Property(c => c.ChangedBy).HasMaxLength(200);
        builder.HasIndex(c => new { c.OrganizationId, c.Subject, c.Key });
        builder.HasIndex(c => new { c.OrganizationId, c.ChangedAt });
    }
}
