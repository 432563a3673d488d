using Hallbar.Domain;
using Hallbar.Domain.Assessment;
using Hallbar.Reports.Model;

namespace Hallbar.Reports.Building;

/// <summary>Builds the report of a report year from an organization's goal model.</summary>
public static class ReportBuilder
{
    /// <summary>
    /// The report in the order of the year's narrative sections, with the generated tables and
    /// charts where the sections place them; what no section places is added where the model case has it.
    /// </summary>
    public static Report Build(OrganizationModel model, int year, string language = "sv")
    {
        ArgumentNullException.ThrowIfNull(model);
        var assessed = ModelAssessor.Assess(model, year);
        return new ReportAssembly(model, year, language, assessed).Assemble();
    }
}
