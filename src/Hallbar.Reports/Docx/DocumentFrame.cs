using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Hallbar.Reports.Model;

namespace Hallbar.Reports.Docx;

/// <summary>What surrounds the report's text: properties, settings, title page, running header, page numbers, page setup.</summary>
internal static class DocumentFrame
{
    public static void SetProperties(WordprocessingDocument document, Report report)
    {
        document.PackageProperties.Title = report.Title;
        document.PackageProperties.Subject = report.OrganizationName;
        document.PackageProperties.Creator = "Hallbar";
        document.PackageProperties.Language = Word.LanguageTag(report.Language);
    }

    public static void AddSettings(MainDocumentPart main, string language) =>
        main.AddNewPart<DocumentSettingsPart>().Settings = new Settings(
            new DefaultTabStop { Val = 1304 },
            new CharacterSpacingControl { Val = CharacterSpacingValues.DoNotCompress },
            // Word fills the table of contents and the page references when the document is opened.
            new UpdateFieldsOnOpen { Val = true },
            DocxFootnotes.Settings(),
            new Compatibility(new CompatibilitySetting
            {
                // Word 2013 and later: without it Word opens the file in compatibility mode.
                Name = CompatSettingNameValues.CompatibilityMode,
                Uri = "http://schemas.microsoft.com/office/word",
                Val = "15",
            }),
            new ThemeFontLanguages { Val = Word.LanguageTag(language) });

    /// <summary>The title page: the report's title and the organization that publishes it.</summary>
    public static IEnumerable<Paragraph> TitlePage(Report report) =>
    [
        Word.Paragraph(DocxStyles.Title, Word.Run(report.Title)),
        Word.Paragraph(DocxStyles.Subtitle, Word.Run(report.OrganizationName)),
    ];

    /// <summary>
    /// An A4 page with the report's title as running header and "Sida 3 av 40" in the footer;
    /// the title page has neither.
    /// </summary>
    public static SectionProperties Section(MainDocumentPart main, Report report)
    {
        var header = main.AddNewPart<HeaderPart>();
        header.Header = new Header(Word.Paragraph(DocxStyles.Header, Word.Run(report.Title)));
        var footer = main.AddNewPart<FooterPart>();
        var labels = report.Labels;
        footer.Footer = new Footer(Word.Paragraph(
            DocxStyles.Footer,
            [Word.Run($"{labels.Page} "), .. Word.Field("PAGE", "1"), Word.Run($" {labels.Of} "), .. Word.Field("NUMPAGES", "1")]));

        return new SectionProperties(
            new HeaderReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(header) },
            new FooterReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(footer) },
            new PageSize { Width = Word.PageWidth, Height = Word.PageHeight },
            new PageMargin { Top = Word.Margin, Bottom = Word.Margin, Left = Word.Margin, Right = Word.Margin, Header = 709, Footer = 709, Gutter = 0 },
            new TitlePage());
    }
}
