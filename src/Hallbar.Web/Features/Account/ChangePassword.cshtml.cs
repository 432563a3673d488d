using Hallbar.Data;
using Hallbar.Data.Accounts;
using Hallbar.Web.Features.Surveys;
using Hallbar.Web.Site;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Hallbar.Web.Features.Account;

/// <summary>
/// Byt lösenord: any signed-in local account chooses a new password, giving its current one; an account
/// with a one-time password from an admin is sent here after signing in and stays here until it has.
/// </summary>
[Authorize(Policy = Accounts.SignedInPolicy)]
public sealed class ChangePasswordModel(UserManager<HallbarUser> users, SignInManager<HallbarUser> signIn, HallbarDbContext db, TimeProvider time) : PageModel
{
    public const string CurrentField = "nuvarande-losenord";
    public const string NewField = "nytt-losenord";
    public const string RepeatField = "upprepa-losenord";

    [BindProperty]
    public string? Current { get; set; }

    [BindProperty]
    public string? New { get; set; }

    [BindProperty]
    public string? Repeat { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public List<FieldError> Errors { get; } = [];

    /// <summary>The account has no password of its own: it signs in through the organization.</summary>
    public bool NoPassword { get; private set; }

    public bool OneTimePassword => User.HasClaim(c => c.Type == Accounts.OneTimePasswordClaim);

    [TempData]
    public string? Saved { get; set; }

    /// <summary>Where the person was going when sent here, to go on to.</summary>
    public string ContinueTo => Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/";

    public string? ErrorAt(string fieldId) => Errors.FirstOrDefault(e => e.FieldId == fieldId)?.Message;

    public async Task<IActionResult> OnGetAsync()
    {
        if (await users.GetUserAsync(User) is not { } user)
        {
            return Challenge();
        }

        NoPassword = !await users.HasPasswordAsync(user);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (await users.GetUserAsync(User) is not { } user)
        {
            return Challenge();
        }

        NoPassword = !await users.HasPasswordAsync(user);
        if (NoPassword)
        {
            return Page();
        }

        if (string.IsNullOrEmpty(Current))
        {
            Errors.Add(new(CurrentField, Ui.T("Skriv ditt nuvarande lösenord.", "Enter your current password.")));
        }

        if (string.IsNullOrEmpty(New) || New.Length < 12 || !New.Any(char.IsUpper) || !New.Any(char.IsLower) || !New.Any(char.IsDigit) || New.All(char.IsLetterOrDigit))
        {
            Errors.Add(new(NewField, Ui.T("Det nya lösenordet behöver minst 12 tecken, med stor och liten bokstav, en siffra och ett tecken som inte är bokstav eller siffra.",
                "The new password needs at least 12 characters, with an upper- and a lower-case letter, a digit and a character that is neither letter nor digit.")));
        }
        else if (New == Current)
        {
            Errors.Add(new(NewField, Ui.T("Välj ett annat lösenord än det nuvarande.", "Choose a password other than the current one.")));
        }

        if (New != Repeat)
        {
            Errors.Add(new(RepeatField, Ui.T("Skriv samma nya lösenord två gånger.", "Enter the same new password twice.")));
        }

        if (Errors.Count > 0)
        {
            return Page();
        }

        await using var transaction = await db.Database.BeginTransactionAsync();
        var result = await users.ChangePasswordAsync(user, Current!, New!);
        if (!result.Succeeded)
        {
            Errors.Add(result.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.PasswordMismatch))
                ? new(CurrentField, Ui.T("Det nuvarande lösenordet stämmer inte.", "The current password is wrong."))
                : new(NewField, Ui.T("Det nya lösenordet godtogs inte: ", "The new password was not accepted: ") + string.Join(" ", result.Errors.Select(e => e.Description))));
            return Page();
        }

        var oneTime = (await users.GetClaimsAsync(user)).Where(c => c.Type == Accounts.OneTimePasswordClaim).ToList();
        if (oneTime.Count > 0)
        {
            await users.RemoveClaimsAsync(user, oneTime);
        }

        AccountHistory.Add(db, time, user.Email!, null, null, user.Email!, "Lösenordet bytt av kontots ägare");
        await db.SaveChangesAsync();
        await transaction.CommitAsync();
        await signIn.RefreshSignInAsync(user);
        Saved = Ui.T("Lösenordet är bytt.", "The password is changed.");
        return RedirectToPage(new { ReturnUrl = Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : null });
    }
}
