using Hallbar.Data.Rows;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hallbar.Data.Configurations;

internal sealed class GoalNodeConfiguration : IEntityTypeConfiguration<GoalNodeRow>
{
    public void Configure(EntityTypeBuilder<GoalNodeRow> builder)
    {
        builder.ToTable("goal_nodes");
        builder.HasKey(n => new { n.OrganizationId, n.Id });
        builder.Property(n => n.Id).HasMaxLength(100);
        builder.Property(n => n.ParentId).HasMaxLength(100);
        builder.Property(n => n.Kind).HasMaxLength(20);
        builder.HasIndex(n => new { n.OrganizationId, n.ParentId, n.Position });
        builder.HasOne<OrganizationRow>().WithMany().HasForeignKey(n => n.OrganizationId).OnDelete(DeleteBehavior.Cascade);
    }
}
