using System.Globalization;
using Hallbar.Data.Editing;
using Hallbar.Data.Transfer;
using Hallbar.ModelFile;

namespace Hallbar.Web.Site;

/// <summary>The interface's words: Swedish, or English when the reader chose it.</summary>
public static class Ui
{
    public static bool IsEnglish => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en";

    public static string Language => IsEnglish ? "en" : "sv";

    public static string T(string sv, string en) => IsEnglish ? en : sv;

    /// <summary>What an edit came to, in the reader's language.</summary>
    public static string Of(EditResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return T(result.Message, result.English);
    }

    /// <summary>Why a row of an imported table was refused, in the reader's language.</summary>
    public static string Of(TableProblem problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        return T(problem.Reason, problem.English);
    }

    /// <summary>Why a field of a change was refused, in the reader's language.</summary>
    public static string Of(FieldProblem problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        return T(problem.Message, problem.English);
    }

    /// <summary>Why a model file was refused, in the reader's language.</summary>
    public static string Of(ModelError error)
    {
        ArgumentNullException.ThrowIfNull(error);
        return T(error.Message, error.English);
    }
}
