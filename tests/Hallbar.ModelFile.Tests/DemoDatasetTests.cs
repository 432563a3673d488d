using Hallbar.Domain.Assessment;
using Hallbar.Domain.Footnotes;
using Hallbar.Domain.Goals;
using Hallbar.Domain.Measures;

namespace Hallbar.ModelFile.Tests;

/// <summary>
/// The demo dataset holds Region Västmanland's 2025 report as published: every row of Bilaga 2
/// and of the goal summary table, transcribed here from the seed report.
/// </summary>
public sealed class DemoDatasetTests
{
    private const int Year = 2025;

    // Bilaga 2 as printed: measure, outcomes 2023–2025 ("-" where missing), published assessment 2025.
    public static TheoryData<string, string, string, string, string> Bilaga2 => new()
    {
        { "Energianvändning per fordonskilometer (kollektivtrafik buss)", "3.6", "4.5", "4.5", "Positiv" },
        { "Andel källsorterat avfall för materialåtervinning", "33.8", "36.8", "36.9", "Oförändrad" },
        { "Organisationens totala mängd avfall per länsinvånare", "6.8", "6.6", "6.7", "Oförändrad" },
        { "Energiförbrukning i fastigheter och verksamheter", "188", "185", "184", "Positiv" },
        { "Totalt matsvinn gram per portion (inkl produktion)", "90", "95", "86", "Positiv" },
        { "Resurseffektivitet nybyggnation, Vårdbyggnad NAV etapp 1 (Kvoten mellan BTA och LOA)", "69", "69", "68", "Positiv" },
        { "Antal genomförda kategoriarbeten inom Inköp Sörmland/Västmanland där miljö beaktas i processen", "1", "2", "0", "Negativ" },
        { "Antal upphandlingar med förhöjda miljökrav", "20", "30", "26", "Oförändrad" },
        { "Andel livsmedelsupphandlingar utan förhöjda miljökrav", "0", "0", "0", "Positiv" },
        { "Fastigheter - drift", "-30", "-29", "-36", "Positiv" },
        { "Resor och transporter", "-29", "-25", "-39", "Positiv" },
        { "Tjänsteresor", "-11", "-57", "-49", "Negativ" },
        { "Inköp och resursförbrukning", "9", "12", "12", "Oförändrad" },
        { "Regionens totala utsläpp av CO2e", "-2", "0", "-2", "Positiv" },
        { "Andel fossilfria drivmedel", "93", "93", "93", "Oförändrad" },
        { "Koldioxidintensitet i regionens kapitalförvaltning", "-11.6", "-35", "-27", "Negativ" },
        {
            "Alla processer för riskbedömning är säkrade utifrån en anpassning till klimatförändringar som redan uppstått eller väntas uppstå.",
            "Integrerade i flera riskbedömningsprocesser, men otillräcklig tillämpning",
            "Integrerade i flera riskbedömningsprocesser, men otillräcklig tillämpning",
            "Klimatrisker med i Systematiska säkerhetsorganisationen och fördjupat underlag kring vårdens klimatrisker framtaget",
            "Positiv"
        },
        { "Antal kemikalier på utfasningslistorna (CMR-ämnen och utfasningsämnen)", "CMR 26, Kandidatförteckning -, Priodatabas -", "CMR 28, Kandidatförteckning 43, Priodatabas 160", "CMR 32, Kandidatförteckning 45, Priodatabas 176", "Negativ" },
        { "Andel gröna och gula varor i Byggvarubedömningen, Vårdbyggnad etapp 1 %", "86", "74", "80", "Positiv" },
        { "Andel röda varor i Byggvarubedömningen, Vårdbyggnad etapp 1 %", "14", "17", "14", "Positiv" },
        { "Årlig minskning av den totala antibiotikabelastningen i antal recept/1000 invånare på 2,5%", "268", "274", "253", "Positiv" },
        { "Antal genomförda egenkontroller miljö", "161", "152", "145", "Negativ" },
        { "Antal incidentrapporter gällande utsläpp/kemikalier produktion, Vårdbyggnad NAV etapp 1", "0", "0", "0", "Positiv" },
        { "Antal incidentrapporter gällande utsläpp/kemikalier Region Västmanland exklusive NAV", "2", "4", "5", "Oförändrad" },
    };

