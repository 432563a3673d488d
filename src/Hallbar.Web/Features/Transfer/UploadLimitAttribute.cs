using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace Hallbar.Web.Features.Transfer;

/// <summary>
/// Refuses an upload larger than <see cref="MaxFileBytes"/> by the length the browser declares, before
/// anything reads the body: the antiforgery check would otherwise read it first and answer a bare
/// 400. The page is shown again with a message that says the limit.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
internal sealed class UploadLimitAttribute : Attribute, IAuthorizationFilter, IOrderedFilter
{
    public const long MaxFileBytes = 20 * 1024 * 1024;

    /// <summary>The file and the form around it (its other fields and multipart boundaries).</summary>
    public const long MaxRequestBytes = MaxFileBytes + (1024 * 1024);

    public const string TooLargeQuery = "for-stor";

    /// <summary>Before the antiforgery filter (order 1000), which reads the form.</summary>
    public int Order => -1000;

    public void OnAuthorization(AuthorizationFilterContext context)
    {
        var request = context.HttpContext.Request;
        if (HttpMethods.IsPost(request.Method) && request.ContentLength > MaxRequestBytes)
        {
            context.Result = new RedirectResult($"{request.PathBase}{request.Path}?{TooLargeQuery}=true");
        }
    }
}
