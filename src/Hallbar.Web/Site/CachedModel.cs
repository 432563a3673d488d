using System.Collections.Concurrent;
using Hallbar.Domain;
using Hallbar.Domain.Assessment;
using Hallbar.Reports.Building;
using Hallbar.Reports.Model;

namespace Hallbar.Web.Site;

/// <summary>One organization's model at one revision, with what is computed from it made once.</summary>
public sealed class CachedModel(OrganizationModel model, long revision)
{
    private readonly ConcurrentDictionary<int, AssessmentResult> _assessments = new();
    private readonly ConcurrentDictionary<(int Year, string Language), Report> _reports = new();

    public OrganizationModel Model { get; } = model;

    public long Revision { get; } = revision;

    public AssessmentResult Assessment(int year) => _assessments.GetOrAdd(year, y => ModelAssessor.Assess(Model, y));

    public Report Report(int year, string language) => _reports.GetOrAdd((year, language), key => ReportBuilder.Build(Model, key.Year, key.Language));

    /// <summary>Years with outcomes, newest first.</summary>
    public IReadOnlyList<int> Years { get; } = [.. model.AllMeasures().SelectMany(m => m.Outcomes).Select(o => o.Period.Year).Distinct().OrderDescending()];
}
