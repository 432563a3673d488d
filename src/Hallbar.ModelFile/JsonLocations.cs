using System.Text;
using System.Text.Json;

namespace Hallbar.ModelFile;

/// <summary>
/// Where each value of a JSON document stands in the text, by JSON Pointer, so that problems found
/// on the parsed document can name their line and column.
/// </summary>
internal sealed class JsonLocations
{
    private readonly Dictionary<string, long> _offsets = new(StringComparer.Ordinal);
    private readonly List<(string Pointer, long Offset)> _duplicates = [];
    private readonly List<long> _lineStarts = [0];
    private readonly byte[] _utf8;

    public JsonLocations(byte[] utf8)
    {
        _utf8 = utf8;
        for (var i = 0; i < utf8.Length; i++)
        {
            if (utf8[i] == (byte)'\n')
            {
                _lineStarts.Add(i + 1);
            }
        }

        Index();
    }

    /// <summary>Properties named twice in the same object, where the second stands.</summary>
    public IReadOnlyList<(string Pointer, long Offset)> Duplicates => _duplicates;

    /// <summary>Line and column (both from 1) of the value at a pointer, or of its nearest ancestor that exists.</summary>
    public (int Line, int Column) Find(string pointer)
    {
        while (true)
        {
            if (_offsets.TryGetValue(pointer, out var offset))
            {
                return LineAndColumn(offset);
            }

            if (pointer.Length == 0)
            {
                return (1, 1);
            }

            pointer = pointer[..pointer.LastIndexOf('/')];
        }
    }

    public (int Line, int Column) LineAndColumn(long offset)
    {
        var line = _lineStarts.BinarySearch(offset);
        if (line < 0)
        {
            line = ~line - 1;
        }

        var column = Encoding.UTF8.GetCharCount(_utf8, (int)_lineStarts[line], (int)(offset - _lineStarts[line])) + 1;
        return (line + 1, column);
    }

    /// <summary>The column (from 1, in characters) of a byte position on a zero-based line.</summary>
    public static int CharacterColumn(byte[] utf8, int line, int bytePosition)
    {
        var start = 0;
        for (var i = 0; i < line && start < utf8.Length; i++)
        {
            var next = Array.IndexOf(utf8, (byte)'\n', start);
            start = next < 0 ? utf8.Length : next + 1;
        }

        var length = Math.Clamp(bytePosition, 0, utf8.Length - start);
        return Encoding.UTF8.GetCharCount(utf8, start, length) + 1;
    }

    /// <summary>"/goals/0/measures/2" as "$.goals[0].measures[2]".</summary>
    public static string ToJsonPath(string pointer)
    {
        var path = new StringBuilder("$");
        foreach (var segment in pointer.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            var name = segment.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal);
            if (name.All(char.IsAsciiDigit))
            {
                path.Append('[').Append(name).Append(']');
            }
            else
            {
                path.Append('.').Append(name);
            }
        }

        return path.ToString();
    }

    private void Index()
    {
        var reader = new Utf8JsonReader(_utf8, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        // Each open container: its pointer and, for arrays, the next item's index.
        var containers = new Stack<(string Pointer, int NextIndex, bool IsArray)>();
        string? pendingName = null;
        long pendingOffset = 0;

        while (reader.Read())
        {
            if (reader.TokenType == JsonTokenType.PropertyName)
            {
                pendingName = reader.GetString();
                pendingOffset = reader.TokenStartIndex;
                continue;
            }

            if (reader.TokenType is JsonTokenType.EndObject or JsonTokenType.EndArray)
            {
                containers.Pop();
                continue;
            }

            string pointer;
            long offset;
            if (containers.Count == 0)
            {
                pointer = string.Empty;
                offset = reader.TokenStartIndex;
            }
            else if (containers.Peek().IsArray)
            {
                var (parent, next, _) = containers.Pop();
                containers.Push((parent, next + 1, true));
                pointer = $"{parent}/{next}";
                offset = reader.TokenStartIndex;
            }
            else
            {
                pointer = $"{containers.Peek().Pointer}/{Escape(pendingName!)}";
                offset = pendingOffset;
            }

            if (!_offsets.TryAdd(pointer, offset))
            {
                _duplicates.Add((pointer, offset));
            }

            if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
            {
                containers.Push((pointer, 0, reader.TokenType == JsonTokenType.StartArray));
            }
        }
    }

    private static string Escape(string name) =>
        name.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal);
}
