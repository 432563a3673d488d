using System.Globalization;

namespace Hallbar.Reports.Tests.Tools;

/// <summary>One message of the Nu Html Checker, as its JSON output gives it.</summary>
/// <param name="Type"><c>error</c>, <c>info</c> (with <see cref="SubType"/> <c>warning</c> for warnings) or <c>non-document-error</c>.</param>
public sealed record VnuMessage(string Type, string? SubType, string Message, int? Line, int? Column, string? Extract)
{
    /// <summary>An error in the document, or the checker failing to read it.</summary>
    public bool IsError => Type is "error" or "non-document-error";

    public bool IsWarning => Type == "info" && SubType == "warning";

    public override string ToString()
    {
        var place = Line is { } line ? string.Create(CultureInfo.InvariantCulture, $"{line}:{Column ?? 0}: ") : string.Empty;
        var extract = string.IsNullOrWhiteSpace(Extract) ? string.Empty : $"  ⟨{Extract.ReplaceLineEndings(" ").Trim()}⟩";
        return $"{place}{Type}{(SubType is null ? string.Empty : "/" + SubType)}: {Message}{extract}";
    }
}
