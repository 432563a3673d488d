using Hallbar.Data.Editing;
using Hallbar.Data.Transfer;
using Microsoft.EntityFrameworkCore;

namespace Hallbar.Data.Tests.Robustness;

/// <summary>Defects the fuzzing found, each as its smallest input, kept as regression tests.</summary>
public sealed partial class ImportFuzzTests
{
    [Fact]
    public async Task TemplateAsync_AfterACsvImportOfAControlCharacter_IsWrittenAsXlsx()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await SeedAsync(database);
        await using var db = database.Context();
        var transfer = new OutcomeTransfer(db, TimeProvider.System);
        var imported = await transfer.ImportAsync(OpenOrg, Csv("matsvinn-per-portion;;gram;2025;;;86;;;;rad\u0001ett;0;"), "fuzz", preview: false);

        // Either the import refuses a character no spreadsheet can hold, or the template writes it somehow.
        if (imported.Written)
        {
            var template = (await transfer.TemplateAsync(OpenOrg, 2025))!;
            XlsxTable.Write(template, new MemoryStream());
        }
    }

    [Fact]
    public async Task SetOutcomeAsync_SameValueRestatedTwice_LeavesAModelThatLoads()
    {
        // The editor, unlike the import, writes a second restatement without checking the whole.
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await SeedAsync(database);
        foreach (var (value, reason) in new[] { (85m, "Sent inkommen statistik"), (84m, "Rättad igen") })
        {
            await using var db = database.Context();
            var version = (await db.Outcomes.AsNoTracking().SingleAsync(o => o.OrganizationId == LockedOrg && o.MeasureId == "matsvinn-per-portion" && o.Period == "2025")).Version;
            var result = await new Editor(db, TimeProvider.System).SetOutcomeAsync(new OutcomeChange(LockedOrg, "matsvinn-per-portion", "2025", value, version, "anna", Reason: reason));
            Assert.True(result.IsSaved, result.Message);
        }

        await using var reading = database.Context();
        Assert.NotNull(await new ModelStore(reading, TimeProvider.System).LoadAsync(LockedOrg));
    }
}
