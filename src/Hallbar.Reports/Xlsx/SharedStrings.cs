using System.Text;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Hallbar.Reports.Xlsx;

/// <summary>The workbook's texts, each stored once and referred to by its index (grades and headers repeat on every sheet).</summary>
internal sealed class SharedStrings
{
    /// <summary>The most characters an Excel cell holds.</summary>
    private const int MaxCellText = 32767;

    private readonly Dictionary<string, int> _index = new(StringComparer.Ordinal);
    private readonly List<string> _items = [];
    private int _references;

    public int Index(string text)
    {
        var kept = Clean(text);
        _references++;
        if (!_index.TryGetValue(kept, out var index))
        {
            index = _items.Count;
            _index.Add(kept, index);
            _items.Add(kept);
        }

        return index;
    }

    public SharedStringTable Build() =>
        new(_items.Select(t => new SharedStringItem(new Text(t) { Space = t.Trim() == t ? null : SpaceProcessingModeValues.Preserve })))
        {
            Count = (uint)_references,
            UniqueCount = (uint)_items.Count,
        };

    /// <summary>
    /// A workbook is XML: characters XML cannot hold (control characters pasted into a text) are left out,
    /// and a text longer than a cell holds is cut.
    /// </summary>
    public static string Clean(string text)
    {
        var kept = new StringBuilder(Math.Min(text.Length, MaxCellText));
        for (var i = 0; i < text.Length && kept.Length < MaxCellText; i++)
        {
            if (char.IsSurrogatePair(text, i))
            {
                if (kept.Length + 2 <= MaxCellText)
                {
                    kept.Append(text, i, 2);
                }

                i++;
            }
            else if (XmlConvert.IsXmlChar(text[i]))
            {
                kept.Append(text[i]);
            }
        }

        return kept.ToString();
    }
}
