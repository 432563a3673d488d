using System.Globalization;
using System.Security.Claims;
using System.Threading.RateLimiting;
using Hallbar.Data;
using Hallbar.Data.Accounts;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;

namespace Hallbar.Web.Site;

/// <summary>
/// Who may do what: local accounts with ASP.NET Core Identity (or OpenID Connect when configured),
/// roles and policies, the sign-in rate limit, and keys kept in the database so that any web instance
/// reads any other's cookies.
/// </summary>
public static class Accounts
{
    public const string AdminPolicy = "Admin";
    public const string ReporterPolicy = "Reporter";
    public const string SignedInPolicy = "SignedIn";
    public const string SignInPath = "/konto/logga-in";
    public const string OpenIdConnectScheme = "oidc";
    public const string ChangePasswordPath = "/konto/byt-losenord";

    /// <summary>A user claim of an account whose password an admin made: it must choose its own before anything else. Its value is when the password expires.</summary>
    public const string OneTimePasswordClaim = "hallbar:one-time-password";

    /// <summary>How long a one-time password may be used to sign in.</summary>
    public static readonly TimeSpan OneTimePasswordLifetime = TimeSpan.FromDays(7);

    /// <summary>The claim of a one-time password made now, expiring after <see cref="OneTimePasswordLifetime"/>.</summary>
    public static Claim OneTimePassword(DateTimeOffset now) =>
        new(OneTimePasswordClaim, (now + OneTimePasswordLifetime).ToString("O", CultureInfo.InvariantCulture));

    /// <summary>Whether the account's claims hold a one-time password, and until when it may be used (null: no end, as a claim without a time).</summary>
    public static (bool Has, DateTimeOffset? ExpiresAt) OneTimePasswordOf(IEnumerable<Claim> claims) =>
        claims.FirstOrDefault(c => c.Type == OneTimePasswordClaim) is { } claim
            ? (true, DateTimeOffset.TryParse(claim.Value, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var at) ? at : null)
            : (false, null);

