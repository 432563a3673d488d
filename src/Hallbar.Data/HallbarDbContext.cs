using System.Globalization;
using Hallbar.Data.Accounts;
using Hallbar.Data.Configurations;
using Hallbar.Data.Rows;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Hallbar.Data;

/// <summary>
/// Hallbar's database: the same model on SQLite and PostgreSQL, each with its own migrations. It also
/// holds the accounts and the web tier's data protection keys, so that several web instances can share one database.
/// </summary>
public sealed class HallbarDbContext(DbContextOptions<HallbarDbContext> options) : IdentityDbContext<HallbarUser>(options), IDataProtectionKeyContext
{
    public DbSet<OrganizationRow> Organizations => Set<OrganizationRow>();
    public DbSet<OrgUnitRow> OrgUnits => Set<OrgUnitRow>();
    public DbSet<GoalNodeRow> GoalNodes => Set<GoalNodeRow>();
    public DbSet<MeasureRow> Measures => Set<MeasureRow>();
    public DbSet<OutcomeRow> Outcomes => Set<OutcomeRow>();
    public DbSet<RestatementRow> Restatements => Set<RestatementRow>();
    public DbSet<AssessmentRow> Assessments => Set<AssessmentRow>();
    public DbSet<SectionRow> Sections => Set<SectionRow>();
    public DbSet<RoundRow> Rounds => Set<RoundRow>();
    public DbSet<SurveyResponseRow> SurveyResponses => Set<SurveyResponseRow>();
    public DbSet<ChangeRow> Changes => Set<ChangeRow>();
    public DbSet<RevisionRow> Revision => Set<RevisionRow>();
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    /// <summary>Adds a change to the history, to be saved with the change itself.</summary>
    internal void AddChange(TimeProvider time, string organizationId, string subject, string key, string? old, string? value, string changedBy, string? reason) =>
        Changes.Add(new ChangeRow
        {
            OrganizationId = organizationId,
            Subject = subject,
            Key = key,
            OldValue = old,
            NewValue = value,
            ChangedBy = changedBy,
            ChangedAt = time.GetUtcNow(),
            Reason = reason,
        });

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        AccountConfiguration.Configure(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(HallbarDbContext).Assembly);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // SQLite has no decimal type; EF's default text form turns 188 into "188.0". Figures are kept
        // with the digits they were given ("4.50" stays 4,50), as PostgreSQL's numeric does.
        if (Database.IsSqlite())
        {
            configurationBuilder.Properties<decimal>().HaveConversion<InvariantDecimalConverter>();
        }
    }

    private sealed class InvariantDecimalConverter() : ValueConverter<decimal, string>(
        value => value.ToString(CultureInfo.InvariantCulture),
        text => decimal.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture));
}
