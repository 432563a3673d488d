using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Hallbar.Reports.Docx;

/// <summary>The parts of the package the writers add to: the document, its numbering, footnotes and pictures.</summary>
internal sealed class DocxParts
{
    public DocxParts(WordprocessingDocument document, string language)
    {
        Main = document.AddMainDocumentPart();
        Main.Document = new Document(new Body());
        Main.AddNewPart<StyleDefinitionsPart>().Styles = DocxStyles.Create(language);
        DocumentFrame.AddSettings(Main, language);
        Numbering = new ListNumbering(Main);
        Footnotes = new DocxFootnotes(Main);
        Pictures = new Pictures(Main);
    }

    public MainDocumentPart Main { get; }

    public Body Body => Main.Document!.Body!;

    public ListNumbering Numbering { get; }

    public DocxFootnotes Footnotes { get; }

    public Pictures Pictures { get; }
}
