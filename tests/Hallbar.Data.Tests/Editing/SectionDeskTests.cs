using Hallbar.Data.Editing;
using Hallbar.Data.Rows;
using Hallbar.Reports.Building;
using Hallbar.Reports.Model;

namespace Hallbar.Data.Tests.Editing;

/// <summary>A year's narrative sections set up through the desk (copied from a year before, added, moved, removed), on SQLite and on PostgreSQL.</summary>
public abstract class SectionDeskTests(DatabaseProvider provider) : DemoDatabaseTests(provider)
{
    private const int Demo = 2025;
    private const int Year = 2026;
    private const string Admin = "admin@hallbar.demo";

    private static SectionDesk Desk(HallbarDbContext db) => new(db, TimeProvider.System);

    private async Task<YearSections> ReadAsync(int year = Year)
    {
        await using var db = Database.Context();
        return (await Desk(db).ReadAsync(Org, year))!;
    }

    private async Task<EditResult> DoAsync(Func<SectionDesk, Task<EditResult>> change)
    {
        await using var db = Database.Context();
        return await change(Desk(db));
    }

    private Task<EditResult> CopyAsync(int from = Demo, int to = Year) => DoAsync(d => d.CopyYearAsync(Org, from, to, Admin));

    private async Task<IReadOnlyList<ChangeRow>> HistoryAsync(string? key = null)
    {
        await using var db = Database.Context();
        return await new Editor(db, TimeProvider.System).HistoryAsync(Org, SectionDesk.Subject, key);
    }

    private async Task<Domain.OrganizationModel> LoadAsync()
    {
        await using var db = Database.Context();
        return (await new ModelStore(db, TimeProvider.System).LoadAsync(Org))!;
    }

    private static List<string> Titles(YearSections sections) => [.. sections.Sections.Select(s => s.Title)];

    [Fact]
    public async Task CopyYear_FromTheDemosYear_GivesTheSameSectionsInOrder_WithNewIdsAndAHistoryRowEach()
    {
        var demo = await ReadAsync(Demo);

        var result = await CopyAsync();

        Assert.True(result.IsSaved, result.Message);
        var copied = await ReadAsync();
        Assert.Equal(demo.Sections.Select(s => (s.Title, s.NodeId, s.Markdown)), copied.Sections.Select(s => (s.Title, s.NodeId, s.Markdown)));
        Assert.Equal(demo.Sections.Select(s => s.Id + "-2026"), copied.Sections.Select(s => s.Id));
        Assert.Contains(copied.Sections, s => s.Id == "inledning-2026");
        Assert.Equal(demo.Order, (await ReadAsync(Demo)).Order);
        Assert.Equal([Demo], copied.SourceYears);
        var history = await HistoryAsync();
        Assert.Equal(demo.Sections.Count, history.Count);
        var inledning = Assert.Single(history, c => c.Key == "inledning-2026");
        Assert.Equal((null, Admin, "Skapat från avsnittet 'inledning' (2025)"), (inledning.OldValue, inledning.ChangedBy, inledning.Reason));
        Assert.StartsWith("Inledning\n\n", inledning.NewValue, StringComparison.Ordinal);
        var model = await LoadAsync();
        Assert.Equal(demo.Sections.Count * 2, model.Sections.Count);
    }

    [Fact]
    public async Task CopyYear_ThenTheNewYearsReport_HasTheDemosChapters_WithIndicatorTablesAndAppendices()
    {
        var before = ReportBuilder.Build(await LoadAsync(), Year);
        Assert.DoesNotContain(before.Chapters, c => c.Title == "Inledning");

        Assert.True((await CopyAsync()).IsSaved);

        var model = await LoadAsync();
        var (demo, report) = (ReportBuilder.Build(model, Demo), ReportBuilder.Build(model, Year));
        Assert.Equal(demo.Chapters.Select(c => c.Title), report.Chapters.Select(c => c.Title));
        Assert.Equal((await ReadAsync()).Sections.Select(s => s.Id), report.Chapters.Select(c => c.Id));
        var climate = report.Chapters.Single(c => c.Id == "klimat-2026");
        // The indicator table as in 2025's chapter; the distribution chart waits for 2026's figures.
        Assert.Equal(demo.Chapters.Single(c => c.Id == "klimat").Blocks.OfType<TableBlock>().Count(), climate.Blocks.OfType<TableBlock>().Count());
        Assert.Contains(climate.Blocks, b => b is TableBlock);
        Assert.Contains(report.Chapters.Single(c => c.Id == "uppfoljning-metod-2026").Blocks, b => b is TableBlock);
        var appendix = report.Chapters.Single(c => c.Id == "bilaga2-intro-2026");
        Assert.True(appendix.IsAppendix);
        Assert.NotEmpty(appendix.Children);
        static int Tables(Chapter chapter) => chapter.DescendantsAndSelf().SelectMany(c => c.Blocks).OfType<TableBlock>().Count();
        Assert.NotEqual(0, Tables(appendix));
        Assert.Equal(Tables(demo.Chapters.Single(c => c.Id == "bilaga2-intro")), Tables(appendix));
        Assert.True(report.Chapters.Single(c => c.Id == "bilaga1-intro-2026").IsAppendix);
    }

