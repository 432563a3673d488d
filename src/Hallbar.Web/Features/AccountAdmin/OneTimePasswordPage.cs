using Microsoft.Net.Http.Headers;

namespace Hallbar.Web.Features.AccountAdmin;

/// <summary>A page that shows a one-time password: kept by no cache and no browser history.</summary>
internal static class OneTimePasswordPage
{
    public static void NotKept(HttpResponse response) => response.Headers[HeaderNames.CacheControl] = "no-store";
}
