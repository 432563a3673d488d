using Hallbar.Data.Editing;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Hallbar.Web.Site;

/// <summary>
/// The API's errors as problem details (RFC 9457) in both languages: <c>title</c> and <c>detail</c> in
/// Swedish, as the pages say them, and <c>titleEn</c> and <c>detailEn</c> in English.
/// </summary>
internal static class ApiProblems
{
    public static ProblemHttpResult Problem(int status, string title, string titleEn, string? detail = null, string? detailEn = null, IDictionary<string, object?>? extensions = null)
    {
        var all = new Dictionary<string, object?>(extensions ?? new Dictionary<string, object?>(), StringComparer.Ordinal) { ["titleEn"] = titleEn };
        if (detailEn is not null)
        {
            all["detailEn"] = detailEn;
        }

        return TypedResults.Problem(detail, statusCode: status, title: title, extensions: all);
    }

    /// <summary>A request with fields that are wrong: each field with what is wrong in it.</summary>
    public static ValidationProblem Invalid(string field, string message, string messageEn) =>
        TypedResults.ValidationProblem(
            new Dictionary<string, string[]> { [field] = [message] },
            detail: message,
            title: "Uppgifterna behöver rättas",
            extensions: new Dictionary<string, object?> { ["titleEn"] = "The request needs correcting", ["detailEn"] = messageEn });

    public static ProblemHttpResult NotFound(string what, string whatEn) =>
        Problem(StatusCodes.Status404NotFound, "Finns inte", "Not found", what, whatEn);

    public static ProblemHttpResult NoOrganization(string organizationId) =>
        NotFound($"Organisationen '{organizationId}' finns inte.", $"There is no organization '{organizationId}'.");

    /// <summary>The public asked for what is not yet published (or for the newest year, when none is): signing in may show it.</summary>
    public static ProblemHttpResult NotPublished(int? year) => year is { } y
        ? Problem(StatusCodes.Status401Unauthorized, "Inloggning krävs", "Sign-in required",
            $"Redovisningsåret {y} är inte publicerat; logga in för att se det.", $"The report year {y} is not published; sign in to see it.")
        : Problem(StatusCodes.Status401Unauthorized, "Inloggning krävs", "Sign-in required",
            "Inget redovisningsår är publicerat ännu; logga in för att se dem.", "No report year is published yet; sign in to see them.");

    public static ProblemHttpResult Forbidden(string detail, string detailEn) =>
        Problem(StatusCodes.Status403Forbidden, "Inte behörig", "Not permitted", detail, detailEn);

    /// <summary>
    /// An edit that was not saved, with the editor's message as <c>detail</c> and <c>detailEn</c>: 409
    /// with the value as it now stands when someone else got there first, 423 when the round is locked,
    /// 404, and 400 on the field the editor refused.
    /// </summary>
    public static IResult Of(EditResult result, string field, object? current = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        return result.Status switch
        {
            EditStatus.Conflict => Problem(StatusCodes.Status409Conflict, "Ändrat av någon annan", "Changed by someone else", result.Message, result.English,
                new Dictionary<string, object?> { ["current"] = current ?? result.Current, ["currentVersion"] = result.CurrentVersion }),
            EditStatus.Locked => Problem(StatusCodes.Status423Locked, "Rapportomgången är låst", "The reporting round is locked", result.Message, result.English),
            EditStatus.NotFound => NotFound(result.Message, result.English),
            EditStatus.Invalid => Invalid(field, result.Message, result.English),
            _ => throw new InvalidOperationException($"{result.Status} is no error."),
        };
    }

    /// <summary>English beside the Swedish for the problems the framework writes itself (401, 403, 415, a body that is not JSON).</summary>
    public static void AddEnglish(ProblemDetails problem)
    {
        var (title, titleEn) = problem.Status switch
        {
            StatusCodes.Status400BadRequest => ("Felaktig begäran", "Bad request"),
            StatusCodes.Status401Unauthorized => ("Inloggning krävs", "Sign-in required"),
            StatusCodes.Status403Forbidden => ("Inte behörig", "Not permitted"),
            StatusCodes.Status404NotFound => ("Finns inte", "Not found"),
            StatusCodes.Status405MethodNotAllowed => ("Metoden stöds inte här", "Method not allowed"),
            StatusCodes.Status415UnsupportedMediaType => ("Skrivningar skickas som JSON", "Writes are sent as JSON"),
            StatusCodes.Status429TooManyRequests => ("För många försök", "Too many requests"),
            _ => ("Fel", "Error"),
        };
        if (problem.Extensions.ContainsKey("titleEn"))
        {
            return;
        }

        problem.Extensions["titleEn"] = titleEn;
        problem.Title = title;
    }
}
