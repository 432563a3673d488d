using Hallbar.Data.Rows;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hallbar.Data.Configurations;

internal sealed class AssessmentConfiguration : IEntityTypeConfiguration<AssessmentRow>
{
    public void Configure(EntityTypeBuilder<AssessmentRow> builder)
    {
        builder.ToTable("assessments");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.SubjectId).HasMaxLength(100);
        builder.Property(a => a.ScaleId).HasMaxLength(100);
        builder.Property(a => a.GradeId).HasMaxLength(100);
        builder.Property(a => a.Version).IsConcurrencyToken();
        builder.HasIndex(a => new { a.OrganizationId, a.SubjectId, a.Year, a.ScaleId }).IsUnique();
        builder.HasOne<OrganizationRow>().WithMany().HasForeignKey(a => a.OrganizationId).OnDelete(DeleteBehavior.Cascade);
    }
}
