using System.CommandLine;

namespace Hallbar.Cli;

/// <summary>`--lang sv|en`: the language a command speaks, Swedish unless English is asked for.</summary>
internal static class LanguageOption
{
    public static Option<string> Create(string description)
    {
        var language = new Option<string>("--lang") { Description = description, DefaultValueFactory = _ => "sv" };
        language.AcceptOnlyFromAmong("sv", "en");
        return language;
    }

    public static bool IsEnglish(this ParseResult parsed, Option<string> language) => parsed.GetValue(language) == "en";
}
