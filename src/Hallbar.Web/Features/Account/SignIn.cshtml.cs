using System.ComponentModel.DataAnnotations;
using Hallbar.Data.Accounts;
using Hallbar.Web.Site;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Hallbar.Web.Features.Account;

/// <summary>Signing in with a local account, or with the organization's own (OpenID Connect) when configured.</summary>
public sealed class SignInModel(SignInManager<HallbarUser> signIn, UserManager<HallbarUser> users, TimeProvider time) : PageModel
{
    [BindProperty]
    [Required]
    [EmailAddress]
    public string Email { get; set; } = string.Empty;

    [BindProperty]
    [Required]
    [DataType(DataType.Password)]
    public string Password { get; set; } = string.Empty;

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public string? Problem { get; private set; }

    public IReadOnlyList<AuthenticationScheme> External { get; private set; } = [];

    public async Task OnGetAsync() => External = [.. await signIn.GetExternalAuthenticationSchemesAsync()];

    public async Task<IActionResult> OnPostAsync()
    {
        External = [.. await signIn.GetExternalAuthenticationSchemesAsync()];
        if (!ModelState.IsValid)
        {
            Problem = Ui.T("Fyll i e-postadress och lösenord.", "Enter your email address and password.");
            return Page();
        }

        var result = await signIn.PasswordSignInAsync(Email, Password, isPersistent: false, lockoutOnFailure: true);
        var target = Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/";
        if (result.Succeeded)
        {
            // A one-time password from an admin: the person chooses their own first, while it is still valid.
            var (oneTime, expiresAt) = await users.FindByNameAsync(Email) is { } user ? Accounts.OneTimePasswordOf(await users.GetClaimsAsync(user)) : (false, null);
            if (expiresAt <= time.GetUtcNow())
            {
                await signIn.SignOutAsync();
                Problem = Ui.T("Engångslösenordet har gått ut. Be en administratör om ett nytt.", "The one-time password has expired. Ask an administrator for a new one.");
                return Page();
            }

            return oneTime ? LocalRedirect($"{Accounts.ChangePasswordPath}?ReturnUrl={Uri.EscapeDataString(target)}") : LocalRedirect(target);
        }

        Problem = result.IsLockedOut && await users.FindByNameAsync(Email) is { } locked && AccountAdmin.AccountDesk.IsDisabled(locked)
            ? Ui.T("Kontot är avstängt. Be en administratör om hjälp.", "The account is disabled. Ask an administrator for help.")
            : result.IsLockedOut
            ? Ui.T("För många misslyckade försök. Kontot är låst i fem minuter.", "Too many failed attempts. The account is locked for five minutes.")
            : Ui.T("Fel e-postadress eller lösenord.", "Wrong email address or password.");
        return Page();
    }

    /// <summary>Sends the browser to the organization's identity provider; a scheme the page does not offer is no sign-in here (not a server error).</summary>
    public async Task<IActionResult> OnPostExternalAsync(string? scheme) =>
        (await signIn.GetExternalAuthenticationSchemesAsync()).Any(s => s.Name == scheme)
            ? Challenge(signIn.ConfigureExternalAuthenticationProperties(scheme, Url.Page("/Account/External", new { ReturnUrl })), scheme!)
            : NotFound();
}
