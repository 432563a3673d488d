using Hallbar.Domain;
using Hallbar.Domain.Assessment;
using Hallbar.Web.Site;

namespace Hallbar.Web.Features.Reading;

/// <summary>
/// What a reading page shows: an organization's model at a report year the viewer may see, and the
/// years they may choose among, newest first.
/// </summary>
public sealed record ShownYear(CachedModel Organization, int Year, IReadOnlyList<int> Years, bool SignedIn)
{
    public OrganizationModel Model => Organization.Model;

    public string OrganizationId => Organization.Model.Organization.Id;

    /// <summary>The whole organization's assessment of the year, with every node and measure below it.</summary>
    public AssessmentResult Assessment => Organization.Assessment(Year);

    /// <summary>A node's or measure's assessment in a year (this one unless given); null when it is not assessed then.</summary>
    public AssessmentResult? ResultFor(string id, int? year = null) =>
        Organization.Assessment(year ?? Year).DescendantsAndSelf().FirstOrDefault(r => r.Id == id && r.Level != AssessmentLevel.Overall);
}
