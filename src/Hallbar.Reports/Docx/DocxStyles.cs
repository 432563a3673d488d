using DocumentFormat.OpenXml.Wordprocessing;

namespace Hallbar.Reports.Docx;

/// <summary>
/// The document's styles. Built-in styles keep Word's own ids and names ("Heading1", "heading 1"),
/// so that Word recognises them: the navigation pane, the table of contents and a region's own
/// template apply to them. Written as the XML Word itself writes, which reads better than builders.
/// </summary>
internal static class DocxStyles
{
    public const string Title = "Title";
    public const string Subtitle = "Subtitle";
    public const string Caption = "Caption";
    public const string ListParagraph = "ListParagraph";
    public const string Quote = "Quote";
    public const string TocHeading = "TOCHeading";
    public const string FootnoteText = "FootnoteText";
    public const string FootnoteReference = "FootnoteReference";
    public const string Hyperlink = "Hyperlink";
    public const string Header = "Header";
    public const string Footer = "Footer";
    public const string Table = "HallbarTable";
    public const string TableText = "TableText";
    public const string TableNote = "TableNote";

    /// <summary>Enough for a chapter three deep with Markdown headings below it; deeper headings stay at the last.</summary>
    public const int DeepestHeading = 6;

    private const string Green = "1F4E3D";
    private const string Grey = "404040";
    private const int Font = 22;

    public static string Heading(int level) => $"Heading{Math.Clamp(level, 1, DeepestHeading)}";

    public static string TableOfContents(int level) => $"TOC{level}";

    /// <summary>The heading level of a paragraph style, or null when it is no heading.</summary>
    public static int? HeadingLevel(string? styleId) =>
        styleId is ['H', 'e', 'a', 'd', 'i', 'n', 'g', var digit] && char.IsAsciiDigit(digit) ? digit - '0' : null;

