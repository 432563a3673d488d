using Hallbar.Web.Site;

namespace Hallbar.Web.Features.Report;

/// <summary>The formats and languages a reader chooses the report in, and the file names they get.</summary>
public static class ReportChoices
{
    /// <summary>Format, and what it is good for, in the order offered.</summary>
    public static IReadOnlyList<(string Format, string Label)> Formats =>
    [
        ("pdf", Ui.T("PDF – för utskrift och läsning", "PDF – to print and read")),
        ("html", Ui.T("HTML – en webbsida i en fil", "HTML – a web page in one file")),
        ("docx", Ui.T("DOCX – Word, att bygga vidare på", "DOCX – Word, to build on")),
        ("xlsx", Ui.T("XLSX – tabellerna i Excel", "XLSX – the tables in Excel")),
    ];

    public static IReadOnlyList<(string Language, string Label)> Languages { get; } = [("sv", "Svenska"), ("en", "English")];

    /// <summary>"sv" or "en" as asked for; the interface's language when not asked; null for any other.</summary>
    public static string? Language(string? asked) => asked switch
    {
        null or "" => Ui.Language,
        "sv" or "en" => asked,
        _ => null,
    };

    /// <summary>"hallbarhetsredovisning-region-vastmanland-2025.pdf", or in English "sustainability-report-region-vastmanland-2025.pdf".</summary>
    public static string FileName(string organizationId, int year, string language, string format) =>
        $"{(language == "en" ? "sustainability-report" : "hallbarhetsredovisning")}-{organizationId}-{year}.{format}";
}