    [Fact]
    public async Task CopyYear_IntoAYearThatHasSections_IsAConflict_AndWritesNothing()
    {
        Assert.True((await CopyAsync()).IsSaved);
        var copied = await ReadAsync();

        var again = await CopyAsync();

        Assert.Equal(EditStatus.Conflict, again.Status);
        Assert.Contains("redan egna textavsnitt", again.Message, StringComparison.Ordinal);
        Assert.Equal(copied.Order, (await ReadAsync()).Order);
        Assert.Equal(copied.Sections.Count, (await HistoryAsync()).Count);
    }

    [Fact]
    public async Task CopyYear_TwiceAtOnce_CreatesTheTextsOnce_AndTheOtherIsAConflict()
    {
        var results = await Task.WhenAll(CopyAsync(), CopyAsync());

        Assert.Single(results, r => r.IsSaved);
        Assert.Single(results, r => r.Status == EditStatus.Conflict);
        Assert.Equal((await ReadAsync(Demo)).Sections.Count, (await ReadAsync()).Sections.Count);
        Assert.Equal((await ReadAsync(Demo)).Sections.Count, (await HistoryAsync()).Count);
    }

    [Fact]
    public async Task CopyYear_IntoALockedRound_OrFromAYearWithoutSections_IsRefused_AndWritesNothing()
    {
        await Database.LockRoundAsync(Org, Year);

        var locked = await CopyAsync();
        var empty = await CopyAsync(from: 2024, to: 2027);

        Assert.Equal(EditStatus.Locked, locked.Status);
        Assert.Contains("låst", locked.Message, StringComparison.Ordinal);
        Assert.Equal(EditStatus.Invalid, empty.Status);
        Assert.Empty((await ReadAsync()).Sections);
        Assert.Empty((await ReadAsync(2027)).Sections);
        Assert.Empty(await HistoryAsync());
    }

    [Fact]
    public async Task Add_AfterASection_ComesNextWithoutText_InTheModelAndTheHistory()
    {
        Assert.True((await CopyAsync()).IsSaved);
        var read = await ReadAsync();

        var result = await DoAsync(d => d.AddAsync(new NewSection(Org, Year, "Årets arbete med klimatet", "minskad-klimatpaverkan", "inledning-2026", read.Order, Admin)));

        Assert.True(result.IsSaved, result.Message);
        var after = await ReadAsync();
        var index = Titles(after).IndexOf("Årets arbete med klimatet");
        Assert.Equal("inledning-2026", after.Sections[index - 1].Id);
        var added = after.Sections[index];
        Assert.Equal(("arets-arbete-med-klimatet-2026", "minskad-klimatpaverkan", string.Empty), (added.Id, added.NodeId, added.Markdown));
        Assert.Equal(read.Sections.Count + 1, after.Sections.Count);
        var change = Assert.Single(await HistoryAsync(added.Id));
        Assert.Equal(("Textavsnitt tillagt", null), (change.Reason, change.OldValue));
        Assert.Contains((await LoadAsync()).Sections, s => s.Id == added.Id && s.Year == Year && s.Markdown.Length == 0);
    }

