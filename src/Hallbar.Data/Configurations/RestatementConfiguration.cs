using Hallbar.Data.Rows;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hallbar.Data.Configurations;

internal sealed class RestatementConfiguration : IEntityTypeConfiguration<RestatementRow>
{
    public void Configure(EntityTypeBuilder<RestatementRow> builder)
    {
        builder.ToTable("restatements");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.MeasureId).HasMaxLength(100);
        builder.Property(r => r.Period).HasMaxLength(7);
        builder.Property(r => r.SeriesId).HasMaxLength(100);
        builder.Property(r => r.OrgUnitId).HasMaxLength(100);
        builder.HasIndex(r => new { r.OrganizationId, r.MeasureId, r.Position });
        builder.HasOne<MeasureRow>().WithMany().HasForeignKey(r => new { r.OrganizationId, r.MeasureId }).OnDelete(DeleteBehavior.Cascade);
    }
}
