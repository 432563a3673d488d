using System.Net.Http.Json;

namespace Hallbar.Web.Tests.Authorization;

/// <summary>Who sends a request: the application, the role, and the antiforgery token of their session (null: send a form without one).</summary>
public sealed record Caller(MatrixFactory App, Role Role, string? Token)
{
    /// <summary>A form as a browser posts it, with the session's antiforgery token.</summary>
    public HttpContent Form(Dictionary<string, string> fields)
    {
        ArgumentNullException.ThrowIfNull(fields);
        if (Token is not null)
        {
            fields["__RequestVerificationToken"] = Token;
        }

        return new FormUrlEncodedContent(fields);
    }

    /// <summary>A file as an upload form posts it (multipart), with its other fields and the antiforgery token.</summary>
    public HttpContent Upload(string fileName, byte[] file, Dictionary<string, string>? fields = null)
    {
        var content = new MultipartFormDataContent();
        foreach (var (name, value) in fields ?? [])
        {
            content.Add(new StringContent(value), name);
        }

        if (Token is not null)
        {
            content.Add(new StringContent(Token), "__RequestVerificationToken");
        }

        var bytes = new ByteArrayContent(file);
        bytes.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/octet-stream");
        content.Add(bytes, "file", fileName);
        return content;
    }

    public static HttpContent Json(object value) => JsonContent.Create(value);
}
