using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Hallbar.Web.Tests.Api;

public sealed partial class OpenApiTests(HallbarWebFactory factory) : IClassFixture<HallbarWebFactory>
{
    [Fact]
    public async Task Document_Parses_AndDescribesEveryApiEndpointInBothLanguages()
    {
        using var client = new WebClient(factory);

        using var document = JsonDocument.Parse(await client.Http.GetStringAsync(new Uri("/api/openapi.json", UriKind.Relative)));

        var root = document.RootElement;
        var description = root.GetProperty("info").GetProperty("description").GetString()!;
        Assert.Contains("Skrivningar", description, StringComparison.Ordinal);
        Assert.Contains("Writes", description, StringComparison.Ordinal);
        var documented = root.GetProperty("paths").EnumerateObject()
            .SelectMany(path => path.Value.EnumerateObject().Select(operation => (Method: operation.Name.ToUpperInvariant(), Path: path.Name, Operation: operation.Value)))
            .ToList();
        var mapped = factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText is { } raw && raw.StartsWith("/api/", StringComparison.Ordinal) && !raw.StartsWith("/api/dokumentation", StringComparison.Ordinal) && raw != "/api/openapi.json")
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? []).Select(method => (Method: method, Path: Constraint().Replace(e.RoutePattern.RawText!.TrimEnd('/'), "}"))))
            .ToList();
        Assert.Equal(11, mapped.Count);
        Assert.All(mapped, endpoint =>
        {
            var operation = Assert.Single(documented, d => d.Method == endpoint.Method && d.Path == endpoint.Path).Operation;
            Assert.Contains(" / ", operation.GetProperty("summary").GetString(), StringComparison.Ordinal);
            Assert.Contains(operation.GetProperty("responses").EnumerateObject(), response => response.Name.StartsWith('2'));
        });
    }

    [Fact]
    public async Task Documentation_ServesTheInteractivePageFromHallbarItself()
    {
        using var client = new WebClient(factory);

        var redirect = await client.Http.GetAsync(new Uri("/api/dokumentation", UriKind.Relative));
        var page = await client.Http.GetAsync(new Uri("/api/dokumentation/index.html", UriKind.Relative));

        Assert.Equal(HttpStatusCode.MovedPermanently, redirect.StatusCode);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var html = new HtmlParser().ParseDocument(await page.Content.ReadAsStringAsync());
        Assert.NotNull(html.QuerySelector("#swagger-ui"));
        var pageAddress = new Uri(client.Http.BaseAddress!, "/api/dokumentation/index.html");
        foreach (var source in html.Scripts.Select(s => s.GetAttribute("src")!))
        {
            // Every script is a file of the page's own, served here: none comes from another site.
            Assert.DoesNotContain("//", source, StringComparison.Ordinal);
            Assert.Equal(HttpStatusCode.OK, (await client.Http.GetAsync(new Uri(pageAddress, source))).StatusCode);
        }

        var policy = page.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("style-src 'self' 'unsafe-inline'", policy, StringComparison.Ordinal);
        Assert.Contains("script-src 'self';", policy, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OtherPages_KeepTheStrictPolicy()
    {
        using var client = new WebClient(factory);

        var response = await client.Http.GetAsync(new Uri("/api/organizations", UriKind.Relative));

        Assert.DoesNotContain("unsafe-inline", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
    }

    /// <summary>A route constraint ("{year:int}"), which the document leaves out.</summary>
    [GeneratedRegex(@":[a-z]+\}")]
    private static partial Regex Constraint();
}