    public static void AddHallbarAccounts(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddIdentity<HallbarUser, IdentityRole>(options =>
            {
                options.Password.RequiredLength = 12;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(5);
                options.User.RequireUniqueEmail = true;
            })
            .AddEntityFrameworkStores<HallbarDbContext>()
            .AddDefaultTokenProviders();
        services.ConfigureApplicationCookie(options =>
        {
            options.Cookie.Name = "hallbar";
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Lax;
            // Secure whenever Hallbar is reached over HTTPS, as it is in production; plain HTTP on localhost still works.
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            options.LoginPath = SignInPath;
            options.LogoutPath = "/konto/logga-ut";
            options.AccessDeniedPath = "/konto/nekad";
            options.SlidingExpiration = true;
            options.ExpireTimeSpan = TimeSpan.FromHours(8);
            // The API answers 401 and 403; only pages are sent to the sign-in page.
            options.Events.OnRedirectToLogin = context => ApiOr(context, StatusCodes.Status401Unauthorized);
            options.Events.OnRedirectToAccessDenied = context => ApiOr(context, StatusCodes.Status403Forbidden);
        });
        // A sign-in is checked against the account every minute: a disabled account, a new password or role takes effect within it.
        services.Configure<SecurityStampValidatorOptions>(options => options.ValidationInterval = TimeSpan.FromMinutes(1));
        services.AddDataProtection().PersistKeysToDbContext<HallbarDbContext>().SetApplicationName("Hallbar");
        services.AddAuthorizationBuilder()
            .AddPolicy(AdminPolicy, policy => policy.RequireRole(Roles.Admin))
            .AddPolicy(ReporterPolicy, policy => policy.RequireRole(Roles.Admin, Roles.Reporter))
            .AddPolicy(SignedInPolicy, policy => policy.RequireRole(Roles.All));
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            // Guessing passwords from one address: ten tries a minute, then wait. Nothing else is limited.
            options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
                HttpMethods.IsPost(context.Request.Method) && context.Request.Path.Equals(SignInPath, StringComparison.OrdinalIgnoreCase)
                    ? RateLimitPartition.GetFixedWindowLimiter(context.Connection.RemoteIpAddress?.ToString() ?? "unknown", _ => new FixedWindowRateLimiterOptions { PermitLimit = 10, Window = TimeSpan.FromMinutes(1) })
                    : RateLimitPartition.GetNoLimiter(string.Empty));
        });

        if (configuration.GetSection("Authentication:OpenIdConnect") is { } oidc && !string.IsNullOrEmpty(oidc["Authority"]))
        {
            services.AddAuthentication().AddOpenIdConnect(OpenIdConnectScheme, oidc["DisplayName"] ?? "Logga in med organisationens konto", options =>
            {
                options.SignInScheme = IdentityConstants.ExternalScheme;
                options.Authority = oidc["Authority"];
                options.ClientId = oidc["ClientId"];
                options.ClientSecret = oidc["ClientSecret"];
                options.ResponseType = "code";
                options.Scope.Add("email");
                options.MapInboundClaims = false;
                options.TokenValidationParameters.NameClaimType = "name";
            });
        }
    }

    /// <summary>The reporter's org units in an organization.</summary>
    public static IReadOnlySet<string> UnitsOf(ClaimsPrincipal user, string organizationId)
    {
        ArgumentNullException.ThrowIfNull(user);
        var prefix = organizationId + "/";
        return user.FindAll(Roles.UnitClaim).Select(c => c.Value).Where(v => v.StartsWith(prefix, StringComparison.Ordinal)).Select(v => v[prefix.Length..]).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>The units a reporter reports for in an organization: their own and every unit under them.</summary>
    public static IReadOnlySet<string> ReportsFor(ClaimsPrincipal user, Hallbar.Domain.Organizations.Organization organization) =>
        WithSubUnits(UnitsOf(user, organization.Id), organization);

    /// <summary>The units with all the units under them, to any depth: a reporter of a unit reports for its sub-units too.</summary>
    public static IReadOnlySet<string> WithSubUnits(IEnumerable<string> units, Hallbar.Domain.Organizations.Organization organization)
    {
        ArgumentNullException.ThrowIfNull(organization);
        var result = new HashSet<string>(units.Where(id => organization.Units.Any(u => u.Id == id)), StringComparer.Ordinal);
        bool added;
        do
        {
            added = false;
            foreach (var unit in organization.Units)
            {
                added |= unit.ParentId is { } parent && result.Contains(parent) && result.Add(unit.Id);
            }
        }
        while (added);

        return result;
    }

    /// <summary>
    /// After authentication: a bearer token counts only while its account is as it was when the token was given
    /// (not disabled, same password, same role: the security stamp); an account with a one-time password
    /// reaches no page but the one to change it (and the API refuses it) until it has.
    /// </summary>
    public static IApplicationBuilder UseAccountChecks(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (Api.IsApiRequest(context) && context.User.Identity?.IsAuthenticated == true
            && context.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            var signIn = context.RequestServices.GetRequiredService<SignInManager<HallbarUser>>();
            if (await signIn.ValidateSecurityStampAsync(context.User) is not { } user || await signIn.UserManager.IsLockedOutAsync(user))
            {
                context.User = new ClaimsPrincipal(new ClaimsIdentity());
            }
        }

        if (context.User.HasClaim(c => c.Type == OneTimePasswordClaim))
        {
            if (Api.IsApiRequest(context))
            {
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                return;
            }

            var page = context.GetEndpoint()?.Metadata.GetMetadata<Microsoft.AspNetCore.Mvc.RazorPages.PageActionDescriptor>();
            if (page is not null && page.ViewEnginePath is not ("/Account/ChangePassword" or "/Account/SignOut" or "/Account/SignIn" or "/Errors/Index"))
            {
                context.Response.Redirect(ChangePasswordPath);
                return;
            }
        }

        await next(context);
    });

    private static Task ApiOr(Microsoft.AspNetCore.Authentication.RedirectContext<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions> context, int status)
    {
        if (context.Request.Path.StartsWithSegments("/api"))
        {
            context.Response.StatusCode = status;
        }
        else
        {
            context.Response.Redirect(context.RedirectUri);
        }

        return Task.CompletedTask;
    }
}
