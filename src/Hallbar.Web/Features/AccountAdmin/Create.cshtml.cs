using Hallbar.Web.Features.Surveys;
using Hallbar.Web.Site;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Hallbar.Web.Features.AccountAdmin;

/// <summary>
/// A new account: email, name, role and a reporter's units. Its one-time password is shown once, on the page
/// that answers the form, and kept nowhere but as a hash; the person chooses their own at the first sign-in.
/// </summary>
[Authorize(Policy = Accounts.AdminPolicy)]
public sealed class CreateModel(AccountDesk desk) : PageModel
{
    [BindProperty]
    public string? Email { get; set; }

    [BindProperty]
    public string? Name { get; set; }

    [BindProperty]
    public string? Role { get; set; }

    [BindProperty]
    public List<string> Units { get; set; } = [];

    public IReadOnlyList<UnitChoice> Choices { get; private set; } = [];

    public IReadOnlyList<FieldError> Errors { get; private set; } = [];

    public AccountResult? Created { get; private set; }

    public string? ErrorAt(string fieldId) => Errors.FirstOrDefault(e => e.FieldId == fieldId)?.Message;

    public async Task OnGetAsync() => Choices = await desk.UnitsAsync();

    public async Task<IActionResult> OnPostAsync()
    {
        var result = await desk.CreateAsync(Email, Name, Role, Units, Person.Of(User));
        if (result.IsDone)
        {
            Created = result;
            OneTimePasswordPage.NotKept(Response);
            return Page();
        }

        Errors = result.Errors;
        Choices = await desk.UnitsAsync();
        return Page();
    }
}
