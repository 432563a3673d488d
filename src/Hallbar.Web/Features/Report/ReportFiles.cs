using System.Collections.Concurrent;
using System.Text;
using Hallbar.Reports;
using Hallbar.Reports.Html;
using Hallbar.Reports.Pdf;
using Hallbar.Web.Site;
using Microsoft.Playwright;

namespace Hallbar.Web.Features.Report;

/// <summary>
/// The report as files and as the article of the reading page, each written once per model revision,
/// year, language and format, since a PDF takes Chromium a second or more. One headless Chromium,
/// launched on the first PDF and closed when the application stops, prints every PDF; prints run
/// concurrently, each in its own browser context.
/// </summary>
public sealed partial class ReportFiles(ILogger<ReportFiles> logger) : IAsyncDisposable
{
    private const string ArticleFormat = "article";

    private readonly ConcurrentDictionary<(string Organization, long Revision, int Year, string Language, string Format), Lazy<Task<byte[]>>> _files = new();
    private readonly SemaphoreSlim _launch = new(1, 1);
    private PdfPrinter? _printer;
    private bool _disposed;

    /// <summary>The report of a year in a language and format.</summary>
    /// <exception cref="ChromiumNotFoundException">A PDF was asked for and Chromium is not installed.</exception>
    public Task<byte[]> FileAsync(CachedModel model, int year, string language, IReportRenderer renderer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(renderer);
        return CachedAsync(model, year, language, renderer.Format, () => WriteAsync(model.Report(year, language), renderer), cancellationToken);
    }

    /// <summary>The report as an &lt;article&gt; for a page with its own layout and the report's stylesheet.</summary>
    public async Task<string> ArticleAsync(CachedModel model, int year, string language, CancellationToken cancellationToken) =>
        Encoding.UTF8.GetString(await CachedAsync(model, year, language, ArticleFormat,
            () => Task.FromResult(Encoding.UTF8.GetBytes(HtmlReportRenderer.RenderArticle(model.Report(year, language)))), cancellationToken));

    public async ValueTask DisposeAsync()
    {
        await _launch.WaitAsync();
        try
        {
            _disposed = true;
            if (_printer is not null)
            {
                await _printer.DisposeAsync();
                _printer = null;
            }
        }
        finally
        {
            _launch.Release();
        }
    }

    private async Task<byte[]> CachedAsync(CachedModel model, int year, string language, string format, Func<Task<byte[]>> write, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(model);
        var organization = model.Model.Organization.Id;
        foreach (var stale in _files.Keys.Where(k => k.Organization == organization && k.Revision != model.Revision))
        {
            _files.TryRemove(stale, out _);
        }

        var key = (organization, model.Revision, year, language, format);
        // Run on the thread pool so that a second reader of the same file waits for the task, not for a lock.
        var file = _files.GetOrAdd(key, _ => new Lazy<Task<byte[]>>(() => Task.Run(write)));
        try
        {
            // Written without the request's token: a reader who gives up does not spoil the file for the next.
            return await file.Value.WaitAsync(cancellationToken);
        }
        catch when (file.Value.IsFaulted)
        {
            _files.TryRemove(KeyValuePair.Create(key, file));
            throw;
        }
    }

    private async Task<byte[]> WriteAsync(Hallbar.Reports.Model.Report report, IReportRenderer renderer)
    {
        using var output = new MemoryStream();
        if (renderer.Format != "pdf")
        {
            await renderer.RenderAsync(report, output);
            return output.ToArray();
        }

        var printer = await PrinterAsync();
        try
        {
            await new PdfReportRenderer(printer).RenderAsync(report, output);
            return output.ToArray();
        }
        catch (PlaywrightException)
        {
            // A browser that crashed or was killed stays broken: the next PDF launches a new one.
            await RetireAsync(printer);
            throw;
        }
    }

    private async Task RetireAsync(PdfPrinter printer)
    {
        await _launch.WaitAsync();
        try
        {
            if (!ReferenceEquals(_printer, printer))
            {
                return;
            }

            Volatile.Write(ref _printer, null);
        }
        finally
        {
            _launch.Release();
        }

        try
        {
            await printer.DisposeAsync();
        }
        catch (PlaywrightException)
        {
            // Closing a browser that is already gone has nothing left to do.
        }
    }

    private async Task<PdfPrinter> PrinterAsync()
    {
        if (Volatile.Read(ref _printer) is { } launched)
        {
            return launched;
        }

        await _launch.WaitAsync();
        try
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            if (_printer is null)
            {
                var printer = await PdfPrinter.LaunchAsync();
                ChromiumLaunched(logger);
                Volatile.Write(ref _printer, printer);
            }

            return _printer!;
        }
        finally
        {
            _launch.Release();
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Chromium is launched; it prints the report's PDFs until the application stops.")]
    private static partial void ChromiumLaunched(ILogger logger);
}
