using Hallbar.Data.Rows;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hallbar.Data.Configurations;

internal sealed class OrganizationConfiguration : IEntityTypeConfiguration<OrganizationRow>
{
    public void Configure(EntityTypeBuilder<OrganizationRow> builder)
    {
        builder.ToTable("organizations");
        builder.HasKey(o => o.Id);
        builder.Property(o => o.Id).HasMaxLength(100);
        builder.Property(o => o.Name).HasMaxLength(300);
        builder.Property(o => o.Kind).HasMaxLength(50);
        builder.Property(o => o.KoladaId).HasMaxLength(10);
    }
}
