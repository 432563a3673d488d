namespace Hallbar.Domain.Formatting;

/// <summary>Hallbar's texts come in Swedish, the default, and English.</summary>
internal static class Localized
{
    public static string T(string language, string sv, string en) => language == "en" ? en : sv;
}
