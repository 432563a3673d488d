using Microsoft.AspNetCore.Identity;

namespace Hallbar.Data.Accounts;

/// <summary>A person who signs in to Hallbar: an admin, a reporter of some org units, or a reader.</summary>
public sealed class HallbarUser : IdentityUser
{
    public string? DisplayName { get; set; }
}
