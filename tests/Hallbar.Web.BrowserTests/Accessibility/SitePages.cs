using System.Text;
using System.Text.RegularExpressions;
using Hallbar.Data.Transfer;
using Hallbar.Web.BrowserTests.Surveys;
using Microsoft.Playwright;
using static Hallbar.Web.BrowserTests.Accessibility.Role;
using static Microsoft.Playwright.Assertions;

namespace Hallbar.Web.BrowserTests.Accessibility;

/// <summary>
/// Every page of Hallbar, with the states a person meets on it: a form sent with a mistake, a conflict,
/// an import preview with problems, a refused sign-in, a missing page; a few in English as well.
/// </summary>
public static partial class SitePages
{
    private static readonly Role[] Everyone = [Anonymous, Reader, Reporter, Admin];
    private static readonly Role[] Reporters = [Reporter, Admin];
    private static readonly Role[] Admins = [Admin];

    private static int _savedValues;

    public static IReadOnlyList<SitePage> All { get; } =
    [
        // Reading: everyone, each role with its own menu, years and provisional marks.
        Open("oversikt", Everyone, $"/{Visitor.Organization}"),
        Open("mal", Everyone, "mal"),
        Open("matetal", Everyone, "matetal/energiforbrukning-fastigheter"),
        Open("matetal-delserier", Everyone, "matetal/fordelning-klimatutslapp"),
        Open("rapport", Everyone, "rapport"),
        Open("rapport-las", Everyone, "rapport/las?year=2025"),
        new("sidan-finns-inte", Everyone, async v =>
        {
            await v.OpenAsync("finns-inte");
            await Expect(v.Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Sidan finns inte");
        }),
        new("api-dokumentation", [Anonymous, Admin], async v =>
        {
            await v.OpenAsync("/api/dokumentation");
            // Swagger UI draws the page with its script; check it once the operations are there.
            await Expect(v.Page.Locator(".opblock").First).ToBeVisibleAsync();
        }),

        // Signing in.
        Open("logga-in", [Anonymous], "/konto/logga-in"),
        new("logga-in-fel", [Anonymous], async v =>
        {
            await v.OpenAsync("/konto/logga-in");
            await v.FillSignInAsync("ingen@hallbar.demo", "fel-lösenord");
            await Expect(v.Page.GetByRole(AriaRole.Alert)).ToHaveTextAsync("Fel e-postadress eller lösenord.");
        }),
        new("ingen-behorighet", [Reader, Reporter], async v =>
        {
            await v.OpenAsync("granskning");
            await v.Page.WaitForURLAsync(url => url.Contains("/konto/nekad", StringComparison.Ordinal));
        }),

        // Data entry.
        Open("inmatning", Reporters, "inmatning?year=2026"),
        new("inmatning-fel", Reporters, async v =>
        {
            await v.OpenAsync("inmatning?year=2026");
            var measure = Measure(v.Page, "andel-roda-varor");
            await measure.GetByLabel(ValueLabel()).FillAsync("åttio");
            await measure.GetByRole(AriaRole.Button, new() { Name = "Spara" }).ClickAsync();
            await Expect(Measure(v.Page, "andel-roda-varor").Locator(".field-error")).ToHaveTextAsync("Värdet måste vara ett tal, till exempel 84,5.");
        }),
        new("inmatning-krock", Reporters, async v =>
        {
            // Someone saves the same value in another window after this page was read; a new value each time,
            // since saving the value already saved is no change at all.
            const string Path = "inmatning?year=2026";
            await v.OpenAsync(Path);
            var other = await v.Page.Context.NewPageAsync();
            await other.GotoAsync($"/{Visitor.Organization}/{Path}");
            await Measure(other, "andel-grona-gula-varor").GetByLabel(ValueLabel()).FillAsync($"{60 + Interlocked.Increment(ref _savedValues)},5");
            await Measure(other, "andel-grona-gula-varor").GetByRole(AriaRole.Button, new() { Name = "Spara" }).ClickAsync();
            await Expect(other.GetByRole(AriaRole.Status)).ToContainTextAsync("Andel gröna och gula varor");
            await other.CloseAsync();

            await Measure(v.Page, "andel-grona-gula-varor").GetByLabel(ValueLabel()).FillAsync("83");
            await Measure(v.Page, "andel-grona-gula-varor").GetByRole(AriaRole.Button, new() { Name = "Spara" }).ClickAsync();
            await Expect(Measure(v.Page, "andel-grona-gula-varor").Locator(".conflict")).ToBeVisibleAsync();
        }),
        Open("inmatning-last-ar", Reporters, "inmatning?year=2025"),

        // Review.
        Open("granskning", Admins, "granskning?year=2026"),
        new("granskning-fel", Admins, async v =>
        {
            await v.OpenAsync("granskning?year=2026");
            var subject = v.Page.Locator("#bedomning-energiforbrukning-fastigheter");
            await subject.GetByLabel("Slutlig bedömning").SelectOptionAsync(new SelectOptionValue { Label = "Oförändrad" });
            await subject.GetByRole(AriaRole.Button, new() { Name = "Spara bedömningen" }).ClickAsync();
            await Expect(v.Page.Locator("#bedomning-energiforbrukning-fastigheter .field-error")).ToBeVisibleAsync();
        }),
        new("granskning-krock", Admins, async v =>
        {
            const string Path = "granskning?year=2026";
            await v.OpenAsync(Path);
            var other = await v.Page.Context.NewPageAsync();
            await other.GotoAsync($"/{Visitor.Organization}/{Path}");
            await SetAssessmentAsync(other, "egenkontroller-miljo", "Negativ", "Färre kontroller än planerat.");
            await Expect(other.GetByRole(AriaRole.Status)).ToBeVisibleAsync();
            await other.CloseAsync();

            await SetAssessmentAsync(v.Page, "egenkontroller-miljo", "Positiv", "Fler kontroller.");
            await Expect(v.Page.Locator("#bedomning-egenkontroller-miljo .conflict")).ToBeVisibleAsync();
        }),
        Open("granskning-avvikelser-last-ar", Admins, "granskning?year=2025&avvikelser=true"),

        // Texts.
        Open("texter", Admins, "texter"),
        new("texter-redigera", Admins, v => v.OpenAsync("texter/inledning")),
        new("texter-forhandsgranskning", Admins, async v =>
        {
            await v.OpenAsync("texter/inledning");
            await v.Page.GetByLabel("Text i Markdown").FillAsync("## Året\n\nEn **ny** text med en [länk](https://example.org) och en fotnot.[^1]\n\n{{goal-summary}}\n\n[^1]: Fotnoten.");
            await v.Page.GetByRole(AriaRole.Button, new() { Name = "Förhandsgranska" }).ClickAsync();
            await Expect(v.Page.GetByRole(AriaRole.Heading, new() { Name = "Förhandsgranskning" })).ToBeVisibleAsync();
        }),

        // Highlights and barnbokslut: a year without any, the demo's published 2025 (locked), forms sent with mistakes, a preview, a conflict.
        Open("hojdpunkter-tomt", Admins, "hojdpunkter/2031"),
        Open("hojdpunkter-last-ar", Admins, "hojdpunkter/2025"),
        new("hojdpunkter-fel", Admins, async v =>
        {
            await v.OpenAsync("hojdpunkter/2029");
            var form = v.Page.GetByRole(AriaRole.Region, new() { Name = "Ny höjdpunkt" });
            await form.GetByLabel("Rubrik").FillAsync("Utan text");
            await form.GetByLabel("Foto (valfritt)").SetInputFilesAsync(new FilePayload { Name = "intyg.jpg", MimeType = "image/jpeg", Buffer = "%PDF-1.7"u8.ToArray() });
            await form.GetByRole(AriaRole.Button, new() { Name = "Lägg till höjdpunkten" }).ClickAsync();
            await Expect(v.Page.Locator("#hojdpunkt-ny-foto-fel")).ToBeVisibleAsync();
        }),
        new("hojdpunkter-barnbokslut-fel", Admins, async v =>
        {
            await v.OpenAsync("hojdpunkter/2029");
            await v.Page.GetByLabel("Barnrättspiloter utbildade under 2029").FillAsync("tretton");
            await v.Page.GetByLabel("Beslutets rubrik").FillAsync(string.Empty);
            await v.Page.GetByLabel("Diarienummer (valfritt)").FillAsync("RS290001-1");
            await v.Page.GetByRole(AriaRole.Button, new() { Name = "Spara barnbokslutet" }).ClickAsync();
            await Expect(v.Page.Locator(".error-summary")).ToBeVisibleAsync();
        }),
        new("hojdpunkter-forhandsgranskning", Admins, async v =>
        {
            await v.OpenAsync("hojdpunkter/2029");
            var form = v.Page.GetByRole(AriaRole.Region, new() { Name = "Ny höjdpunkt" });
            await form.GetByLabel("Rubrik").FillAsync("Ny cykelväg");
            await form.GetByLabel("Text i Markdown").FillAsync("## Bakgrund\n\nEn **ny** cykelväg med en [länk](https://example.org).");
            await form.GetByRole(AriaRole.Button, new() { Name = "Förhandsgranska" }).ClickAsync();
            await Expect(v.Page.GetByRole(AriaRole.Heading, new() { Name = "Förhandsgranskning" })).ToBeVisibleAsync();
        }),
        new("hojdpunkter-krock", Admins, async v =>
        {
            // Someone adds a highlight in another window after this page was read.
            const string Path = "hojdpunkter/2030";
            await v.OpenAsync(Path);
            var other = await v.Page.Context.NewPageAsync();
            await other.GotoAsync($"/{Visitor.Organization}/{Path}");
            var otherForm = other.GetByRole(AriaRole.Region, new() { Name = "Ny höjdpunkt" });
            await otherForm.GetByLabel("Rubrik").FillAsync($"Ett annat fönster {Interlocked.Increment(ref _savedValues)}");
            await otherForm.GetByLabel("Text i Markdown").FillAsync("Sparad först.");
            await otherForm.GetByRole(AriaRole.Button, new() { Name = "Lägg till höjdpunkten" }).ClickAsync();
            await Expect(other.GetByRole(AriaRole.Status)).ToBeVisibleAsync();
            await other.CloseAsync();

            var form = v.Page.GetByRole(AriaRole.Region, new() { Name = "Ny höjdpunkt" });
            await form.GetByLabel("Rubrik").FillAsync("Det här fönstret");
            await form.GetByLabel("Text i Markdown").FillAsync("Sparad sedan.");
            await form.GetByRole(AriaRole.Button, new() { Name = "Lägg till höjdpunkten" }).ClickAsync();
            await Expect(v.Page.Locator(".conflict")).ToBeVisibleAsync();
        }),

        // Rounds.
        Open("omgangar", Admins, "omgangar"),
        new("omgangar-fel", Admins, async v =>
        {
            await v.OpenAsync("omgangar");
            await v.Page.GetByLabel("Redovisningsår").FillAsync("2025");
            await v.Page.GetByRole(AriaRole.Button, new() { Name = "Öppna omgången" }).ClickAsync();
            await Expect(v.Page.Locator("#NewYear-fel")).ToBeVisibleAsync();
        }),
        Open("omgangar-godkann", Admins, "omgangar/2026/godkann"),
        Open("omgangar-publicera-nekad", Admins, "omgangar/2026/publicera"),

        // The self-assessment survey: 2026 not answered yet, 2027 a draft, 2028 submitted, the demo's 2025 illustrative and locked.
        Open("enkat", Reporters, "enkat?year=2026"),
        Open("enkat-inskickad", Reporters, "enkat?year=2028"),
        new("enkat-skicka-fel", Admins, async v =>
        {
            await v.OpenAsync("enkat?year=2026");
            await v.Page.GetByRole(AriaRole.Button, new() { Name = "Skicka enkäten" }).ClickAsync();
            await Expect(v.Page.Locator(".error-summary")).ToBeVisibleAsync();
        }),
        Open("enkat-svar-tomt", Reporters, $"enkat/2026/{SurveyCopies.Unit}"),
        Open("enkat-svar-utkast", Reporters, $"enkat/2027/{SurveyCopies.Unit}"),
        Open("enkat-svar-inskickat", Reporters, $"enkat/2028/{SurveyCopies.Unit}"),
        Open("enkat-svar-illustrativt", Reporters, $"enkat/2025/{SurveyCopies.Unit}"),
        new("enkat-svar-fel", [Reporter], async v =>
        {
            await v.OpenAsync($"enkat/2026/{SurveyCopies.Unit}");
            await v.Page.GetByRole(AriaRole.Button, new() { Name = "Skicka in", Exact = true }).ClickAsync();
            await Expect(v.Page.Locator(".error-summary")).ToBeVisibleAsync();
        }),
        new("enkat-svar-krock", [Reporter], async v =>
        {
            // The draft is saved in another window after this page was read, each time with a new text.
            var path = $"enkat/2027/{SurveyCopies.Unit}";
            var strengths = "Vilka styrkor ser förvaltningen i sitt arbete med social hållbarhet?";
            await v.OpenAsync(path);
            var other = await v.Page.Context.NewPageAsync();
            await other.GotoAsync($"/{Visitor.Organization}/{path}");
            await other.GetByLabel(strengths).FillAsync($"Ett annat fönster {Interlocked.Increment(ref _savedValues)}");
            await other.GetByRole(AriaRole.Button, new() { Name = "Spara utkast" }).ClickAsync();
            await Expect(other.GetByRole(AriaRole.Status)).ToBeVisibleAsync();
            await other.CloseAsync();

            await v.Page.GetByLabel(strengths).FillAsync("Det här fönstret.");
            await v.Page.GetByRole(AriaRole.Button, new() { Name = "Spara utkast" }).ClickAsync();
            await Expect(v.Page.Locator(".conflict")).ToBeVisibleAsync();
        }),
        Open("enkat-skicka-in", [Reporter], $"enkat/2027/{SurveyCopies.Unit}/skicka-in"),
        Open("enkat-oppna-igen", Admins, $"enkat/2028/{SurveyCopies.Unit}/oppna-igen"),
        Open("enkat-ta-bort-ur-utskicket", Admins, $"enkat/2027/{SurveyCopies.Unit}/ta-bort-ur-utskicket"),
        Open("enkat-ta-bort-ur-utskicket-inskickad", Admins, $"enkat/2028/{SurveyCopies.Unit}/ta-bort-ur-utskicket"),
        new("enkat-oppna-igen-fel", Admins, async v =>
        {
            await v.OpenAsync($"enkat/2028/{SurveyCopies.Unit}/oppna-igen");
            await v.Page.GetByRole(AriaRole.Button, new() { Name = "Öppna svaren för Fastighetsförvaltningen igen" }).ClickAsync();
            await Expect(v.Page.Locator(".error-summary")).ToBeVisibleAsync();
        }),
        // The self-assessment survey: its results for everyone (2025 is published), its definition for the admin.
        Open("enkat-resultat", Everyone, "enkat/2025/resultat"),
        Open("enkat-definition", Admins, "enkat/2025/definition"),
        new("enkat-definition-fel", Admins, async v =>
        {
            await v.OpenAsync("enkat/2025/definition");
            await v.Page.Locator("#tema-0-pastaende-1").FillAsync(string.Empty);
            await v.Page.GetByRole(AriaRole.Button, new() { Name = "Spara enkäten" }).ClickAsync();
            await Expect(v.Page.Locator("#tema-0-pastaende-1-fel")).ToBeVisibleAsync();
        }),
        Open("enkat-definition-nytt-ar", Admins, "enkat/2030/definition"),

        // Import and export, and the log.
        Open("import", Admins, "import"),
        new("import-utfall-problem", Admins, async v =>
        {
            await v.OpenAsync("import");
            var csv = $"{string.Join(';', OutcomeTable.Columns)}\nfinns-inte;;;2026;;;12;;;;;;\nenergiforbrukning-fastigheter;;;2026;;;tolv;;;;;;\n";
            await v.Page.GetByLabel("Ifylld mall").SetInputFilesAsync(new FilePayload { Name = "mall.csv", MimeType = "text/csv", Buffer = Encoding.UTF8.GetBytes(csv) });
            await v.Page.GetByRole(AriaRole.Button, new() { Name = "Förhandsgranska" }).First.ClickAsync();
            await Expect(v.Page.GetByRole(AriaRole.Heading, new() { Name = "Problem i mall.csv" })).ToBeVisibleAsync();
        }),
        new("import-modell-problem", Admins, async v =>
        {
            await v.OpenAsync("import");
            await v.Page.GetByLabel("Modellfil (.json").SetInputFilesAsync(new FilePayload { Name = "modell.json", MimeType = "application/json", Buffer = "{\"organization\": 7}"u8.ToArray() });
            await v.Page.GetByRole(AriaRole.Button, new() { Name = "Förhandsgranska" }).Last.ClickAsync();
            await Expect(v.Page.GetByRole(AriaRole.Heading, new() { Name = "Problem i modell.json" })).ToBeVisibleAsync();
        }),
        Open("logg", Admins, "logg"),

        // English.
        Open("oversikt-engelska", [Anonymous], $"/{Visitor.Organization}?lang=en-GB"),
        Open("matetal-engelska", [Anonymous], "matetal/energiforbrukning-fastigheter?lang=en-GB"),
        Open("logga-in-engelska", [Anonymous], "/konto/logga-in?lang=en-GB"),
        Open("inmatning-engelska", [Reporter], "inmatning?year=2026&lang=en-GB"),
        Open("granskning-engelska", Admins, "granskning?year=2026&lang=en-GB"),
        Open("omgangar-engelska", Admins, "omgangar?lang=en-GB"),
        Open("enkat-engelska", Admins, "enkat?year=2026&lang=en-GB"),
        Open("enkat-svar-engelska", [Reporter], $"enkat/2027/{SurveyCopies.Unit}?lang=en-GB"),
        Open("enkat-resultat-engelska", [Anonymous], "enkat/2025/resultat?lang=en-GB"),
        Open("enkat-definition-engelska", Admins, "enkat/2025/definition?lang=en-GB"),
        Open("hojdpunkter-engelska", Admins, "hojdpunkter/2025?lang=en-GB"),
    ];

    /// <summary>Every page with every role that may see it.</summary>
    public static TheoryData<string, Role> Cases()
    {
        var cases = new TheoryData<string, Role>();
        foreach (var page in All)
        {
            foreach (var role in page.Roles)
            {
                cases.Add(page.Name, role);
            }
        }

        return cases;
    }

    public static SitePage Named(string name) => All.Single(p => p.Name == name);

    private static SitePage Open(string name, Role[] roles, string path) => new(name, roles, v => v.OpenAsync(path));

    private static ILocator Measure(IPage page, string id) => page.Locator($"#matetal-{id}");

    private static async Task SetAssessmentAsync(IPage page, string subject, string grade, string motivation)
    {
        var form = page.Locator($"#bedomning-{subject}");
        await form.GetByLabel("Slutlig bedömning").SelectOptionAsync(new SelectOptionValue { Label = grade });
        await form.GetByLabel("Motivering").FillAsync(motivation);
        await form.GetByRole(AriaRole.Button, new() { Name = "Spara bedömningen" }).ClickAsync();
    }

    /// <summary>A measure's number field, labelled "Värde (unit)".</summary>
    [GeneratedRegex("^Värde")]
    private static partial Regex ValueLabel();
}
