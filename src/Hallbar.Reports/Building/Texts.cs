using Hallbar.Domain.Assessment;

namespace Hallbar.Reports.Building;

/// <summary>The generated words of the report in Swedish and English.</summary>
internal sealed class Texts(string language)
{
    public string Language { get; } = language;

    public string T(string sv, string en) => Language == "en" ? en : sv;

    public string Title(int year) => T($"Hållbarhetsredovisning {year}", $"Sustainability report {year}");

    public string Goal => T("Mål", "Goal");

    public string Outcome(int year) => T($"Utfall {year}", $"Outcome {year}");

    public string Measure => T("Mätetal", "Measure");

    public string Indicators => T("Indikatorer", "Indicators");

    public string Area => T("Målområde", "Goal area");

    public string SustainabilityGoal => T("Hållbarhetsmål", "Sustainability goal");

    public string Overall => T("Samlad bedömning", "Overall assessment");

    public string OverallOfGoal => T("Samlad bedömning av målet", "Overall assessment of the goal");

    public string OverallOfArea => T("Samlad bedömning av målområdet", "Overall assessment of the goal area");

    public string OverallOfIndicator => T("Samlad bedömning av indikatorn", "Overall assessment of the indicator");

    public string Indicator(string name) => T($"Indikator: {name}", $"Indicator: {name}");

    public string TargetValue(int? year) => year is { } y ? T($"Målvärde {y}", $"Target {y}") : T("Målvärde", "Target");

    public string MeasureTableCaption(string indicator, int year) =>
        T($"Mätetal för indikatorn {indicator}, utfall och utveckling {year}", $"Measures of the indicator {indicator}, outcomes and development {year}");

    public string IndicatorTableCaption(string goal, int year) =>
        T($"Indikatorernas utveckling {year}: {goal}", $"Development of the indicators {year}: {goal}");

    public string GoalSummaryCaption(int year) =>
        T($"Samlad bedömning av måluppfyllelse {year}", $"Overall assessment of goal attainment {year}");

    public string MeasureTablesTitle => T("Bilaga: Indikatorer med mätetal", "Appendix: Indicators with measures");

    public string FollowUpTitle => T("Uppföljning av målen", "Following up the goals");

    public string SurveyPending => T(
        "Självskattningens resultat redovisas här när förvaltningarna har besvarat årets enkät.",
        "The self-assessment's results are shown here once the administrations have answered this year's survey.");

    public string Illustrative => T(
        "Svaren är illustrativa; redovisningen publicerar inte förvaltningarnas svar.",
        "The answers are illustrative; the report does not publish the administrations' answers.");

    public string IllustrativeUnits => T(
        "Förvaltningarnas namn i tabellen är illustrativa.",
        "The administrations' names in the table are illustrative.");

    public string Note => T("Observera", "Note");

    public string SurveyBasis(int submitted, int year) => T(
        $"Resultatet bygger på svar från {submitted} förvaltningar {year}. Andelarna är procent av de inskickade svaren och avrundade till hela procent så att varje påstående summerar till 100.",
        $"The result rests on answers from {submitted} administrations in {year}. The shares are percent of the submitted answers, rounded to whole percent so that each statement adds up to 100.");

    public string Statement => T("Påstående", "Statement");

    public string SurveyChartTitle(string title) => T($"Resultat {title}", $"Results {title}");

    public string SurveyFreeTextsSheet => T("Självskattning", "Self-assessment");

    public string ChangeCaption(int year, int previous) =>
        T($"Förändring {previous}–{year} i procentenheter", $"Change {previous}–{year} in percentage points");

    public string Unit => T("Förvaltning", "Administration");

    public string Theme => T("Tema", "Theme");

    public string Question => T("Fråga", "Question");

    public string CountOf(string category) => T($"{category}, antal", $"{category}, number");

    public string ShareOf(string category) => T($"{category}, andel", $"{category}, share");

    public string DistributionCaption(int submitted) => T(
        $"Antal svar och andel av {submitted} inskickade svar per påstående och svarskategori",
        $"Number of answers and share of {submitted} submitted answers per statement and answer category");

    public string DistributionSheet => T("Fördelning", "Distribution");

    public string FreeTextsTitle => T("Fritextsvar", "Free-text answers");

    public string ResultsTitle => T("Resultat per påstående", "Results per statement");

    public string Answer => T("Svar", "Answer");

    public string NoAnswers => T("Inga svar.", "No answers.");

    public string PilotsCaption(int year) => T($"Barnrättspiloter {year}", $"Child-rights pilots {year}");

    public string PilotsTrained(int year) => T($"Utbildade under {year}", $"Trained in {year}");

    public string PilotsInTotal => T("Totalt i regionen", "In total");

    public string Count => T("Antal", "Number");

    public string ChildRightsSheet => T("Barnbokslut", "Child rights");

    public string MostPilotsAt => T("Flest barnrättspiloter finns inom", "Most child-rights pilots work at");

    public string WithoutPilots => T("Verksamheter utan barnrättspiloter", "Services without child-rights pilots");

    public string DecisionsCaption(int year) =>
        T($"Beslut som rör barn {year} och prövning av barnets bästa", $"Decisions concerning children {year} and assessment of the child's best interest");

    public string Decision => T("Beslut", "Decision");

    public string Reference => T("Diarienummer", "Reference");

    public string BestInterestAssessed => T("Prövning av barnets bästa", "Best-interest assessment");

    public string YesNo(bool yes) => yes ? T("Ja", "Yes") : T("Nej", "No");

    public string Year => T("År", "Year");

    public string DataYear => T("År som utfallet avser", "Year the outcome covers");

    public string Category => T("Område", "Category");

    public string Share => T("Andel", "Share");

    public string OutcomeSeries => T("Utfall", "Outcome");

    public string BaseSeries(int year) => T($"Basvärde {year}", $"Base value {year}");

    public string TargetSeries(int year) => T($"Målvärde {year}", $"Target {year}");

    public string InPaceSeries => T("I takt med målet", "In pace with the target");

    public string Missing => T("värde saknas", "value missing");

    /// <summary>What a grade means when the scale does not say: from the verdict it stands for.</summary>
    public string Meaning(Grade grade) => grade.DescriptionIn(Language) ?? grade.Verdict switch
    {
        Verdict.Positive => T("en utveckling i önskad riktning", "development in the desired direction"),
        Verdict.Unchanged => T("oförändrad eller otillräcklig utveckling", "no change, or too little development"),
        Verdict.Negative => T("en utveckling i oönskad riktning", "development in the undesired direction"),
        Verdict.NoValue => T("underlag saknas för en bedömning", "there is no basis for an assessment"),
        _ => grade.LabelIn(Language),
    };
}
