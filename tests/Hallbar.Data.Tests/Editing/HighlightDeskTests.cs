using Hallbar.Data.Editing;
using Hallbar.Data.Rows;
using Hallbar.Domain.ChildRights;
using Hallbar.ModelFile;

namespace Hallbar.Data.Tests.Editing;

/// <summary>A year's highlights and barnbokslut facts edited through the desk, on SQLite and on PostgreSQL.</summary>
public abstract class HighlightDeskTests(DatabaseProvider provider) : DemoDatabaseTests(provider)
{
    private const int Year = 2025;

    /// <summary>A PNG of one pixel: the smallest file that is really a photo.</summary>
    private static readonly byte[] Png = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");

    public enum BadPhoto
    {
        NotAnImage,
        TooLarge,
        WithoutAltText,
    }

    private static HighlightDesk Desk(HallbarDbContext db) => new(db, TimeProvider.System);

    private static HighlightChange New(int readVersion, PhotoChange? photo = null, string title = "Solceller på sjukhustaket") =>
        new(Org, Year, null, title, "Taket ger **el** till akuten.", photo ?? new PhotoChange(Png, false, "Solpaneler på ett platt tak", "Region Västmanland"), readVersion, "admin");

    private async Task<YearHighlights> ReadAsync(int year = Year)
    {
        await using var db = Database.Context();
        return (await Desk(db).ReadAsync(Org, year))!;
    }

    private async Task<EditResult> SaveAsync(HighlightChange change)
    {
        await using var db = Database.Context();
        return await Desk(db).SaveHighlightAsync(change);
    }

    private async Task<IReadOnlyList<ChangeRow>> HistoryAsync(string subject, string? key = null)
    {
        await using var db = Database.Context();
        return await new Editor(db, TimeProvider.System).HistoryAsync(Org, subject, key);
    }

    private async Task<Domain.OrganizationModel> LoadAsync()
    {
        await using var db = Database.Context();
        return (await new ModelStore(db, TimeProvider.System).LoadAsync(Org))!;
    }

