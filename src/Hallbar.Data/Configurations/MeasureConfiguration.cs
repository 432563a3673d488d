using Hallbar.Data.Rows;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hallbar.Data.Configurations;

internal sealed class MeasureConfiguration : IEntityTypeConfiguration<MeasureRow>
{
    public void Configure(EntityTypeBuilder<MeasureRow> builder)
    {
        builder.ToTable("measures");
        builder.HasKey(m => new { m.OrganizationId, m.Id });
        builder.Property(m => m.Id).HasMaxLength(100);
        builder.Property(m => m.NodeId).HasMaxLength(100);
        builder.Property(m => m.Kind).HasMaxLength(20);
        builder.Property(m => m.Unit).HasMaxLength(100);
        builder.Property(m => m.Version).IsConcurrencyToken();
        builder.HasIndex(m => new { m.OrganizationId, m.NodeId, m.Position });
        builder.HasOne<GoalNodeRow>().WithMany().HasForeignKey(m => new { m.OrganizationId, m.NodeId }).OnDelete(DeleteBehavior.Cascade);
    }
}