    public static Styles Create(string language)
    {
        var lang = Word.LanguageTag(language);
        var headings = string.Concat(Enumerable.Range(1, DeepestHeading).Select(HeadingStyle));
        var contents = string.Concat(Enumerable.Range(1, 3).Select(TocStyle));
        return new Styles($"""
            <w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
              <w:docDefaults>
                <w:rPrDefault><w:rPr>
                  <w:rFonts w:ascii="Arial" w:hAnsi="Arial" w:eastAsia="Arial" w:cs="Arial"/>
                  <w:sz w:val="{Font}"/><w:szCs w:val="{Font}"/>
                  <w:lang w:val="{lang}" w:eastAsia="{lang}" w:bidi="ar-SA"/>
                </w:rPr></w:rPrDefault>
                <w:pPrDefault><w:pPr><w:spacing w:after="120" w:line="276" w:lineRule="auto"/></w:pPr></w:pPrDefault>
              </w:docDefaults>
              <w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>
              <w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/><w:unhideWhenUsed/></w:style>
              <w:style w:type="table" w:default="1" w:styleId="TableNormal">
                <w:name w:val="Normal Table"/><w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/>
                <w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr>
              </w:style>
              <w:style w:type="numbering" w:default="1" w:styleId="NoList"><w:name w:val="No List"/><w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/></w:style>
              <w:style w:type="paragraph" w:styleId="{Title}">
                <w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="10"/><w:qFormat/>
                <w:pPr><w:spacing w:before="3600" w:after="240" w:line="240" w:lineRule="auto"/><w:contextualSpacing/></w:pPr>
                <w:rPr><w:b/><w:color w:val="{Green}"/><w:kern w:val="28"/><w:sz w:val="64"/><w:szCs w:val="64"/></w:rPr>
              </w:style>
              <w:style w:type="paragraph" w:styleId="{Subtitle}">
                <w:name w:val="Subtitle"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="11"/><w:qFormat/>
                <w:pPr><w:spacing w:after="240"/></w:pPr>
                <w:rPr><w:color w:val="{Grey}"/><w:sz w:val="32"/><w:szCs w:val="32"/></w:rPr>
              </w:style>
              {headings}
              <w:style w:type="paragraph" w:styleId="{TocHeading}">
                <w:name w:val="TOC Heading"/><w:basedOn w:val="Heading1"/><w:next w:val="Normal"/><w:uiPriority w:val="39"/><w:unhideWhenUsed/><w:qFormat/>
                <w:pPr><w:outlineLvl w:val="9"/></w:pPr>
              </w:style>
              {contents}
              <w:style w:type="paragraph" w:styleId="{Caption}">
                <w:name w:val="caption"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="35"/><w:unhideWhenUsed/><w:qFormat/>
                <w:pPr><w:keepNext/><w:spacing w:before="240" w:after="80" w:line="240" w:lineRule="auto"/></w:pPr>
                <w:rPr><w:b/><w:color w:val="{Grey}"/><w:sz w:val="18"/><w:szCs w:val="18"/></w:rPr>
              </w:style>
              <w:style w:type="paragraph" w:styleId="{ListParagraph}">
                <w:name w:val="List Paragraph"/><w:basedOn w:val="Normal"/><w:uiPriority w:val="34"/><w:qFormat/>
                <w:pPr><w:spacing w:after="60"/><w:ind w:left="720"/></w:pPr>
              </w:style>
              <w:style w:type="paragraph" w:styleId="{Quote}">
                <w:name w:val="Quote"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="29"/><w:qFormat/>
                <w:pPr><w:ind w:left="567" w:right="567"/></w:pPr>
                <w:rPr><w:i/><w:iCs/><w:color w:val="{Grey}"/></w:rPr>
              </w:style>
              <w:style w:type="paragraph" w:customStyle="1" w:styleId="{TableText}">
                <w:name w:val="Table Text"/><w:basedOn w:val="Normal"/><w:qFormat/>
                <w:pPr><w:spacing w:before="40" w:after="40" w:line="240" w:lineRule="auto"/></w:pPr>
                <w:rPr><w:sz w:val="18"/><w:szCs w:val="18"/></w:rPr>
              </w:style>
              <w:style w:type="paragraph" w:customStyle="1" w:styleId="{TableNote}">
                <w:name w:val="Table Note"/><w:basedOn w:val="Normal"/><w:qFormat/>
                <w:pPr><w:spacing w:before="40" w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>
                <w:rPr><w:sz w:val="16"/><w:szCs w:val="16"/></w:rPr>
              </w:style>
              <w:style w:type="paragraph" w:styleId="{FootnoteText}">
                <w:name w:val="footnote text"/><w:basedOn w:val="Normal"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/>
                <w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>
                <w:rPr><w:sz w:val="16"/><w:szCs w:val="16"/></w:rPr>
              </w:style>
              <w:style w:type="character" w:styleId="{FootnoteReference}">
                <w:name w:val="footnote reference"/><w:basedOn w:val="DefaultParagraphFont"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/>
                <w:rPr><w:vertAlign w:val="superscript"/></w:rPr>
              </w:style>
              <w:style w:type="character" w:styleId="{Hyperlink}">
                <w:name w:val="Hyperlink"/><w:basedOn w:val="DefaultParagraphFont"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/>
                <w:rPr><w:color w:val="0563C1"/><w:u w:val="single"/></w:rPr>
              </w:style>
              <w:style w:type="paragraph" w:styleId="{Header}">
                <w:name w:val="header"/><w:basedOn w:val="Normal"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/>
                <w:pPr><w:spacing w:after="0"/><w:jc w:val="right"/></w:pPr>
                <w:rPr><w:color w:val="{Grey}"/><w:sz w:val="18"/><w:szCs w:val="18"/></w:rPr>
              </w:style>
              <w:style w:type="paragraph" w:styleId="{Footer}">
                <w:name w:val="footer"/><w:basedOn w:val="Normal"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/>
                <w:pPr><w:spacing w:after="0"/><w:jc w:val="center"/></w:pPr>
                <w:rPr><w:color w:val="{Grey}"/><w:sz w:val="18"/><w:szCs w:val="18"/></w:rPr>
              </w:style>
              <w:style w:type="table" w:customStyle="1" w:styleId="{Table}">
                <w:name w:val="Hallbar Table"/><w:basedOn w:val="TableNormal"/><w:uiPriority w:val="59"/>
                <w:tblPr>
                  <w:tblBorders>
                    <w:top w:val="single" w:sz="8" w:space="0" w:color="{Green}"/>
                    <w:bottom w:val="single" w:sz="8" w:space="0" w:color="{Green}"/>
                    <w:insideH w:val="single" w:sz="4" w:space="0" w:color="BFBFBF"/>
                  </w:tblBorders>
                  <w:tblCellMar><w:top w:w="28" w:type="dxa"/><w:left w:w="85" w:type="dxa"/><w:bottom w:w="28" w:type="dxa"/><w:right w:w="85" w:type="dxa"/></w:tblCellMar>
                </w:tblPr>
              </w:style>
            </w:styles>
            """);
    }

    private static string HeadingStyle(int level)
    {
        // Sizes step down from 18 pt; every level keeps with the text after it, as headings must.
        var (size, before, after) = level switch
        {
            1 => (36, 360, 160),
            2 => (28, 280, 100),
            3 => (24, 240, 80),
            _ => (22, 200, 60),
        };
        var italic = level >= 4 ? "<w:i/><w:iCs/>" : string.Empty;
        return $"""
            <w:style w:type="paragraph" w:styleId="Heading{level}">
              <w:name w:val="heading {level}"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="9"/>{(level > 1 ? "<w:unhideWhenUsed/>" : string.Empty)}<w:qFormat/>
              <w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before="{before}" w:after="{after}" w:line="240" w:lineRule="auto"/><w:outlineLvl w:val="{level - 1}"/></w:pPr>
              <w:rPr><w:b/><w:bCs/>{italic}<w:color w:val="{Green}"/><w:sz w:val="{size}"/><w:szCs w:val="{size}"/></w:rPr>
            </w:style>
            """;
    }

    private static string TocStyle(int level) => $"""
        <w:style w:type="paragraph" w:styleId="TOC{level}">
          <w:name w:val="toc {level}"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="39"/><w:unhideWhenUsed/>
          <w:pPr><w:tabs><w:tab w:val="right" w:leader="dot" w:pos="{Word.TextWidth}"/></w:tabs><w:spacing w:before="{(level == 1 ? 120 : 0)}" w:after="40"/><w:ind w:left="{(level - 1) * 220}"/></w:pPr>
          {(level == 1 ? "<w:rPr><w:b/><w:bCs/></w:rPr>" : string.Empty)}
        </w:style>
        """;
}
