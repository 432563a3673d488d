using Hallbar.Web.Site;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Hallbar.Web.Features.AccountAdmin;

/// <summary>Konton: every account with its role, a reporter's units, whether it is disabled and whether it signs in through the organization.</summary>
[Authorize(Policy = Accounts.AdminPolicy)]
public sealed class IndexModel(AccountDesk desk) : PageModel
{
    public IReadOnlyList<AccountView> All { get; private set; } = [];

    public async Task OnGetAsync() => All = await desk.AllAsync();
}
