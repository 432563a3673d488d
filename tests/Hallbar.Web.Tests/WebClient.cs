using System.Net;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Hallbar.Web.Tests;

/// <summary>
/// A browser-like client of the in-process application: keeps cookies, follows no redirects, signs in
/// through the form. Made from an HttpClient, that client must do the same (see the authorization matrix).
/// </summary>
public sealed class WebClient(HttpClient http) : IDisposable
{
    private readonly HttpClient _http = http;

    public WebClient(HallbarWebFactory factory)
        : this((factory ?? throw new ArgumentNullException(nameof(factory))).CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true }))
    {
    }

    public HttpClient Http => _http;

    /// <summary>Signs in with the sign-in form, as a person does; throws when the account does not get in.</summary>
    public async Task SignInAsync(string email, string password = "Hallbar-demo-2025")
    {
        var form = await GetDocumentAsync("/konto/logga-in");
        var response = await PostFormAsync("/konto/logga-in", form, new() { ["Email"] = email, ["Password"] = password });
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"{email} could not sign in: {response.StatusCode}.");
        }
    }

    public async Task<IHtmlDocument> GetDocumentAsync(string path)
    {
        using var response = await _http.GetAsync(new Uri(path, UriKind.Relative));
        response.EnsureSuccessStatusCode();
        return new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
    }

    /// <summary>Posts a form with the antiforgery token the page it came from carries.</summary>
    public async Task<HttpResponseMessage> PostFormAsync(string path, IHtmlDocument page, Dictionary<string, string> fields)
    {
        ArgumentNullException.ThrowIfNull(page);
        var token = page.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value")
            ?? throw new InvalidOperationException("The page has no antiforgery token.");
        fields["__RequestVerificationToken"] = token;
        using var content = new FormUrlEncodedContent(fields);
        return await _http.PostAsync(new Uri(path, UriKind.Relative), content);
    }

    public void Dispose() => _http.Dispose();
}
