using System.Security.Claims;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Threading.RateLimiting;
using Hallbar.Web.Features.Account;
using Hallbar.Web.Features.Assessments;
using Hallbar.Web.Features.Organizations;
using Hallbar.Web.Features.Outcomes;
using Hallbar.Web.Features.Reports;
using Hallbar.Web.Features.Rounds;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;

namespace Hallbar.Web.Site;

/// <summary>
/// The JSON API under /api: each feature maps its own group, this puts them together with what they
/// share (JSON shape, sign-in by cookie or bearer token, the rule for writes, errors as problem
/// details) and serves the OpenAPI document and its interactive page.
/// </summary>
public static class Api
{
    public const string Prefix = "/api";
    public const string DocumentPath = "/api/openapi.json";
    public const string DocumentationPath = "/api/dokumentation";
    public const string TokenRateLimit = "api-token";

    /// <summary>Authenticates a request to the API from its bearer token when it has one, else from the cookie as every page does.</summary>
    private const string CookieOrBearerScheme = "HallbarCookieOrBearer";

    public static bool IsApiRequest(HttpContext context) => context.Request.Path.StartsWithSegments(Prefix);

    /// <summary>Who the history names for a change: the signed-in person's email.</summary>
    public static string ChangedBy(ClaimsPrincipal user) =>
        user.FindFirstValue(ClaimTypes.Email) ?? user.Identity?.Name ?? throw new InvalidOperationException("A change needs a signed-in user.");

    public static IServiceCollection AddHallbarApi(this IServiceCollection services)
    {
        services.ConfigureHttpJsonOptions(options =>
        {
            // camelCase names (the web default), enums as camelCase words and numbers as JSON numbers only, never
            // strings ("4.5" is refused); dates are ISO 8601 as they are.
            options.SerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase));
            options.SerializerOptions.NumberHandling = JsonNumberHandling.Strict;
        });
        services.AddProblemDetails(options => options.CustomizeProblemDetails = context => ApiProblems.AddEnglish(context.ProblemDetails));
        services.AddOpenApi(ApiDocument.Configure);

        // Scripts sign in with POST /api/token and send "Authorization: Bearer ...": Identity's own
        // bearer tokens, protected by the data protection keys every instance shares. Browsers never
        // send such a header by themselves, so a token cannot be used by another site.
        services.AddAuthentication()
            .AddBearerToken(IdentityConstants.BearerScheme)
            .AddPolicyScheme(CookieOrBearerScheme, "Cookie or bearer token", options => options.ForwardDefaultSelector = context =>
                IsApiRequest(context) && context.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
                    ? IdentityConstants.BearerScheme
                    : IdentityConstants.ApplicationScheme);
        // Only who the request is from: signing in and out, challenges (401) and refusals (403) stay with the cookie as Identity set them.
        services.PostConfigure<AuthenticationOptions>(options => options.DefaultAuthenticateScheme = CookieOrBearerScheme);
        services.AddRateLimiter(options => options.AddPolicy(TokenRateLimit, context =>
            RateLimitPartition.GetFixedWindowLimiter(context.Connection.RemoteIpAddress?.ToString() ?? "unknown", _ => new FixedWindowRateLimiterOptions { PermitLimit = 10, Window = TimeSpan.FromMinutes(1) })));
        return services;
    }

    /// <summary>The API's error answers: problem details in JSON, never the error page meant for people.</summary>
    public static IApplicationBuilder UseHallbarApiErrors(this IApplicationBuilder app) =>
        app.UseWhen(IsApiRequest, api => api.UseStatusCodePages());

    public static WebApplication MapHallbarApi(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var api = app.MapGroup(Prefix).AddEndpointFilter(JsonWritesOnly);
        api.MapAccountApi();
        api.MapOrganizationsApi();
        api.MapOutcomesApi();
        api.MapAssessmentsApi();
        api.MapRoundsApi();
        api.MapReportsApi();

        app.MapOpenApi(DocumentPath);
        app.UseWhen(context => context.Request.Path.StartsWithSegments(DocumentationPath), ui => ui.Use(async (context, next) =>
        {
            // Swagger UI, the only page with a script, sets a few styles as inline style attributes (its
            // logo among them), which the site's policy blocks: only its own path allows inline styles.
            // Inline scripts stay forbidden, and its scripts and styles come from the package itself.
            context.Response.Headers.ContentSecurityPolicy = SecurityHeaders.ContentSecurityPolicy.Replace("style-src 'self'", "style-src 'self' 'unsafe-inline'", StringComparison.Ordinal);
            await next(context);
        }));
        app.MapSwaggerUI(DocumentationPath.TrimStart('/'), options =>
        {
            options.SwaggerEndpoint(DocumentPath, "Hallbar API");
            options.DocumentTitle = "Hallbar API – dokumentation";
            options.EnableTryItOutByDefault();
            options.InjectStylesheet("/css/api-dokumentation.css");
        });
        return app;
    }

    /// <summary>
    /// Writes carry JSON, or are refused before they do anything. The API accepts the sign-in cookie
    /// (SameSite=Lax), so this is what keeps another site from writing in a signed-in person's name:
    /// a cross-site form can only send form or plain-text bodies, and a cross-site script that sends
    /// JSON must first be let through by CORS, which Hallbar never allows. A bearer token is never
    /// sent by a browser on its own. No antiforgery token is needed, and scripts only set the
    /// Content-Type they already send.
    /// </summary>
    private static async ValueTask<object?> JsonWritesOnly(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var request = context.HttpContext.Request;
        if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method) && !HttpMethods.IsOptions(request.Method) && !request.HasJsonContentType())
        {
            return ApiProblems.Problem(StatusCodes.Status415UnsupportedMediaType,
                "Skrivningar skickas som JSON", "Writes are sent as JSON",
                "Ange Content-Type: application/json.", "Send Content-Type: application/json.");
        }

        return await next(context);
    }
}