    [Fact]
    public async Task SaveHighlight_New_IsLastOfTheYearWithItsPhoto_InTheModelAndTheHistory()
    {
        var before = await ReadAsync();

        var result = await SaveAsync(New(before.Version));

        Assert.True(result.IsSaved, result.Message);
        Assert.Equal(before.Version + 1, result.Version);
        var after = await ReadAsync();
        var added = after.Highlights[^1];
        Assert.Equal(before.Highlights.Count + 1, after.Highlights.Count);
        Assert.Equal(("solceller-pa-sjukhustaket", "Solceller på sjukhustaket", "Solpaneler på ett platt tak", "Region Västmanland", "image/png"),
            (added.Id, added.Title, added.Photo!.AltText, added.Photo.Credit, added.Photo.MediaType));
        Assert.Equal(Png, added.Photo.Content());
        var model = await LoadAsync();
        Assert.Contains(model.Highlights, h => h.Id == added.Id && h.Year == Year && h.Photo?.AltText == "Solpaneler på ett platt tak");
        var change = Assert.Single(await HistoryAsync(HighlightDesk.HighlightsSubject));
        Assert.Equal(($"{Year}/{added.Id}", "admin", "Höjdpunkt tillagd", null), (change.Key, change.ChangedBy, change.Reason, change.OldValue));
        Assert.Contains("alternativtext: Solpaneler på ett platt tak", change.NewValue, StringComparison.Ordinal);
        Assert.DoesNotContain("base64", change.NewValue, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SaveHighlight_FromAnOlderVersion_IsAConflictShowingWhatIsStored_AndWritesNothing()
    {
        var read = await ReadAsync();
        Assert.True((await SaveAsync(New(read.Version, title: "Först sparad"))).IsSaved);

        var stale = await SaveAsync(New(read.Version, title: "Sparad från en gammal version"));

        Assert.Equal(EditStatus.Conflict, stale.Status);
        Assert.Equal(read.Version + 1, stale.CurrentVersion);
        Assert.Contains("Först sparad", stale.Current, StringComparison.Ordinal);
        Assert.DoesNotContain((await ReadAsync()).Highlights, h => h.Title == "Sparad från en gammal version");
        Assert.Single(await HistoryAsync(HighlightDesk.HighlightsSubject));
    }

    [Fact]
    public async Task Changes_InALockedRoundsYear_AreRefused_AndWriteNothing()
    {
        var read = await ReadAsync();
        await Database.LockRoundAsync(Org, Year);

        var highlight = await SaveAsync(New(read.Version));
        await using var db = Database.Context();
        var removed = await Desk(db).RemoveHighlightAsync(Org, Year, read.Highlights[0].Id, read.Version, "admin");
        var facts = await Desk(db).SaveChildRightsAsync(new ChildRightsChange(Org, Year, 14, 111, [], read.ChildRightsVersion, "admin"));

        Assert.All([highlight, removed, facts], r => Assert.Equal(EditStatus.Locked, r.Status));
        Assert.Contains("låst", highlight.Message, StringComparison.Ordinal);
        Assert.Equal(read.Highlights.Select(h => h.Id), (await ReadAsync()).Highlights.Select(h => h.Id));
        Assert.Empty(await HistoryAsync(HighlightDesk.HighlightsSubject));
        Assert.Empty(await HistoryAsync(HighlightDesk.ChildRightsSubject));
    }

    [Theory]
    // A file that only claims to be a photo by its name: its bytes decide.
    [InlineData(BadPhoto.NotAnImage, HighlightDesk.PhotoField, "JPEG, PNG eller WebP")]
    // One byte over the limit, though a real PNG header.
    [InlineData(BadPhoto.TooLarge, HighlightDesk.PhotoField, "högst 5 MB")]
    // Those who cannot see the photo need to be told what it shows.
    [InlineData(BadPhoto.WithoutAltText, HighlightDesk.AltTextField, "alternativtext")]
    public async Task SaveHighlight_WithABadPhoto_IsRefusedAtThePhotoField_AndWritesNothing(BadPhoto bad, string field, string says)
    {
        var read = await ReadAsync();
        var photo = bad switch
        {
            BadPhoto.NotAnImage => new PhotoChange("%PDF-1.7 inte ett foto"u8.ToArray(), false, "Ett dokument", null),
            BadPhoto.TooLarge => new PhotoChange([.. Png, .. new byte[Domain.Highlights.PhotoImage.MaxBytes + 1 - Png.Length]], false, "Ett stort foto", null),
            _ => new PhotoChange(Png, false, " ", null),
        };
        var change = New(read.Version, photo);

        var problem = Assert.Single(HighlightDesk.Problems(change, null));
        var result = await SaveAsync(change);

        Assert.Equal(field, problem.Field);
        Assert.Contains(says, problem.Message, StringComparison.Ordinal);
        Assert.Equal(EditStatus.Invalid, result.Status);
        Assert.Contains(says, result.Message, StringComparison.Ordinal);
        Assert.Equal(read.Version, (await ReadAsync()).Version);
        Assert.Empty(await HistoryAsync(HighlightDesk.HighlightsSubject));
    }

    [Fact]
    public async Task SaveHighlight_KeepingOrRemovingThePhoto_ChangesOnlyWhatWasAskedFor()
    {
        var read = await ReadAsync();
        var added = await SaveAsync(New(read.Version));
        var id = (await ReadAsync()).Highlights[^1].Id;

        var kept = await SaveAsync(New(added.Version!.Value, new PhotoChange(null, false, "Solpaneler sedda från ovan", null)) with { HighlightId = id });
        var keptPhoto = (await ReadAsync()).Highlights.Single(h => h.Id == id).Photo;
        var removed = await SaveAsync(New(kept.Version!.Value, new PhotoChange(null, true, null, null)) with { HighlightId = id });

        Assert.True(kept.IsSaved, kept.Message);
        Assert.Equal(("Solpaneler sedda från ovan", null), (keptPhoto!.AltText, keptPhoto.Credit));
        Assert.Equal(Png, keptPhoto.Content());
        Assert.True(removed.IsSaved, removed.Message);
        Assert.Null((await ReadAsync()).Highlights.Single(h => h.Id == id).Photo);
        Assert.Equal(3, (await HistoryAsync(HighlightDesk.HighlightsSubject, $"{Year}/{id}")).Count);
    }

    [Fact]
    public async Task MoveAndRemove_ChangeTheYearsOrder_AndTheReportsModel()
    {
        var read = await ReadAsync();
        var (first, second, last) = (read.Highlights[0].Id, read.Highlights[1].Id, read.Highlights[^1].Id);

        await using var db = Database.Context();
        var moved = await Desk(db).MoveHighlightAsync(Org, Year, last, 1, read.Version, "admin");
        var removed = await Desk(db).RemoveHighlightAsync(Org, Year, first, moved.Version!.Value, "admin");

        Assert.True(moved.IsSaved, moved.Message);
        Assert.True(removed.IsSaved, removed.Message);
        var ids = (await LoadAsync()).Highlights.Where(h => h.Year == Year).Select(h => h.Id).ToList();
        Assert.Equal([last, second], ids[..2]);
        Assert.DoesNotContain(first, ids);
        Assert.Equal(read.Highlights.Count - 1, ids.Count);
        Assert.Equal(["Höjdpunkt borttagen", "Ny ordning"], (await HistoryAsync(HighlightDesk.HighlightsSubject)).Select(c => c.Reason));
    }

    [Fact]
    public async Task SaveChildRights_SetsPilotsAndDecisions_KeepsTheRestOfTheFacts()
    {
        var read = await ReadAsync();
        var decision = new BestInterestDecision("Nya lekplatser vid vårdcentralerna", true, "RS250099-3", "fastighetsforvaltningen");

        await using var db = Database.Context();
        var result = await Desk(db).SaveChildRightsAsync(new ChildRightsChange(Org, Year, 15, 125, [read.ChildRights!.Decisions[0], decision], read.ChildRightsVersion, "admin"));

        Assert.True(result.IsSaved, result.Message);
        var facts = (await LoadAsync()).ChildRights.Single(c => c.Year == Year);
        Assert.Equal((15, 125), (facts.PilotsTrained, facts.PilotsInTotal));
        Assert.Equal([read.ChildRights.Decisions[0].Title, decision.Title], facts.Decisions.Select(d => d.Title));
        Assert.Equal(("RS250099-3", "fastighetsforvaltningen", true), (facts.Decisions[1].Reference, facts.Decisions[1].UnitId, facts.Decisions[1].AssessmentMade));
        Assert.Equal(read.ChildRights.MostPilotsAt, facts.MostPilotsAt);
        Assert.Equal(read.ChildRights.SurveyThemeId, facts.SurveyThemeId);
        var change = Assert.Single(await HistoryAsync(HighlightDesk.ChildRightsSubject, $"{Year}"));
        Assert.Contains("totalt: 110", change.OldValue, StringComparison.Ordinal);
        Assert.Contains("totalt: 125", change.NewValue, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SaveChildRights_FewerInTotalThanTrained_IsRefusedAtItsField_AndWritesNothing()
    {
        var read = await ReadAsync();
        var change = new ChildRightsChange(Org, Year, 20, 19, [], read.ChildRightsVersion, "admin");

        await using var db = Database.Context();
        var result = await Desk(db).SaveChildRightsAsync(change);

        Assert.Equal(EditStatus.Invalid, result.Status);
        Assert.Equal(HighlightDesk.PilotsInTotalField, Assert.Single(HighlightDesk.Problems(change, ["fastighetsforvaltningen"])).Field);
        Assert.Equal(110, (await ReadAsync()).ChildRights!.PilotsInTotal);
        Assert.Empty(await HistoryAsync(HighlightDesk.ChildRightsSubject));
    }

    [Fact]
    public async Task SaveChildRights_FromAnOlderVersion_IsAConflictShowingWhatIsStored()
    {
        var read = await ReadAsync();
        await using var db = Database.Context();
        Assert.True((await Desk(db).SaveChildRightsAsync(new ChildRightsChange(Org, Year, 14, 111, [], read.ChildRightsVersion, "admin"))).IsSaved);

        var stale = await Desk(db).SaveChildRightsAsync(new ChildRightsChange(Org, Year, 16, 112, [], read.ChildRightsVersion, "admin"));

        Assert.Equal(EditStatus.Conflict, stale.Status);
        Assert.Contains("totalt: 111", stale.Current, StringComparison.Ordinal);
        Assert.Equal(111, (await ReadAsync()).ChildRights!.PilotsInTotal);
    }

    [Fact]
    public async Task Import_OfTheSameModel_KeepsTheVersions_SoAnEditReadBeforeItIsSaved()
    {
        var read = await ReadAsync();
        await using (var db = Database.Context())
        {
            await new ModelStore(db, TimeProvider.System).SaveAsync(ModelFileReader.Read(HallbarDatabase.DemoModelFile).Model!, "admin");
        }

        var saved = await SaveAsync(New(read.Version));

        Assert.True(saved.IsSaved, saved.Message);
    }

    [Fact]
    public async Task Import_ThatChangesTheYearsHighlights_MakesAnEditReadBeforeItAConflict()
    {
        var read = await ReadAsync();
        var model = ModelFileReader.Read(HallbarDatabase.DemoModelFile).Model!;
        await using (var db = Database.Context())
        {
            await new ModelStore(db, TimeProvider.System).SaveAsync(model with { Highlights = [.. model.Highlights.Skip(1)] }, "admin");
        }

        var saved = await SaveAsync(New(read.Version));

        Assert.Equal(EditStatus.Conflict, saved.Status);
    }

}

public sealed class SqliteHighlightDeskTests() : HighlightDeskTests(DatabaseProvider.Sqlite);

public sealed class PostgreSqlHighlightDeskTests() : HighlightDeskTests(DatabaseProvider.PostgreSql);
