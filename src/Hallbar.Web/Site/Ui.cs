using System.Globalization;

namespace Hallbar.Web.Site;

/// <summary>The interface's words: Swedish, or English when the reader chose it.</summary>
public static class Ui
{
    public static bool IsEnglish => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en";

    public static string Language => IsEnglish ? "en" : "sv";

    public static string T(string sv, string en) => IsEnglish ? en : sv;
}
