using System.ComponentModel;
using Hallbar.Data.Accounts;
using Hallbar.Web.Site;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Identity;

namespace Hallbar.Web.Features.Account;

/// <summary>Signing in from a script: a bearer token for the same account and roles as the web site's sign-in.</summary>
public static class AccountApi
{
    public static RouteGroupBuilder MapAccountApi(this RouteGroupBuilder api)
    {
        api.MapPost("/token", TokenAsync)
            .RequireRateLimiting(Api.TokenRateLimit)
            .WithTags("Inloggning / Sign-in")
            .WithName("GetToken")
            .WithSummary("Logga in och få en token / Sign in and get a token")
            .WithDescription("Samma konton, lösenord och spärr efter fem misslyckade försök som inloggningssidan. Skicka accessToken som Authorization: Bearer; den gäller i expiresIn sekunder. "
                + "/ The same accounts, passwords and lockout after five failed tries as the sign-in page. Send accessToken as Authorization: Bearer; it is valid for expiresIn seconds.")
            .Produces<AccessTokenResponse>()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);
        return api;
    }

    private static async Task<IResult> TokenAsync(TokenRequestJson body, SignInManager<HallbarUser> signIn)
    {
        // Identity's bearer scheme writes the token as the answer when the sign-in succeeds.
        signIn.AuthenticationScheme = IdentityConstants.BearerScheme;
        var result = await signIn.PasswordSignInAsync(body.Email ?? string.Empty, body.Password ?? string.Empty, isPersistent: false, lockoutOnFailure: true);
        return result.Succeeded
            ? TypedResults.Empty
            : ApiProblems.Problem(StatusCodes.Status401Unauthorized, "Inloggningen misslyckades", "Sign-in failed",
                result.IsLockedOut ? "För många misslyckade försök. Kontot är låst i fem minuter." : "Fel e-postadress eller lösenord.",
                result.IsLockedOut ? "Too many failed attempts. The account is locked for five minutes." : "Wrong email address or password.");
    }
}

/// <summary>An account's email and password.</summary>
[Description("E-postadress och lösenord. / Email and password.")]
internal sealed record TokenRequestJson(string? Email = null, string? Password = null);
