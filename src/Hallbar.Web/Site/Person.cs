using System.Security.Claims;

namespace Hallbar.Web.Site;

/// <summary>Who a signed-in person is in the change history: their email address.</summary>
internal static class Person
{
    public static string Of(ClaimsPrincipal user) =>
        user.FindFirstValue(ClaimTypes.Email) ?? user.Identity?.Name ?? throw new InvalidOperationException("A change is made by someone signed in.");
}