    // Indicators, goal areas and the overall assessment as published for 2025.
    public static TheoryData<string, string> PublishedNodes => new()
    {
        { "Resurseffektiva verksamheter", "Positiv" },
        { "Hållbarhetskrav beaktas vid inköp", "Oförändrad" },
        { "Regionens totala utsläpp av koldioxidekvivalenter ska minska med 50%", "Positiv" },
        { "Alla transporter drivs av fossilfria bränslen", "Oförändrad" },
        { "Halverad koldioxidintensitet i regionens kapitalförvaltning med bibehållen avkastning", "Negativ" },
        { "Alla verksamheter är anpassade till klimatförändringar som redan uppstått eller väntas uppstå", "Positiv" },
        { "Minimera inköp av farliga kemiska produkter och varor som innehåller farliga kemikalier", "Oförändrad" },
        { "Minska miljöpåverkan från användning och förskrivning av läkemedel med bibehållen patientnytta", "Positiv" },
        { "Hantera kemikalier och läkemedel så att risk för utsläpp minimeras i alla led", "Oförändrad" },
        { "Resurseffektiva verksamheter och hållbara inköp", "Oförändrad" },
        { "Jämlika, jämställda, tillgängliga och inkluderande verksamheter", "Inget värde" },
        { "Minskad klimatpåverkan och klimatanpassad verksamhet", "Oförändrad" },
        { "Biologisk mångfald och giftfri miljö", "Oförändrad" },
        { "Samlad bedömning", "Oförändrad" },
    };

    private static AssessmentResult Assessed => ModelAssessor.Assess(Demo.Model, Year);

    [Theory]
    [MemberData(nameof(Bilaga2))]
    public void Bilaga2Row_OutcomesAndFinalAssessment_AreAsPublished(string name, string y2023, string y2024, string y2025, string assessment)
    {
        var measure = Demo.Model.AllMeasures().Single(m => m.Name == name);

        Assert.Equal(y2023, Shown(measure, 2023));
        Assert.Equal(y2024, Shown(measure, 2024));
        Assert.Equal(y2025, Shown(measure, 2025));
        Assert.Equal(assessment, Assessed.DescendantsAndSelf().Single(r => r.Id == measure.Id).Final?.Label);
    }

    [Theory]
    [MemberData(nameof(PublishedNodes))]
    public void PublishedNode_FinalAssessment_IsAsPublished(string name, string assessment)
    {
        var result = Assessed.DescendantsAndSelf().Single(r => r.Name == name && r.Level != AssessmentLevel.Measure);

        Assert.Equal(assessment, result.Final?.Label);
    }

    [Fact]
    public void Assess2025_HasTheReportsRowsAndLevels()
    {
        var results = Assessed.DescendantsAndSelf().ToList();

        Assert.Equal(24, results.Count(r => r.Level == AssessmentLevel.Measure));
        Assert.Equal(9, results.Count(r => r.Level == AssessmentLevel.Indicator));
        Assert.Equal(4, results.Count(r => r.Level == AssessmentLevel.Area));
    }

    [Fact]
    public void RollUps_ReproduceEveryPublishedNodeAssessment_WithoutOverride()
    {
        // Each node's own method (average, key measure) gives the published grade from its children's finals.
        var nodes = Assessed.DescendantsAndSelf().Where(r => r.Level != AssessmentLevel.Measure).ToList();

        Assert.All(nodes, node => Assert.Equal(node.Final?.Id, node.Suggestion?.Id));
    }

    [Fact]
    public void EveryFinalThatDiffersFromItsSuggestion_HasAMotivation()
    {
        var overridden = Assessed.DescendantsAndSelf().Where(r => r.Differs || r.IsManual).ToList();

        Assert.NotEmpty(overridden);
        Assert.All(overridden, r => Assert.False(string.IsNullOrWhiteSpace(r.Motivation), $"{r.Name} has no motivation."));
    }

    [Fact]
    public void TotalEmissions_InPaceFor2025_IsMinus23PercentForDataYear2024()
    {
        var total = Assessed.DescendantsAndSelf().Single(r => r.Name == "Regionens totala utsläpp av CO2e");

        Assert.Equal(2024, total.Rationale.DataYear);
        Assert.Equal(-23m, Math.Round(total.Rationale.InPaceValue!.Value));
    }

    [Fact]
    public void RestatedTotal_FootnoteIsDerivedWithoutInventingTheOldValue()
    {
        var total = Demo.Model.AllMeasures().Single(m => m.Name == "Regionens totala utsläpp av CO2e");

        var restatement = Assert.Single(total.Restatements);
        Assert.Null(restatement.OldValue);
        var note = Assert.Single(FootnoteDeriver.ForMeasure(total, Year, 3), n => n.Kind == FootnoteKind.Restated);
        Assert.Equal("Justerat sedan föregående hållbarhetsredovisning pga sent inkommen statistik.", note.Text);
    }

