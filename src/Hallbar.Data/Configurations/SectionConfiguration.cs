using Hallbar.Data.Rows;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hallbar.Data.Configurations;

internal sealed class SectionConfiguration : IEntityTypeConfiguration<SectionRow>
{
    public void Configure(EntityTypeBuilder<SectionRow> builder)
    {
        builder.ToTable("sections");
        builder.HasKey(s => new { s.OrganizationId, s.Id });
        builder.Property(s => s.Id).HasMaxLength(100);
        builder.Property(s => s.NodeId).HasMaxLength(100);
        builder.Property(s => s.Title).HasMaxLength(300);
        builder.Property(s => s.Version).IsConcurrencyToken();
        builder.HasOne<OrganizationRow>().WithMany().HasForeignKey(s => s.OrganizationId).OnDelete(DeleteBehavior.Cascade);
    }
}
