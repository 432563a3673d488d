using System.Globalization;
using Hallbar.Data;
using Microsoft.AspNetCore.OutputCaching;

namespace Hallbar.Web.Site;

/// <summary>
/// The public's reads answered again from memory while the database has no newer change: the
/// overview and the API's reads are what the public asks for most, and each costs a model walk and a
/// page or document written out, where a cached answer costs one look at the newest change's id.
/// </summary>
/// <remarks>
/// Added to output caching's default policy, which keeps only GET and HEAD answers of 200 to requests
/// without a sign-in (no cookie user, no bearer token) that set no cookie, and varies by the whole query.
/// This adds the database's revision and the language to the key, so an answer is never served after
/// any change (every write adds to the change history, as <see cref="ModelCache"/> relies on too), and
/// each instance of several behind a load balancer checks the revision itself. An answer that must not
/// be kept (one with an antiforgery token says no-store) is not kept.
/// </remarks>
internal sealed class PublicReadCache : IOutputCachePolicy
{
    public const string Name = "public-read";

    public static void AddTo(OutputCacheOptions options) =>
        options.AddPolicy(Name, policy => policy.AddPolicy<PublicReadCache>());

    async ValueTask IOutputCachePolicy.CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        // Signed in, or not a read: the default policy already said no, and the revision is not needed.
        if (!context.AllowCacheLookup && !context.AllowCacheStorage)
        {
            return;
        }

        var db = context.HttpContext.RequestServices.GetRequiredService<HallbarDbContext>();
        context.CacheVaryByRules.VaryByValues["revision"] = (await ModelCache.RevisionAsync(db, cancellation)).ToString(CultureInfo.InvariantCulture);
        context.CacheVaryByRules.VaryByValues["language"] = CultureInfo.CurrentUICulture.Name;
    }

    ValueTask IOutputCachePolicy.ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

    ValueTask IOutputCachePolicy.ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        if (context.HttpContext.Response.Headers.CacheControl.ToString().Contains("no-store", StringComparison.OrdinalIgnoreCase))
        {
            context.AllowCacheStorage = false;
        }

        return ValueTask.CompletedTask;
    }
}
