using DocumentFormat.OpenXml.Packaging;
using Hallbar.Reports.Docx;
using Hallbar.Reports.Model;

namespace Hallbar.Reports.Tests.Docx;

/// <summary>The demo report as DOCX, rendered once per language and test run, opened read-only for each test.</summary>
internal static class DemoDocx
{
    private static readonly Lazy<Task<byte[]>> Swedish = new(() => Render(Demo.Report("sv")));
    private static readonly Lazy<Task<byte[]>> English = new(() => Render(Demo.Report("en")));

    public static Task<byte[]> Bytes(string language = "sv") => (language == "en" ? English : Swedish).Value;

    public static async Task<WordprocessingDocument> Open(string language = "sv") =>
        WordprocessingDocument.Open(new MemoryStream(await Bytes(language)), isEditable: false);

    public static async Task<byte[]> Render(Report report)
    {
        using var output = new MemoryStream();
        await new DocxRenderer().RenderAsync(report, output);
        return output.ToArray();
    }
}