    [Fact]
    public void Footnotes_NewRemovedAndMissing_AreDerivedFromData()
    {
        var measures = Demo.Model.AllMeasures().ToList();
        var indicator = Demo.Model.AllNodes().Single(n => n.Name == "Hållbarhetskrav beaktas vid inköp");

        Assert.Contains(FootnoteDeriver.ForNode(indicator, Year), n => n.Kind == FootnoteKind.RemovedMeasure && n.Text == "Mätetalen om andel ekologiska livsmedel är borttagen år 2025");
        Assert.Contains(measures.SelectMany(m => FootnoteDeriver.ForMeasure(m, Year, 3)), n => n.Kind == FootnoteKind.NewMeasure);
        Assert.Contains(measures.SelectMany(m => FootnoteDeriver.ForMeasure(m, Year, 3)), n => n.Kind == FootnoteKind.Missing && n.Period?.Year == 2023);
    }

    [Fact]
    public void MarginalChangeFootnote_StandsOnlyWhereTheReportHasIt()
    {
        // Bilaga 2 marks "***" on the two waste measures and nowhere else.
        var marked = Assessed.DescendantsAndSelf()
            .Where(r => r.Level == AssessmentLevel.Measure)
            .Where(r => FootnoteDeriver.ForMeasure(Demo.Model.AllMeasures().Single(m => m.Id == r.Id), Year, 3, r).Any(n => n.Kind == FootnoteKind.MarginalChange))
            .Select(r => r.Name)
            .Order();

        Assert.Equal(["Andel källsorterat avfall för materialåtervinning", "Organisationens totala mängd avfall per länsinvånare"], marked);
    }

    [Fact]
    public void EmissionsDistribution_HoldsThePublishedShares()
    {
        var distribution = Demo.Model.AllMeasures().Single(m => m.Name == "Fördelning klimatutsläpp");

        Assert.Equal(MeasurePurpose.Context, distribution.Purpose);
        var shares = distribution.Series.ToDictionary(s => s.Name, s => MeasureValues.ForYear(distribution, Year, s.Id));
        Assert.Equal(6m, shares["Fastigheter - drift"]);
        Assert.Equal(12m, shares["Resor och transporter"]);
        Assert.Equal(0.2m, shares["Tjänsteresor"]);
        Assert.Equal(81m, shares["Inköp- och resursförbrukning"]);
    }

    [Fact]
    public void Organization_HasSevenForvaltningarWithTheUnnamedMarkedIllustrative()
    {
        var top = Demo.Model.Organization.Units.Where(u => u.ParentId is null).ToList();

        Assert.Equal(7, top.Count);
        // Only Folktandvården is named as such in the report; the other names are illustrative.
        Assert.Equal(["Folktandvården"], top.Where(u => !u.Illustrative).Select(u => u.Name));
    }

    [Fact]
    public void Sections_FollowTheReportsOrder()
    {
        var titles = Demo.Model.Sections.Select(s => s.Title).ToList();
        string[] expectedOrder =
        [
            "Resultatet i korthet", "Höjdpunkter under året", "Inledning", "Process för framtagning och uppföljning av hållbarhetsmål",
            "Avgränsning", "Barnbokslut", "Uppföljning hållbarhetsmål", "Analys av det övergripande resultatet",
        ];

        Assert.Equal(expectedOrder, titles.Take(expectedOrder.Length));
        Assert.All(Demo.Model.Sections, s => Assert.False(string.IsNullOrWhiteSpace(s.Markdown)));
    }

    [Fact]
    public void GoalAreas_HaveTheirGoalsWithTargetYear2030()
    {
        var areas = Demo.Model.Goals;

        Assert.Equal(4, areas.Count);
        Assert.All(areas, a => Assert.Equal(NodeKind.Area, a.Kind));
        Assert.All(areas, a => Assert.Equal(2030, Assert.Single(a.Children).TargetYear));
    }

    private static string Shown(Measure measure, int year)
    {
        if (measure.Kind == MeasureKind.Composite)
        {
            return string.Join(", ", measure.Series.Select(s =>
                $"{s.Name} {MeasureValues.Reported(measure, year, s.Id) switch { { Value: { } v } => Invariant(v), _ => "-" }}"));
        }

        var outcome = MeasureValues.Reported(measure, year);
        return outcome?.Text ?? (outcome?.Value is { } value ? Invariant(value) : "-");
    }

    private static string Invariant(decimal value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
