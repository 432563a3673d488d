namespace Hallbar.Data.Editing;

/// <summary>
/// What becomes of a highlight's photo: a new image (the file's bytes), the stored one removed, or the stored
/// one kept; with the alternative text and credit the photo then has.
/// </summary>
public sealed record PhotoChange(byte[]? NewImage, bool Remove, string? AltText, string? Credit)
{
    /// <summary>No photo, and none added.</summary>
    public static PhotoChange None { get; } = new(null, false, null, null);
}
