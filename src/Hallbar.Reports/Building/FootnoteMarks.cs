using Hallbar.Reports.Model;

namespace Hallbar.Reports.Building;

/// <summary>A table's footnotes: each text once, marked "*", "**", ... in the order they are first met, as the model case marks them.</summary>
internal sealed class FootnoteMarks
{
    private readonly List<TableNote> _notes = [];

    public IReadOnlyList<TableNote> Notes => _notes;

    public string Mark(string text)
    {
        var existing = _notes.Find(n => n.Text == text);
        if (existing is not null)
        {
            return existing.Mark;
        }

        var note = new TableNote(new string('*', _notes.Count + 1), text);
        _notes.Add(note);
        return note.Mark;
    }
}
