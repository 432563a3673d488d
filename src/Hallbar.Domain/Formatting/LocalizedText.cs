namespace Hallbar.Domain.Formatting;

/// <summary>
/// A text in Swedish and English, written from its figures when first read, so that assessing a
/// large model does not write sentences nobody reads. Equal when the texts are equal.
/// </summary>
internal sealed class LocalizedText : IEquatable<LocalizedText>
{
    private readonly Func<string, string>? _describe;
    private string? _swedish;
    private string? _english;

    public LocalizedText(Func<string, string> describe) => _describe = describe;

    private LocalizedText(string? swedish, string? english)
    {
        _swedish = swedish;
        _english = english;
    }

    public string Swedish => _swedish ??= _describe?.Invoke("sv") ?? string.Empty;

    public string English => _english ??= _describe?.Invoke("en") ?? string.Empty;

    public static LocalizedText WithSwedish(LocalizedText? text, string swedish) => new(swedish, text?.English);

    public static LocalizedText WithEnglish(LocalizedText? text, string english) => new(text?.Swedish, english);

    public bool Equals(LocalizedText? other) => other is not null && Swedish == other.Swedish && English == other.English;

    public override bool Equals(object? obj) => Equals(obj as LocalizedText);

    public override int GetHashCode() => HashCode.Combine(Swedish, English);
}