    [Fact]
    public async Task Add_ToAYearWithoutSections_IsItsFirst_AndTwoWithOneTitleGetTwoIds()
    {
        var empty = await ReadAsync();

        Assert.True((await DoAsync(d => d.AddAsync(new NewSection(Org, Year, "Inledning", null, null, empty.Order, Admin)))).IsSaved);
        var one = await ReadAsync();
        Assert.True((await DoAsync(d => d.AddAsync(new NewSection(Org, Year, "Inledning", null, null, one.Order, Admin)))).IsSaved);

        Assert.Equal(["inledning-2026", "inledning-2026-2"], (await ReadAsync()).Sections.Select(s => s.Id));
        Assert.NotNull(await LoadAsync());
    }

    [Theory]
    // A section always has a title; only spaces is none.
    [InlineData("  ", null, SectionDesk.TitleField)]
    // A chapter of a goal area the model does not have would make the model unreadable.
    [InlineData("Ett kapitel", "finns-inte", SectionDesk.NodeField)]
    public async Task Add_WithABadField_IsRefusedAtTheField_AndWritesNothing(string title, string? node, string field)
    {
        var read = await ReadAsync();
        var change = new NewSection(Org, Year, title, node, null, read.Order, Admin);

        var problem = Assert.Single(SectionDesk.Problems(change, ["minskad-klimatpaverkan"]));
        var result = await DoAsync(d => d.AddAsync(change));

        Assert.Equal(field, problem.Field);
        Assert.Equal(EditStatus.Invalid, result.Status);
        Assert.Empty((await ReadAsync()).Sections);
        Assert.Empty(await HistoryAsync());
    }

    [Fact]
    public async Task Changes_FromAnOlderOrder_AreConflictsShowingTheOrderNow_AndWriteNothing()
    {
        Assert.True((await CopyAsync()).IsSaved);
        var read = await ReadAsync();
        Assert.True((await DoAsync(d => d.MoveAsync(Org, Year, "social-2026", -1, read.Order, Admin))).IsSaved);
        var now = await ReadAsync();
        var history = (await HistoryAsync()).Count;

        var add = await DoAsync(d => d.AddAsync(new NewSection(Org, Year, "Från en gammal sida", null, null, read.Order, Admin)));
        var move = await DoAsync(d => d.MoveAsync(Org, Year, "klimat-2026", -1, read.Order, Admin));

        Assert.All([add, move], r => Assert.Equal(EditStatus.Conflict, r.Status));
        Assert.Contains("8. Jämlika", move.Current, StringComparison.Ordinal);
        Assert.Equal(now.Order, (await ReadAsync()).Order);
        Assert.Equal(history, (await HistoryAsync()).Count);
    }

    [Fact]
    public async Task Move_UpAndDown_SwapsWithTheNeighbour_AndTheHistoryKeepsBothOrders()
    {
        Assert.True((await CopyAsync()).IsSaved);
        var read = await ReadAsync();
        var titles = Titles(read);

        var up = await DoAsync(d => d.MoveAsync(Org, Year, "klimat-2026", -1, read.Order, Admin));

        Assert.True(up.IsSaved, up.Message);
        var moved = await ReadAsync();
        var at = titles.IndexOf("Minskad klimatpåverkan och klimatanpassad verksamhet");
        Assert.Equal((titles[at], titles[at - 1]), (Titles(moved)[at - 1], Titles(moved)[at]));
        var change = Assert.Single(await HistoryAsync("klimat-2026"), c => c.Reason == "Ny ordning");
        Assert.Contains($"{at + 1}. Minskad klimatpåverkan", change.OldValue, StringComparison.Ordinal);
        Assert.Contains($"{at}. Minskad klimatpåverkan", change.NewValue, StringComparison.Ordinal);
        Assert.Equal(Titles(moved), (await LoadAsync()).Sections.Where(s => s.Year == Year).Select(s => s.Title));

        Assert.True((await DoAsync(d => d.MoveAsync(Org, Year, "klimat-2026", 1, moved.Order, Admin))).IsSaved);
        Assert.Equal(read.Order, (await ReadAsync()).Order);
    }

    [Fact]
    public async Task Move_TheFirstUp_IsRefused_AndWritesNothing()
    {
        Assert.True((await CopyAsync()).IsSaved);
        var read = await ReadAsync();
        var history = (await HistoryAsync()).Count;

        var result = await DoAsync(d => d.MoveAsync(Org, Year, read.Sections[0].Id, -1, read.Order, Admin));

        Assert.Equal(EditStatus.Invalid, result.Status);
        Assert.Contains("redan först", result.Message, StringComparison.Ordinal);
        Assert.Equal(read.Order, (await ReadAsync()).Order);
        Assert.Equal(history, (await HistoryAsync()).Count);
    }

