using Hallbar.Reports.Pdf;

namespace Hallbar.Reports.Tests.Pdf;

public sealed class ChromiumTests
{
    [Fact]
    public async Task LaunchAsync_NoBrowserThere_SaysWhatToInstall()
    {
        var error = await Assert.ThrowsAsync<ChromiumNotFoundException>(() => PdfPrinter.LaunchAsync("/nowhere/chromium"));

        Assert.Equal("/nowhere/chromium", error.Path);
        Assert.Contains("apt-get install chromium", error.Message, StringComparison.Ordinal);
        Assert.Contains(Chromium.ExecutablePathVariable, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ResolveExecutablePath_GivenPathExists_IsThatPath()
    {
        var file = Path.GetTempFileName();
        try
        {
            Assert.Equal(file, Chromium.ResolveExecutablePath(file));
        }
        finally
        {
            File.Delete(file);
        }
    }
}
