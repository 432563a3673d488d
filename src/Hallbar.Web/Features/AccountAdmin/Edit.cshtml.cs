using Hallbar.Web.Features.Surveys;
using Hallbar.Web.Site;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Hallbar.Web.Features.AccountAdmin;

/// <summary>
/// One account: its role and a reporter's units, a new one-time password (shown once), disabling and enabling it.
/// The last enabled admin keeps the role and stays enabled; no admin disables themself.
/// </summary>
[Authorize(Policy = Accounts.AdminPolicy)]
public sealed class EditModel(AccountDesk desk, UserManager<Data.Accounts.HallbarUser> users) : PageModel
{
    public AccountView Account { get; private set; } = null!;

    [BindProperty]
    public string? Role { get; set; }

    [BindProperty]
    public List<string> Units { get; set; } = [];

    public IReadOnlyList<UnitChoice> Choices { get; private set; } = [];

    public IReadOnlyList<FieldError> Errors { get; private set; } = [];

    public string? Problem { get; private set; }

    public string? OneTimePassword { get; private set; }

    public bool IsSelf { get; private set; }

    [TempData]
    public string? Saved { get; set; }

    public async Task<IActionResult> OnGetAsync(string id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        Role = Account.Role;
        Units = [.. Account.UnitValues];
        return Page();
    }

    public Task<IActionResult> OnPostSaveAsync(string id) =>
        AnswerAsync(id, () => desk.SetRoleAsync(id, Role, Units, Person.Of(User)), Ui.T("Rollen och enheterna är sparade.", "The role and units are saved."));

    public Task<IActionResult> OnPostResetPasswordAsync(string id) =>
        AnswerAsync(id, () => desk.ResetPasswordAsync(id, Person.Of(User)), null);

    public Task<IActionResult> OnPostDisableAsync(string id) =>
        AnswerAsync(id, () => desk.SetDisabledAsync(id, true, Person.Of(User), users.GetUserId(User)), Ui.T("Kontot är avstängt.", "The account is disabled."));

    public Task<IActionResult> OnPostEnableAsync(string id) =>
        AnswerAsync(id, () => desk.SetDisabledAsync(id, false, Person.Of(User), users.GetUserId(User)), Ui.T("Kontot är aktivt igen.", "The account is enabled again."));

    /// <summary>A change done: back to the account, saying so; a new password: shown on this answer only; refused: the form again with why.</summary>
    private async Task<IActionResult> AnswerAsync(string id, Func<Task<AccountResult>> change, string? saved)
    {
        var result = await change();
        if (result.NotFound)
        {
            return NotFound();
        }

        if (result.IsDone && result.OneTimePassword is null)
        {
            Saved = saved;
            return RedirectToPage(new { id });
        }

        await LoadAsync(id);
        Errors = result.Errors;
        Problem = result.Problem;
        OneTimePassword = result.OneTimePassword;
        if (OneTimePassword is not null)
        {
            OneTimePasswordPage.NotKept(Response);
            Role = Account.Role;
            Units = [.. Account.UnitValues];
        }

        return Page();
    }

    private async Task<bool> LoadAsync(string id)
    {
        if (await desk.FindAsync(id) is not { } account)
        {
            return false;
        }

        Account = account;
        Choices = await desk.UnitsAsync();
        IsSelf = users.GetUserId(User) == id;
        return true;
    }
}