    [Fact]
    public async Task Remove_TakesTheSectionAway_AndTheHistoryKeepsItsText()
    {
        Assert.True((await CopyAsync()).IsSaved);
        var read = await ReadAsync();
        var analysis = read.Sections.Single(s => s.Id == "analys-2026");

        var result = await DoAsync(d => d.RemoveAsync(Org, "analys-2026", analysis.Version, Admin));

        Assert.True(result.IsSaved, result.Message);
        Assert.Equal(Titles(read).Where(t => t != analysis.Title), Titles(await ReadAsync()));
        var change = Assert.Single(await HistoryAsync("analys-2026"), c => c.Reason == "Textavsnitt borttaget");
        Assert.Equal(($"{analysis.Title}\n\n{analysis.Markdown}", null), (change.OldValue, change.NewValue));
        Assert.DoesNotContain((await LoadAsync()).Sections, s => s.Id == "analys-2026");
    }

    [Fact]
    public async Task Remove_FromAnOlderVersion_IsAConflictShowingTheSavedText_AndRemovesNothing()
    {
        Assert.True((await CopyAsync()).IsSaved);
        var read = (await ReadAsync()).Sections.Single(s => s.Id == "analys-2026");
        await using (var db = Database.Context())
        {
            Assert.True((await new Editor(db, TimeProvider.System).SetSectionAsync(new SectionChange(Org, "analys-2026", "Analys", "Omskriven för 2026.", read.Version, Admin))).IsSaved);
        }

        var result = await DoAsync(d => d.RemoveAsync(Org, "analys-2026", read.Version, Admin));

        Assert.Equal(EditStatus.Conflict, result.Status);
        Assert.Equal(("Analys\n\nOmskriven för 2026.", read.Version + 1), (result.Current, result.CurrentVersion));
        Assert.Contains((await ReadAsync()).Sections, s => s.Id == "analys-2026");
        Assert.DoesNotContain(await HistoryAsync("analys-2026"), c => c.Reason == "Textavsnitt borttaget");
    }

    [Fact]
    public async Task Changes_InALockedRoundsYear_AreRefused_AndWriteNothing()
    {
        var demo = await ReadAsync(Demo);
        await Database.LockRoundAsync(Org, Demo);

        var add = await DoAsync(d => d.AddAsync(new NewSection(Org, Demo, "I efterhand", null, null, demo.Order, Admin)));
        var move = await DoAsync(d => d.MoveAsync(Org, Demo, "klimat", -1, demo.Order, Admin));
        var remove = await DoAsync(d => d.RemoveAsync(Org, "analys", demo.Sections.Single(s => s.Id == "analys").Version, Admin));

        Assert.All([add, move, remove], r => Assert.Equal(EditStatus.Locked, r.Status));
        Assert.Equal(demo.Order, (await ReadAsync(Demo)).Order);
        Assert.Empty(await HistoryAsync());
    }

    [Fact]
    public async Task EveryYearSections_AreShownButNeitherCopiedNorRemoved()
    {
        await using (var db = Database.Context())
        {
            db.Sections.Add(new SectionRow { OrganizationId = Org, Id = "om-regionen", Position = 3, Title = "Om regionen", Markdown = "Alla år.", Version = 1 });
            await db.SaveChangesAsync();
        }

        Assert.True((await CopyAsync()).IsSaved);
        var removed = await DoAsync(d => d.RemoveAsync(Org, "om-regionen", 1, Admin));

        var copied = await ReadAsync();
        Assert.Equal("om-regionen", Assert.Single(copied.EveryYear).Id);
        Assert.DoesNotContain(copied.Sections, s => s.Title == "Om regionen");
        Assert.Equal(EditStatus.Invalid, removed.Status);
        var model = await LoadAsync();
        // Among the every-year section as the year copied from had it: the report of 2026 reads like 2025's.
        Assert.Equal(model.Sections.Where(s => s.Year is null or Demo).Select(s => s.Title), model.Sections.Where(s => s.Year is null or Year).Select(s => s.Title));
    }
}

public sealed class SqliteSectionDeskTests() : SectionDeskTests(DatabaseProvider.Sqlite);

public sealed class PostgreSqlSectionDeskTests() : SectionDeskTests(DatabaseProvider.PostgreSql);
