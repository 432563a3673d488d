using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.RazorPages.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Hallbar.Web.Tests.Authorization;

/// <summary>Every endpoint the application serves, as the router knows them: each page with each of its handlers, each API method, the static files.</summary>
internal static class Endpoints
{
    public static async Task<IReadOnlySet<(string Method, string Route, string? Handler)>> AllAsync(IServiceProvider services)
    {
        var loader = services.GetRequiredService<PageLoader>();
        var all = new HashSet<(string, string, string?)>();
        foreach (var endpoint in services.GetRequiredService<EndpointDataSource>().Endpoints)
        {
            var route = ServedBy.NameOf(endpoint);
            if (endpoint.Metadata.GetMetadata<PageActionDescriptor>() is { } page)
            {
                // A page answers GET even without a handler for it (the denial page has none); its handlers are known once it is loaded.
                all.Add((HttpMethods.Get, route, null));
                foreach (var handler in (await loader.LoadAsync(page, endpoint.Metadata)).HandlerMethods)
                {
                    all.Add((handler.HttpMethod.ToUpperInvariant(), route, handler.Name));
                }
            }
            else
            {
                // HEAD goes with GET; an endpoint of any method (Swagger UI's files) is asked with GET.
                var methods = endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? [HttpMethods.Get];
                foreach (var method in methods.Where(m => !HttpMethods.IsHead(m)))
                {
                    all.Add((method, route, null));
                }
            }
        }

        return all;
    }

    /// <summary>The routes of the Razor pages.</summary>
    public static IReadOnlySet<string> PageRoutes(IServiceProvider services) =>
        services.GetRequiredService<EndpointDataSource>().Endpoints
            .Where(e => e.Metadata.GetMetadata<PageActionDescriptor>() is not null)
            .Select(ServedBy.NameOf)
            .ToHashSet(StringComparer.Ordinal);
}
