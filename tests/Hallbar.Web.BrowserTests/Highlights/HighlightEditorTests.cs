using Hallbar.Data.Editing;
using Hallbar.Data.Rows;
using Hallbar.Reports.Tests.Tools;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Hallbar.Web.BrowserTests.Highlights;

/// <summary>
/// The admin adds a highlight with a photo in a real Chromium, through the menu and the form, and it shows in
/// the year's report with its photo and alternative text. Screenshots of the steps are kept in
/// <c>artifacts/highlight-screenshots/</c> beside the test assembly.
/// </summary>
[Collection(SharedBrowser.Name)]
[Trait(Needs.Trait, Needs.Chromium)]
public sealed class HighlightEditorTests(BrowserFixture browser, ITestOutputHelper output)
{
    /// <summary>A PNG of 24 × 16 pixels, in shades of green.</summary>
    public static readonly byte[] Png = Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAABgAAAAQCAIAAACDRijCAAACo0lEQVR42g3MkaKGMACA0fsk35Mkk8lkMplMJpPJZDKZTJIkSZIkSZIkSZIk6XXufx7g/OE7QkfsSB25o3TUjtbRdwwdY8fUMXcsHWvH1rF3HB1nx9Vxdzwdb8fX/eEFQRAFSZAFRVAFTdALBsEomASzYBGsgk2wCw7BKbgEt+ARvIJP/CJJkERJkmRJkVRJk/SSQTJKJsksWSSrZJPskkNySi7JLXkkr+STv0gRFFGRFFlRFFXRFL1iUIyKSTErFsWq2BS74lCciktxKx7Fq/jUL9IETdQkTdYUTdU0Ta8ZNKNm0syaRbNqNs2uOTSn5tLcmkfzaj79iwzBEA3JkA3FUA3N0BsGw2iYDLNhMayGzbAbDsNpuAy34TG8hs/8IkuwREuyZEuxVEuz9JbBMlomy2xZLKtls+yWw3JaLstteSyv5bO/yBEc0ZEc2VEc1dEcvWNwjI7JMTsWx+rYHLvjcJyOy3E7Hsfr+Nwv8gRP9CRP9hRP9TRP7xk8o2fyzJ7Fs3o2z+45PKfn8tyex/N6Pv+LAiEQAymQAyVQAy3QB4bAGJgCc2AJrIEtsAeOwBm4AnfgCbyBL/yiSIjESIrkSInUSIv0kSEyRqbIHFkia2SL7JEjckauyB15Im/ki78oERIxkRI5URI10RJ9YkiMiSkxJ5bEmtgSe+JInIkrcSeexJv40i/KhEzMpEzOlEzNtEyfGTJjZsrMmSWzZrbMnjkyZ+bK3Jkn82a+/IsKoRALqZALpVALrdAXhsJYmApzYSmsha2wF47CWbgKd+EpvIWv/KJKqMRKquRKqdRKq/SVoTJWpspcWSprZavslaNyVq7KXXkqb+Wrv6gRGrGRGrlRGrXRGn1jaIyNqTE3lsba2Bp742icjatxN57G2/jaP2kDq5C6wKUnAAAAAElFTkSuQmCC");

    [Fact]
    public async Task Admin_AddsAHighlightWithAPhoto_ItShowsInTheYearsReport()
    {
        await using var server = new HallbarServer();
        server.Start();
        await server.WithDatabaseAsync(async db =>
        {
            Assert.True((await new Editor(db, TimeProvider.System).OpenRoundAsync(Visitor.Organization, 2026, "admin@hallbar.demo")).IsSaved);
            // The year's report places its highlights where a text says so, as the 2025 report's "Höjdpunkter" does.
            db.Sections.Add(new SectionRow { OrganizationId = Visitor.Organization, Id = "hojdpunkter-2026", Position = 100, Title = "Höjdpunkter", Year = 2026, Markdown = "{{highlights}}\n" });
            await db.SaveChangesAsync();
        });
        var screenshots = Artifacts.FreshFolder("highlight-screenshots");
        output.WriteLine($"Screenshots: {screenshots}");

        await using var admin = await browser.VisitAsync(server);
        await admin.SignInAsync("admin@hallbar.demo");
        await admin.Page.GetByRole(AriaRole.Navigation, new() { Name = "Huvudmeny" }).GetByRole(AriaRole.Link, new() { Name = "Höjdpunkter" }).ClickAsync();
        await Expect(admin.Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Höjdpunkter och barnbokslut 2026");

        var form = admin.Page.GetByRole(AriaRole.Region, new() { Name = "Ny höjdpunkt" });
        await form.GetByLabel("Rubrik").FillAsync("Laddstolpar vid alla sjukhus");
        await form.GetByLabel("Text i Markdown").FillAsync("Nu kan **patienter och besökare** ladda elbilen vid alla fyra sjukhus.");
        await form.GetByLabel("Foto (valfritt)").SetInputFilesAsync(new FilePayload { Name = "laddstolpar.png", MimeType = "image/png", Buffer = Png });
        await form.GetByLabel("Alternativtext").FillAsync("Laddstolpar i rad på en parkering framför sjukhuset");
        await form.GetByLabel("Fotograf eller källa").FillAsync("Region Västmanland");
        await Artifacts.ScreenshotAsync(admin.Page, screenshots, "01-filled-in");
        await form.GetByRole(AriaRole.Button, new() { Name = "Lägg till höjdpunkten" }).ClickAsync();

        await Expect(admin.Page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Höjdpunkten \"Laddstolpar vid alla sjukhus\" är tillagd.");
        var saved = admin.Page.GetByRole(AriaRole.Region, new() { Name = "1. Laddstolpar vid alla sjukhus" });
        await Expect(saved.GetByRole(AriaRole.Img, new() { Name = "Laddstolpar i rad på en parkering framför sjukhuset" })).ToBeVisibleAsync();
        await Artifacts.ScreenshotAsync(admin.Page, screenshots, "02-saved");

        await admin.OpenAsync("rapport/las?year=2026");
        await Expect(admin.Page.GetByRole(AriaRole.Heading, new() { Name = "Laddstolpar vid alla sjukhus" })).ToBeVisibleAsync();
        await Expect(admin.Page.GetByRole(AriaRole.Img, new() { Name = "Laddstolpar i rad på en parkering framför sjukhuset" })).ToBeVisibleAsync();
        await Expect(admin.Page.GetByText("Foto: Region Västmanland")).ToBeVisibleAsync();
        await Artifacts.ScreenshotAsync(admin.Page, screenshots, "03-in-the-report");
    }
}
