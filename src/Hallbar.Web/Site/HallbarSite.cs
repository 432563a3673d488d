using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Hallbar.Data;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.WebEncoders;

namespace Hallbar.Web.Site;

/// <summary>How the web application is put together; Program.cs only calls these.</summary>
public static partial class HallbarSite
{
    private static readonly CultureInfo[] Cultures = [new("sv-SE"), new("en-GB")];

    public static WebApplicationBuilder AddHallbar(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;

        // Run from a build (dotnet run), the styles are found through the build's manifest; a published
        // Hallbar has them in wwwroot and no manifest, and this does nothing.
        builder.WebHost.UseStaticWebAssets();
        var database = DatabaseSettings.Resolve(builder.Configuration["Hallbar:Database"], builder.Configuration["Hallbar:DatabaseProvider"]);
        services.AddSingleton(database);
        // Pooled: a request's context is reset and reused rather than built anew, which every page and API read pays for.
        services.AddDbContextPool<HallbarDbContext>(database.Configure);
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<ModelCache>();
        services.AddScoped<Publication>();
        services.AddScoped<Hallbar.Data.Surveys.SurveyDesk>();
        services.AddScoped<Hallbar.Data.Editing.HighlightDesk>();
        services.AddScoped<Hallbar.Data.Editing.SectionDesk>();
        services.AddScoped<Features.Reading.YearAccess>();
        services.AddScoped<Features.AccountAdmin.AccountDesk>();
        services.AddSingleton<Features.Report.ReportFiles>();
        services.AddOutputCache(PublicReadCache.AddTo);
        services.AddHallbarAccounts(builder.Configuration);
        services.AddHallbarApi();
        services.AddRazorPages(options => options.RootDirectory = "/Features").AddMvcOptions(options => options.Filters.Add<UnhandledMethodFilter>());
        // Swedish letters as letters, not as character references.
        services.Configure<WebEncoderOptions>(options => options.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        services.Configure<RequestLocalizationOptions>(options =>
        {
            options.DefaultRequestCulture = new RequestCulture(Cultures[0]);
            options.SupportedCultures = Cultures;
            options.SupportedUICultures = Cultures;
            options.RequestCultureProviders = [new QueryStringRequestCultureProvider { QueryStringKey = "lang", UIQueryStringKey = "lang" }, new CookieRequestCultureProvider()];
        });
        return builder;
    }

    /// <summary>Creates or upgrades the database and, when it is empty, loads the demo data.</summary>
    public static async Task PrepareDatabaseAsync(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HallbarDbContext>();
        await HallbarDatabase.MigrateAsync(db);
        var demoLoaded = app.Configuration.GetValue("Hallbar:Demo", true) && await HallbarDatabase.StartWithDemoAsync(db, TimeProvider.System);
        if (demoLoaded)
        {
            DemoLoaded(app.Logger);
        }

        await DemoAccounts.EnsureAsync(scope.ServiceProvider, demoLoaded, app.Logger);
    }

    public static WebApplication UseHallbar(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/fel");
        }

        app.UseSecurityHeaders();
        app.UseHallbarApiErrors();
        app.UseWhen(context => !Api.IsApiRequest(context), pages => pages.UseStatusCodePagesWithReExecute("/fel", "?status={0}"));
        app.UseRequestLocalization();
        app.Use(async (context, next) =>
        {
            // A language chosen with ?lang= is remembered for the pages that follow.
            if (context.Request.Query["lang"] is [{ } language] && Cultures.Any(c => c.Name == language))
            {
                context.Response.Cookies.Append(CookieRequestCultureProvider.DefaultCookieName, CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(language)),
                    new CookieOptions { HttpOnly = true, SameSite = SameSiteMode.Lax, IsEssential = true, MaxAge = TimeSpan.FromDays(365) });
            }

            await next(context);
        });
        app.UseRouting();
        app.UseAuthentication();
        app.UseAccountChecks();
        app.UseAuthorization();
        app.UseRateLimiter();
        // After authentication and the language: whether and under which key an answer is kept depends on both.
        app.UseOutputCache();
        app.MapStaticAssets();
        Features.Report.ReportStylesheet.MapReportStylesheet(app);
        app.MapRazorPages().WithStaticAssets();
        app.MapHallbarApi();
        return app;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "The database was empty: the demo data (Region Västmanland 2025) is loaded.")]
    private static partial void DemoLoaded(ILogger logger);
}
