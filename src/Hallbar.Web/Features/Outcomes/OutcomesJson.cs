using System.ComponentModel;
using Hallbar.Data.Rows;
using Hallbar.Domain.Measures;

namespace Hallbar.Web.Features.Outcomes;

// A measure's outcomes as the API reads and writes them, with the version each change is made from.

[Description("Ett mätetals utfall. / A measure's outcomes.")]
internal sealed record OutcomeListJson(string MeasureId, string Name, MeasureKind Kind, string? Unit, string? ResponsibleUnit, IReadOnlyList<OutcomeJson> Outcomes);

[Description("Ett utfall: ett värde, en text eller varför värdet saknas. / An outcome: a value, a text or why the value is missing.")]
internal sealed record OutcomeJson(
    [property: Description("2025, 2025-Q2 eller 2025-03.")] string Period,
    decimal? Value,
    string? Text,
    string? MissingReason,
    string? Series,
    string? OrgUnit,
    decimal? Weight,
    string? Source,
    string? Comment,
    [property: Description("Versionen att ändra från. / The version to change from.")] int Version)
{
    public static OutcomeJson Of(OutcomeRow row) => new(
        row.Period, row.Value, row.Text, row.MissingReason, NullIfNone(row.SeriesId), NullIfNone(row.OrgUnitId), row.Weight, row.Source, row.Comment, row.Version);

    private static string? NullIfNone(string id) => id.Length == 0 ? null : id;
}

[Description("Ett nytt eller ändrat utfall. / A new or changed outcome.")]
internal sealed record OutcomeWriteJson(
    [property: Description("Talet, för ett numeriskt mätetal. Exakt ett av value, text och missingReason. / The figure, for a numeric measure. Exactly one of value, text and missingReason.")] decimal? Value = null,
    [property: Description("Texten, för ett kvalitativt mätetal. / The text, for a qualitative measure.")] string? Text = null,
    [property: Description("Varför värdet saknas. / Why the value is missing.")] string? MissingReason = null,
    [property: Description("Delserien, för ett sammansatt mätetal. / The series, for a composite measure.")] string? Series = null,
    [property: Description("Förvaltningen utfallet gäller; utan: hela organisationen. / The org unit; without: the whole organization.")] string? OrgUnit = null,
    string? Source = null,
    string? Comment = null,
    [property: Description("Versionen som lästes; utan: utfallet finns inte än. / The version read; without: the outcome does not exist yet.")] int? Version = null,
    [property: Description("Skälet, som krävs när året är låst och blir fotnoten om omräkningen. / The reason, required when the year is locked; it becomes the restatement's footnote.")] string? Reason = null);

[Description("Utfallet är sparat. / The outcome is saved.")]
internal sealed record OutcomeSavedJson(int Version, string Message, string MessageEn, OutcomeJson Outcome);
