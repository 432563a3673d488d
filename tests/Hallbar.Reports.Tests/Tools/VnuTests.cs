namespace Hallbar.Reports.Tests.Tools;

[Trait(Needs.Trait, Needs.Java)]
public sealed class VnuTests
{
    [Fact]
    public async Task CheckAsync_ValidSwedishPage_HasNoErrors()
    {
        var result = await Vnu.CheckAsync(SampleDocuments.Swedish());

        Assert.True(result.Errors.Count == 0, result.ToString());
    }

    [Fact]
    public async Task CheckAsync_BrokenMarkup_ReportsTheErrorsWithTheirLines()
    {
        var html = SampleDocuments.BrokenMarkup();
        var brokenLine = html.Split('\n').ToList().FindIndex(line => line.Contains("Öppen div", StringComparison.Ordinal)) + 1;

        var result = await Vnu.CheckAsync(html);

        Assert.NotEmpty(result.Errors);
        Assert.All(result.Errors, error => Assert.Equal(brokenLine, error.Line));
        Assert.Contains(result.Errors, error => error.Message.Contains("“p”", StringComparison.Ordinal));
        Assert.Contains(result.Errors, error => error.Message.Contains("“span”", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AssertNoErrorsAsync_BrokenMarkup_FailsListingEachError()
    {
        var failure = await Assert.ThrowsAnyAsync<Exception>(() => Vnu.AssertNoErrorsAsync(SampleDocuments.BrokenMarkup()));

        Assert.Contains("The Nu Html Checker found", failure.Message, StringComparison.Ordinal);
        Assert.Contains("“span”", failure.Message, StringComparison.Ordinal);
    }
}
