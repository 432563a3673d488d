using Hallbar.Data.Rows;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hallbar.Data.Configurations;

internal sealed class OrgUnitConfiguration : IEntityTypeConfiguration<OrgUnitRow>
{
    public void Configure(EntityTypeBuilder<OrgUnitRow> builder)
    {
        builder.ToTable("org_units");
        builder.HasKey(u => new { u.OrganizationId, u.Id });
        builder.Property(u => u.Id).HasMaxLength(100);
        builder.Property(u => u.ParentId).HasMaxLength(100);
        builder.Property(u => u.Name).HasMaxLength(300);
        builder.HasOne<OrganizationRow>().WithMany().HasForeignKey(u => u.OrganizationId).OnDelete(DeleteBehavior.Cascade);
    }
}
