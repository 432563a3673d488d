using Hallbar.Data.Rows;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hallbar.Data.Configurations;

internal sealed class RoundConfiguration : IEntityTypeConfiguration<RoundRow>
{
    public void Configure(EntityTypeBuilder<RoundRow> builder)
    {
        builder.ToTable("rounds");
        builder.HasKey(r => new { r.OrganizationId, r.Year });
        builder.Property(r => r.State).HasMaxLength(20);
        builder.Property(r => r.ChangedBy).HasMaxLength(200);
        builder.Property(r => r.Version).IsConcurrencyToken();
        builder.HasOne<OrganizationRow>().WithMany().HasForeignKey(r => r.OrganizationId).OnDelete(DeleteBehavior.Cascade);
    }
}
