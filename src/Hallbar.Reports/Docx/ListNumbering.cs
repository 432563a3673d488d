using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Hallbar.Reports.Docx;

/// <summary>
/// Numbering definitions for Markdown lists: one bulleted list shared by all, and a numbered list
/// instance per ordered list, so that every list counts from its own start.
/// </summary>
internal sealed class ListNumbering
{
    /// <summary>The numbering every bulleted list uses.</summary>
    public const int Bullets = 1;

    private const int BulletAbstract = 1;
    private const int OrderedAbstract = 2;
    private const int Levels = 9;
    private const int Indent = 360;
    private static readonly string[] BulletSymbols = ["•", "–", "▪"];
    private static readonly NumberFormatValues[] OrderedFormats = [NumberFormatValues.Decimal, NumberFormatValues.LowerLetter, NumberFormatValues.LowerRoman];

    private readonly Numbering _numbering;
    private int _lastId = Bullets;

    public ListNumbering(MainDocumentPart main)
    {
        _numbering = new Numbering(
            Abstract(BulletAbstract, level => (NumberFormatValues.Bullet, BulletSymbols[level % BulletSymbols.Length])),
            Abstract(OrderedAbstract, level => (OrderedFormats[level % OrderedFormats.Length], $"%{level + 1}.")),
            new NumberingInstance(new AbstractNumId { Val = BulletAbstract }) { NumberID = Bullets });
        main.AddNewPart<NumberingDefinitionsPart>().Numbering = _numbering;
    }

    /// <summary>A new numbered list counting from <paramref name="start"/>.</summary>
    public int NewOrdered(int start)
    {
        var id = ++_lastId;
        _numbering.Append(new NumberingInstance(
            new AbstractNumId { Val = OrderedAbstract },
            new LevelOverride(new StartOverrideNumberingValue { Val = start }) { LevelIndex = 0 })
        { NumberID = id });
        return id;
    }

    public static NumberingProperties Properties(int numberingId, int level) =>
        new(new NumberingLevelReference { Val = level }, new NumberingId { Val = numberingId });

    /// <summary>Where a level's text starts: an item's paragraphs after its first line up with it.</summary>
    public static Indentation TextIndentation(int level) => new() { Left = TextStart(level) };

    private static string TextStart(int level) => ((level + 1) * Indent).ToString(CultureInfo.InvariantCulture);

    private static AbstractNum Abstract(int id, Func<int, (NumberFormatValues Format, string Text)> level)
    {
        var abstractNum = new AbstractNum(new MultiLevelType { Val = MultiLevelValues.HybridMultilevel }) { AbstractNumberId = id };
        for (var i = 0; i < Levels; i++)
        {
            var (format, text) = level(i);
            abstractNum.Append(new Level(
                new StartNumberingValue { Val = 1 },
                new NumberingFormat { Val = format },
                new LevelText { Val = text },
                new LevelJustification { Val = LevelJustificationValues.Left },
                new PreviousParagraphProperties(new Indentation { Left = TextStart(i), Hanging = Indent.ToString(CultureInfo.InvariantCulture) }))
            { LevelIndex = i });
        }

        return abstractNum;
    }
}
