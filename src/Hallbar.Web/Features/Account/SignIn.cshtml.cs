using System.ComponentModel.DataAnnotations;
using Hallbar.Data.Accounts;
using Hallbar.Web.Site;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Hallbar.Web.Features.Account;

/// <summary>Signing in with a local account, or with the organization's own (OpenID Connect) when configured.</summary>
public sealed class SignInModel(SignInManager<HallbarUser> signIn, UserManager<HallbarUser> users) : PageModel
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
            // A one-time password from an admin: the person chooses their own first.
            return await users.FindByNameAsync(Email) is { } user && (await users.GetClaimsAsync(user)).Any(c => c.Type == Accounts.OneTimePasswordClaim)
                ? LocalRedirect($"{Accounts.ChangePasswordPath}?ReturnUrl={Uri.EscapeDataString(target)}")
                : LocalRedirect(target);
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
