using Hallbar.Data.Rows;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hallbar.Data.Configurations;

internal sealed class OutcomeConfiguration : IEntityTypeConfiguration<OutcomeRow>
{
    public void Configure(EntityTypeBuilder<OutcomeRow> builder)
    {
        builder.ToTable("outcomes");
        builder.HasKey(o => o.Id);
        builder.Property(o => o.MeasureId).HasMaxLength(100);
        builder.Property(o => o.Period).HasMaxLength(7);
        builder.Property(o => o.SeriesId).HasMaxLength(100);
        builder.Property(o => o.OrgUnitId).HasMaxLength(100);
        builder.Property(o => o.Version).IsConcurrencyToken();
        builder.HasIndex(o => new { o.OrganizationId, o.MeasureId, o.Period, o.SeriesId, o.OrgUnitId }).IsUnique();
        builder.HasOne<MeasureRow>().WithMany().HasForeignKey(o => new { o.OrganizationId, o.MeasureId }).OnDelete(DeleteBehavior.Cascade);
    }
}
