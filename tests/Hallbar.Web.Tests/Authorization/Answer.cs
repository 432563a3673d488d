using System.Net;

namespace Hallbar.Web.Tests.Authorization;

/// <summary>The answer a request should get: its status and, for a redirect, the path it leads to.</summary>
public sealed record Answer(HttpStatusCode Status, string Name, string? Location = null)
{
    public const string SignInPath = "/konto/logga-in";
    public const string DeniedPath = "/konto/nekad";

    public static Answer Ok { get; } = new(HttpStatusCode.OK, "200");

    public static Answer Created { get; } = new(HttpStatusCode.Created, "201");

    /// <summary>A page sends the public to sign in.</summary>
    public static Answer SignIn { get; } = new(HttpStatusCode.Redirect, "302 sign-in", SignInPath);

    /// <summary>A page refuses someone signed in: to the page that says so, which answers 403.</summary>
    public static Answer Denied { get; } = new(HttpStatusCode.Redirect, "302 denied", DeniedPath);

    /// <summary>The API asks for a sign-in.</summary>
    public static Answer Unauthorized { get; } = new(HttpStatusCode.Unauthorized, "401");

    public static Answer Forbidden { get; } = new(HttpStatusCode.Forbidden, "403");

    public static Answer NotFound { get; } = new(HttpStatusCode.NotFound, "404");

    /// <summary>A redirect elsewhere: after a save, or to where a page lives.</summary>
    public static Answer Found(string path) => new(HttpStatusCode.Redirect, $"302 {path}", path);

    /// <summary>Whether the request was let through: an answer of the endpoint itself, not a refusal.</summary>
    public bool LetThrough => (int)Status < 400 && Location is not (SignInPath or DeniedPath);

    /// <summary>What the response got instead, or null when it is this answer.</summary>
    public string? Mismatch(HttpResponseMessage response)
    {
        ArgumentNullException.ThrowIfNull(response);
        // Where a redirect leads matters; the address of what was created (201) does not.
        var location = response.Headers.Location is { } to && (int)response.StatusCode is >= 300 and < 400 ? PathOf(to) : null;
        return response.StatusCode == Status && location == Location
            ? null
            : $"expected {Name}, got {(int)response.StatusCode}{(location is null ? string.Empty : " " + location)}";
    }

    /// <summary>The path a redirect leads to, without its query and fragment.</summary>
    private static string PathOf(Uri location)
    {
        var text = location.IsAbsoluteUri ? location.PathAndQuery : location.OriginalString;
        return text.Split('?', '#')[0];
    }
}
