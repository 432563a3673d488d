using System.Net;
using System.Text;
using AngleSharp.Html.Dom;
using Hallbar.Data;
using Hallbar.Data.Editing;
using Hallbar.Data.Rows;
using Hallbar.Domain.Measures;
using Microsoft.Extensions.DependencyInjection;

namespace Hallbar.Web.Tests.Log;

public sealed class ChangeLogTests(HallbarWebFactory factory) : IClassFixture<HallbarWebFactory>, IAsyncLifetime
{
    private const string Org = "region-vastmanland";
    private const string Log = "/region-vastmanland/logg";
    private const int PageSize = 50;
    private string _measure = string.Empty;

    /// <summary>A reporter's new value for 2026, and the admin's restatement of a published 2025 value with its reason.</summary>
    public async Task InitializeAsync()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HallbarDbContext>();
        var model = (await new ModelStore(db, TimeProvider.System).LoadAsync(Org))!;
        var measure = model.AllMeasures().First(m => m.Kind == MeasureKind.Numeric && m.UnitAggregation == Aggregation.None && m.Outcomes.Any(o => o.Period.ToString() == "2025" && o.Value is not null && o.SeriesId is null && o.UnitId is null));
        _measure = measure.Id;
        var editor = new Editor(db, TimeProvider.System);
        if ((await editor.HistoryAsync(Org, "outcome", Editor.OutcomeKey(_measure, "2026"))).Count > 0)
        {
            return;
        }

        Assert.True((await editor.SetOutcomeAsync(new OutcomeChange(Org, _measure, "2026", 5m, null, "fastighet@hallbar.demo"))).IsSaved);
        // More texts saved than a page holds (the editor cannot create sections, so their history is put in place).
        db.Changes.AddRange(Enumerable.Range(1, PageSize + 10).Select(i => new ChangeRow
        {
            OrganizationId = Org,
            Subject = "section",
            Key = $"sidtest-{i:000}",
            NewValue = $"Text {i}",
            ChangedBy = "admin@hallbar.demo",
            ChangedAt = DateTimeOffset.UtcNow,
        }));
        await db.SaveChangesAsync();
        var (stored, _) = await editor.ReadOutcomeAsync(Org, _measure, "2025");
        Assert.True((await editor.SetOutcomeAsync(new OutcomeChange(Org, _measure, "2025", stored!.Value + 1, stored.Version, "admin@hallbar.demo", Reason: "Sent inkommen statistik"))).IsSaved);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Log_FiltersBySubjectAndPerson()
    {
        using var client = await AdminAsync();

        var page = await client.GetDocumentAsync($"{Log}?amne=outcome&vem=fastighet@hallbar.demo");

        var rows = Rows(page);
        var row = Assert.Single(rows);
        Assert.Equal(("fastighet@hallbar.demo", "Utfall", $"{_measure}/2026"), (row.Children[1].TextContent, row.Children[2].TextContent, row.Children[3].TextContent));
        Assert.Contains("5", row.Children[4].TextContent, StringComparison.Ordinal);
        Assert.Equal("fastighet@hallbar.demo", page.QuerySelector("select#vem option[selected]")!.TextContent);
    }

    [Fact]
    public async Task Log_ShowsARestatementFlagged_WithItsReason()
    {
        using var client = await AdminAsync();

        var page = await client.GetDocumentAsync($"{Log}?amne=outcome&vem=admin@hallbar.demo&nyckel={_measure}");

        var row = Assert.Single(Rows(page));
        Assert.Equal("restatement", row.ClassName);
        Assert.Equal("Omräkning", row.QuerySelector(".flag")!.TextContent);
        Assert.Contains("Sent inkommen statistik", row.Children[5].TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Log_IsNewestFirst_AndPaged_KeepingTheFilters()
    {
        using var client = await AdminAsync();

        var first = await client.GetDocumentAsync($"{Log}?nyckel=sidtest");
        var second = await client.GetDocumentAsync(first.QuerySelector("a[rel=next]")!.GetAttribute("href")!);

        Assert.Equal(PageSize, Rows(first).Count);
        Assert.Equal("sidtest-060", Rows(first)[0].Children[3].TextContent);
        Assert.Equal(["sidtest-010", "sidtest-009"], Rows(second).Take(2).Select(r => r.Children[3].TextContent));
        Assert.Equal(10, Rows(second).Count);
        Assert.NotNull(second.QuerySelector("a[rel=prev]"));
        Assert.Equal("sidtest", second.QuerySelector("input#nyckel")!.GetAttribute("value"));
    }

    [Fact]
    public async Task Log_FiltersByDate()
    {
        using var client = await AdminAsync();
        var now = TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Europe/Stockholm"));
        var today = now.ToString("yyyy-MM-dd");
        var tomorrow = now.AddDays(1).ToString("yyyy-MM-dd");

        var fromToday = await client.GetDocumentAsync($"{Log}?amne=outcome&fran={today}&till={today}");
        var fromTomorrow = await client.GetDocumentAsync($"{Log}?fran={tomorrow}");

        Assert.Equal(2, Rows(fromToday).Count);
        Assert.Empty(Rows(fromTomorrow));
    }

    [Fact]
    public async Task Csv_HasTheFilteredLog()
    {
        using var client = await AdminAsync();

        var response = await client.Http.GetAsync(new Uri($"{Log}?handler=Csv&amne=outcome", UriKind.Relative));

        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        var lines = Encoding.UTF8.GetString(await response.Content.ReadAsByteArrayAsync()).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("Tid;Vem;Ämne;Nyckel;Förut;Nu;Skäl;Omräkning", lines[0]);
        Assert.Equal(2, lines.Length - 1);
        Assert.EndsWith(";Sent inkommen statistik;ja", lines[1], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("fastighet@hallbar.demo", Log)]
    [InlineData("lasare@hallbar.demo", Log + "?handler=Csv")]
    public async Task ReporterOrReader_IsDenied(string email, string path)
    {
        using var client = new WebClient(factory);
        await client.SignInAsync(email);

        var response = await client.Http.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/konto/nekad", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    private static List<AngleSharp.Dom.IElement> Rows(IHtmlDocument page) => [.. page.QuerySelectorAll("table.log tbody tr")];

    private async Task<WebClient> AdminAsync()
    {
        var client = new WebClient(factory);
        await client.SignInAsync("admin@hallbar.demo");
        return client;
    }
}
