using Microsoft.AspNetCore.WebUtilities;

namespace Hallbar.Web.Tests.Authorization;

/// <summary>
/// One line of the matrix: a request to one endpoint — a page handler, an API endpoint, the static
/// files — and the answer each role gets. The handler of a page is the one the address names.
/// </summary>
public sealed record Row(string Method, string Route, string Url, Answer Anonymous, Answer Reader, Answer Admin, Answer UnitReporter, Answer OtherReporter)
{
    /// <summary>How the request's body is made; null for none.</summary>
    public Body? Body { get; init; }

    /// <summary>What the history names a change this request makes ("outcome"); null when no request of the row may change anything.</summary>
    public string? Writes { get; init; }

    /// <summary>Sent from a session of its own: signing out ends the session that the other rows share.</summary>
    public bool OwnSession { get; init; }

    public string Name => $"{Method} {Url}";

    /// <summary>The page handler the address names ("Csv" in ?handler=Csv), else null.</summary>
    public string? Handler =>
        QueryHelpers.ParseQuery(new Uri(new Uri("http://localhost"), Url).Query).TryGetValue("handler", out var handler) ? handler.ToString() : null;

    public bool IsApi => Route.StartsWith("api/", StringComparison.Ordinal);

    public Answer For(Role role) => role switch
    {
        Role.Anonymous => Anonymous,
        Role.Reader => Reader,
        Role.Admin => Admin,
        Role.UnitReporter => UnitReporter,
        _ => OtherReporter,
    };
}
