using System.ComponentModel;
using Hallbar.Domain.Assessment;
using Hallbar.Web.Features.Organizations;

namespace Hallbar.Web.Features.Assessments;

// A year's assessments as the API reads and writes them: the rule's suggestion and why, beside the final one.

[Description("Ett redovisningsårs bedömningar. / A report year's assessments.")]
internal sealed record AssessmentListJson(
    int Year,
    [property: Description("Varje mätetal och nod, uppifrån och ned. / Every measure and node, top down.")] IReadOnlyList<AssessmentJson> Assessments);

[Description("Ett mätetals eller en nods bedömning. / A measure's or node's assessment.")]
internal sealed record AssessmentJson(
    [property: Description("Mätetalets eller nodens id; overall för den samlade bedömningen. / The measure's or node's id; overall for the overall assessment.")] string Id,
    string Name,
    AssessmentLevel Level,
    string? Parent,
    string Scale,
    [property: Description("Regelns förslag; null när bedömningen görs för hand. / The rule's suggestion; null when the assessment is made by hand.")] GradeJson? Suggestion,
    [property: Description("Varför regeln föreslår det den gör, på svenska (text) och engelska (textEn), med siffrorna. / Why the rule suggests it, in Swedish and English, with the figures.")] Rationale Rationale,
    [property: Description("Den slutliga bedömningen, som redovisningen visar. / The final assessment, as the report shows it.")] GradeJson? Final,
    [property: Description("Sann när en person har satt den slutliga bedömningen. / True when a person set the final assessment.")] bool FinalIsSet,
    string? Motivation,
    [property: Description("Den slutliga bedömningen skiljer sig från förslaget. / The final assessment differs from the suggestion.")] bool Differs,
    [property: Description("Versionen att ändra från; null när ingen bedömning är satt. / The version to change from; null when none is set.")] int? Version);

[Description("En slutlig bedömning. / A final assessment.")]
internal sealed record AssessmentWriteJson(
    [property: Description("Bedömningens id på skalan, t.ex. positiv. / The grade's id on the scale.")] string? Grade = null,
    [property: Description("Krävs när bedömningen skiljer sig från förslaget. / Required when it differs from the suggestion.")] string? Motivation = null,
    [property: Description("Versionen som lästes; null när ingen var satt. / The version read; null when none was set.")] int? Version = null);

[Description("Sparat. / Saved.")]
internal sealed record SavedJson(int Version, string Message, string MessageEn);
