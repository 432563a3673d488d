using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.StaticAssets;

namespace Hallbar.Web.Tests.Authorization;

/// <summary>
/// Says in a response header which endpoint the router chose for the request, so that the matrix knows
/// each row reached the endpoint it names and not another with a similar route. The first endpoint is
/// the one: an error page shown in its place is chosen later, and Swagger UI clears its own to serve files.
/// </summary>
public sealed class ServedBy : IStartupFilter
{
    public const string Header = "X-Matrix-Endpoint";

    /// <summary>What the matrix calls every file of wwwroot, served by one endpoint each.</summary>
    public const string StaticFiles = "(wwwroot)";

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use(async (context, nextMiddleware) =>
        {
            var chosen = new FirstEndpoint();
            context.Features.Set<IEndpointFeature>(chosen);
            context.Response.OnStarting(() =>
            {
                context.Response.Headers[Header] = chosen.First is { } endpoint ? NameOf(endpoint) : "(none)";
                return Task.CompletedTask;
            });
            await nextMiddleware(context);
        });
        next(app);
    };

    /// <summary>An endpoint as the matrix names it: its route without the slashes around it ("{org}/inmatning", "api/organizations"), or <see cref="StaticFiles"/>.</summary>
    /// <remarks>
    /// Run from a build rather than published, static assets add a fallback that serves a file of wwwroot
    /// missing from the build's manifest (one added since): wwwroot as well, and as public.
    /// </remarks>
    public static string NameOf(Endpoint endpoint) => endpoint switch
    {
        _ when endpoint.Metadata.GetMetadata<StaticAssetDescriptor>() is not null => StaticFiles,
        RouteEndpoint { RoutePattern.RawText: "{**path:file}", Order: int.MaxValue } => StaticFiles,
        RouteEndpoint route => route.RoutePattern.RawText?.Trim('/') ?? string.Empty,
        _ => endpoint.DisplayName ?? "(unnamed)",
    };

    /// <summary>The request's endpoint as routing sets it, remembering the first one set.</summary>
    private sealed class FirstEndpoint : IEndpointFeature
    {
        private Endpoint? _endpoint;

        public Endpoint? First { get; private set; }

        public Endpoint? Endpoint
        {
            get => _endpoint;
            set
            {
                _endpoint = value;
                First ??= value;
            }
        }
    }
}
