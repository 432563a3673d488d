using System.Text.RegularExpressions;

namespace Hallbar.ModelFile;

/// <summary>
/// System.Text.Json's reasons why a text is not JSON, said in Swedish as well. Its messages are English
/// resources without a code to go by, so the common ones are recognised by their wording; any other
/// keeps its English detail (behind the Swedish lead-in the reader gives every syntax error).
/// </summary>
internal static class JsonSyntax
{
    private static readonly System.Buffers.SearchValues<char> TokenEnds = System.Buffers.SearchValues.Create(" \t\r\n,}]");

    private static readonly (Regex English, string Swedish)[] Reasons =
    [
        (Reason(@"'(.+)' is invalid after a value\. Expected either ',', '\}', or '\]'\."), "'{0}' kan inte stå direkt efter ett värde: där ska ',', '}}' eller ']' stå (saknas ett kommatecken?)."),
        (Reason(@"'(.+)' is an invalid start of a value\."), "'{0}' kan inte inleda ett värde."),
        (Reason(@"'(.+)' is an invalid start of a property name\. Expected a '""'\."), "'{0}' kan inte inleda ett egenskapsnamn: namnet ska stå inom citattecken."),
        (Reason(@"'(.+)' is invalid after a property name\. Expected a ':'\."), "'{0}' kan inte stå efter ett egenskapsnamn: där ska ':' stå."),
        (Reason(@"'(.+)' is invalid after a single JSON value\. Expected end of data\."), "'{0}' står efter filens JSON-värde, där filen skulle ta slut."),
        (Reason(@"'(.+)' is an invalid JSON literal\. Expected the literal '(\w+)'\."), "'{0}' är inget JSON-värde; menades '{1}'?"),
        (Reason(@"'(.+)' is invalid within a JSON string\. The string should be correctly escaped\."), "'{0}' kan inte stå i en JSON-sträng (saknas det avslutande citattecknet?)."),
        (Reason(@"'(.+)' is an invalid escapable character within a JSON string\. The string should be correctly escaped\."), "'\\{0}' går inte att skriva i en JSON-sträng; ett omvänt snedstreck skrivs '\\\\'."),
        (Reason(@"'(.+)' is invalid without a matching open\."), "'{0}' stänger något som aldrig öppnades."),
        (Reason(@"'(.+)' is an invalid end of a number\..*"), "'{0}' kan inte stå sist i ett tal."),
        (Reason(@"'(.+)' is invalid within a number,.*"), "'{0}' kan inte stå i ett tal där."),
        (Reason(@"Invalid leading zero before '(.+)'\."), "Ett tal kan inte börja med en nolla före '{0}'."),
        (Reason(@"Expected depth to be zero at the end of the JSON payload\..*"), "Filen tar slut medan ett objekt eller en lista är öppen: en '}}' eller ']' saknas."),
        (Reason(@"Expected start of a property name or value, but instead reached end of data\."), "Filen tar slut där ett egenskapsnamn eller ett värde skulle komma."),
        (Reason(@"Expected a value, but instead reached end of data\."), "Filen tar slut där ett värde skulle komma."),
        (Reason(@"Expected end of string, but instead reached end of data\."), "Filen tar slut inne i en sträng: det avslutande citattecknet saknas."),
        (Reason(@"Expected end of comment, but instead reached end of data\."), "Filen tar slut inne i en kommentar."),
        (Reason(@"The input does not contain any (complete )?JSON tokens\..*"), "Filen innehåller ingen JSON."),
    ];

    /// <summary>The reason in Swedish for System.Text.Json's <paramref name="english"/> (its first sentences, without position).</summary>
    public static string Swedish(string english)
    {
        foreach (var (pattern, swedish) in Reasons)
        {
            if (pattern.Match(english) is { Success: true } match)
            {
                return string.Format(System.Globalization.CultureInfo.InvariantCulture, swedish, [.. match.Groups.Values.Skip(1).Select(g => (object)Token(g.Value))]);
            }
        }

        return english;
    }

    /// <summary>The text quoted in a reason up to where the token ends: for a literal it runs on to the end of the file.</summary>
    private static string Token(string quoted)
    {
        var end = quoted.AsSpan().IndexOfAny(TokenEnds);
        return end > 0 ? quoted[..end] : quoted;
    }

    private static Regex Reason(string english) => new($"^{english}$", RegexOptions.CultureInvariant | RegexOptions.Singleline, TimeSpan.FromSeconds(1));
}
