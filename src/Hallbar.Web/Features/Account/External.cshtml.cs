using System.Security.Claims;
using Hallbar.Data.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Hallbar.Web.Features.Account;

/// <summary>
/// Back from the organization's identity provider: the person is signed in to the account their
/// email names, linked on first use; someone new gets a reader's account, to which an admin gives more
/// under Konton. A disabled account is refused.
/// </summary>
public sealed class ExternalModel(SignInManager<HallbarUser> signIn, UserManager<HallbarUser> users) : PageModel
{
    public async Task<IActionResult> OnGetAsync(string? returnUrl)
    {
        var target = Url.IsLocalUrl(returnUrl) ? returnUrl : "/";
        if (await signIn.GetExternalLoginInfoAsync() is not { } login)
        {
            return RedirectToPage("/Account/SignIn");
        }

        var result = await signIn.ExternalLoginSignInAsync(login.LoginProvider, login.ProviderKey, isPersistent: false);
        if (result.Succeeded)
        {
            return LocalRedirect(target);
        }

        // A disabled account (see Konton) does not get in through the organization's sign-in either.
        if (result.IsLockedOut)
        {
            return RedirectToPage("/Account/Denied");
        }

        var email = login.Principal.FindFirstValue(ClaimTypes.Email) ?? login.Principal.FindFirstValue("email");
        if (string.IsNullOrEmpty(email))
        {
            return RedirectToPage("/Account/Denied");
        }

        var user = await users.FindByEmailAsync(email);
        if (user is not null && await users.IsLockedOutAsync(user))
        {
            return RedirectToPage("/Account/Denied");
        }

        if (user is null)
        {
            user = new HallbarUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = login.Principal.FindFirstValue("name") };
            if (!(await users.CreateAsync(user)).Succeeded || !(await users.AddToRoleAsync(user, Roles.Reader)).Succeeded)
            {
                return RedirectToPage("/Account/Denied");
            }
        }

        await users.AddLoginAsync(user, login);
        await signIn.SignInAsync(user, isPersistent: false, login.LoginProvider);
        return LocalRedirect(target);
    }
}
