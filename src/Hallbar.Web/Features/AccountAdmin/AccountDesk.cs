using System.Data;
using System.Security.Claims;
using System.Security.Cryptography;
using Hallbar.Data;
using Hallbar.Data.Accounts;
using Hallbar.Web.Features.Surveys;
using Hallbar.Web.Site;
using Microsoft.AspNetCore.Identity;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using SQLitePCL;

namespace Hallbar.Web.Features.AccountAdmin;

/// <summary>
/// The admin's changes to accounts: create one, set its role and units, give it a new one-time password,
/// disable or enable it. Each change is checked first (a unique email, units for a reporter, never without
/// an enabled admin) and written with its history in one transaction; the password is never written but hashed.
/// </summary>
public sealed class AccountDesk(HallbarDbContext db, UserManager<HallbarUser> users, TimeProvider time)
{
    public const string EmailField = "konto-epost";
    public const string NameField = "konto-namn";
    public const string RoleField = "konto-roll";
    public const string UnitsField = "konto-enheter";

    /// <summary>A disabled account is locked out until this moment: for as long as the database can say.</summary>
    private static readonly DateTimeOffset DisabledUntil = new(9999, 12, 31, 0, 0, 0, TimeSpan.Zero);

    private const string Alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

    public static bool IsDisabled(HallbarUser user) => user?.LockoutEnd >= DisabledUntil;

    private IReadOnlyList<UnitChoice>? _units;

    /// <summary>Every unit of every organization, as a reporter's unit claim names it; read once a request.</summary>
    public async Task<IReadOnlyList<UnitChoice>> UnitsAsync() => _units ??= await ReadUnitsAsync();

    private async Task<IReadOnlyList<UnitChoice>> ReadUnitsAsync()
    {
        var organizations = await db.Organizations.AsNoTracking().OrderBy(o => o.Name).Select(o => new { o.Id, o.Name }).ToListAsync();
        var units = await db.OrgUnits.AsNoTracking().OrderBy(u => u.Position).ThenBy(u => u.Name).ToListAsync();
        return [.. organizations.SelectMany(o => units.Where(u => u.OrganizationId == o.Id)
            .Select(u => new UnitChoice(Roles.UnitValue(o.Id, u.Id), organizations.Count > 1 ? $"{u.Name} ({o.Name})" : u.Name)))];
    }

    public async Task<IReadOnlyList<AccountView>> AllAsync()
    {
        var all = await db.Users.AsNoTracking().OrderBy(u => u.Email).ToListAsync();
        return [.. await ViewsAsync(all)];
    }

    public async Task<AccountView?> FindAsync(string id) =>
        await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.Id == id) is { } user ? (await ViewsAsync([user]))[0] : null;

    public async Task<AccountResult> CreateAsync(string? email, string? name, string? role, IReadOnlyCollection<string> units, string changedBy)
    {
        email = email?.Trim() ?? string.Empty;
        var errors = new List<FieldError>();
        if (!new System.ComponentModel.DataAnnotations.EmailAddressAttribute().IsValid(email) || email.Length == 0)
        {
            errors.Add(new(EmailField, Ui.T("Skriv en e-postadress, till exempel namn@region.se.", "Enter an email address, for example name@region.se.")));
        }
        else if (await users.FindByEmailAsync(email) is not null || await users.FindByNameAsync(email) is not null)
        {
            errors.Add(EmailTaken(email));
        }

        if (string.IsNullOrWhiteSpace(name))
        {
            errors.Add(new(NameField, Ui.T("Skriv personens namn.", "Enter the person's name.")));
        }

        var chosen = await CheckRoleAsync(role, units, errors);
        if (errors.Count > 0)
        {
            return new(errors);
        }

        var password = OneTimePassword();
        var user = new HallbarUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = name!.Trim(), LockoutEnabled = true };
        return await WriteAsync(IsolationLevel.Unspecified, async () =>
        {
            // Created by another admin since it was checked above: Identity's own check or the unique index (below) says so.
            var created = await users.CreateAsync(user, password);
            if (created.Errors.Any(e => e.Code is nameof(IdentityErrorDescriber.DuplicateUserName) or nameof(IdentityErrorDescriber.DuplicateEmail)))
            {
                return new([EmailTaken(email)]);
            }

            Check(created);
            Check(await users.AddToRoleAsync(user, role!));
            foreach (var unit in chosen)
            {
                Check(await users.AddClaimAsync(user, new Claim(Roles.UnitClaim, unit)));
            }

            Check(await users.AddClaimAsync(user, Accounts.OneTimePassword(time.GetUtcNow())));
            AccountHistory.Add(db, time, email, null, Describe(role!, chosen), changedBy, "Konto skapat med engångslösenord");
            await db.SaveChangesAsync();
            return new([], OneTimePassword: password, Id: user.Id);
        }, new([EmailTaken(email)]));
    }

    public async Task<AccountResult> SetRoleAsync(string id, string? role, IReadOnlyCollection<string> units, string changedBy)
    {
        if (await users.FindByIdAsync(id) is not { } user)
        {
            return AccountResult.Gone;
        }

        var errors = new List<FieldError>();
        var chosen = await CheckRoleAsync(role, units, errors);
        if (errors.Count > 0)
        {
            return new(errors);
        }

        var before = await ViewsAsync([user]);
        var (oldRole, oldUnits) = (before[0].Role, before[0].UnitValues);
        if (oldRole == role && oldUnits.SetEquals(chosen))
        {
            return new([], Problem: Ui.T("Inget ändrades: rollen och enheterna är desamma som förut.", "Nothing changed: the role and units are the same as before."));
        }

        // Serializable: two admins taking each other's role at once cannot both succeed and leave none.
        return await WriteAsync(IsolationLevel.Serializable, async () =>
        {
            if (oldRole == Roles.Admin && role != Roles.Admin && await IsLastEnabledAdminAsync(user))
            {
                return new([new(RoleField, Ui.T("Kontot är den enda aktiva administratören och kan inte få en annan roll. Gör först någon annan till administratör.",
                    "The account is the only enabled administrator and cannot get another role. Make someone else an administrator first."))]);
            }

            if (oldRole != role)
            {
                Check(await users.RemoveFromRolesAsync(user, await users.GetRolesAsync(user)));
                Check(await users.AddToRoleAsync(user, role!));
            }

            var unitClaims = (await users.GetClaimsAsync(user)).Where(c => c.Type == Roles.UnitClaim).ToList();
            if (unitClaims.Count > 0)
            {
                Check(await users.RemoveClaimsAsync(user, unitClaims));
            }

            foreach (var unit in chosen)
            {
                Check(await users.AddClaimAsync(user, new Claim(Roles.UnitClaim, unit)));
            }

            // Signed in elsewhere, the person gets the new role at the next check of the sign-in (within a minute).
            Check(await users.UpdateSecurityStampAsync(user));
            AccountHistory.Add(db, time, user.Email!, Describe(oldRole, oldUnits), Describe(role!, chosen), changedBy, "Roll och enheter ändrade");
            await db.SaveChangesAsync();
            return new([], Id: user.Id);
        }, Clash);
    }

    public async Task<AccountResult> ResetPasswordAsync(string id, string changedBy)
    {
        if (await users.FindByIdAsync(id) is not { } user)
        {
            return AccountResult.Gone;
        }

        var password = OneTimePassword();
        return await WriteAsync(IsolationLevel.Unspecified, async () =>
        {
            Check(await users.ResetPasswordAsync(user, await users.GeneratePasswordResetTokenAsync(user), password));
            Check(await users.ResetAccessFailedCountAsync(user));
            if (!IsDisabled(user))
            {
                // A lockout after failed tries ends: the person has a password to try now.
                Check(await users.SetLockoutEndDateAsync(user, null));
            }

            // The new one-time password's time runs from now.
            if ((await users.GetClaimsAsync(user)).Where(c => c.Type == Accounts.OneTimePasswordClaim).ToList() is { Count: > 0 } earlier)
            {
                Check(await users.RemoveClaimsAsync(user, earlier));
            }

            Check(await users.AddClaimAsync(user, Accounts.OneTimePassword(time.GetUtcNow())));

            AccountHistory.Add(db, time, user.Email!, null, null, changedBy, "Nytt engångslösenord");
            await db.SaveChangesAsync();
            return new([], OneTimePassword: password, Id: user.Id);
        }, Clash);
    }

    public async Task<AccountResult> SetDisabledAsync(string id, bool disabled, string changedBy, string? changedById)
    {
        if (await users.FindByIdAsync(id) is not { } user)
        {
            return AccountResult.Gone;
        }

        if (IsDisabled(user) == disabled)
        {
            return new([], Problem: disabled ? Ui.T("Kontot är redan avstängt.", "The account is already disabled.") : Ui.T("Kontot är redan aktivt.", "The account is already enabled."));
        }

        if (disabled && user.Id == changedById)
        {
            return new([], Problem: Ui.T("Du kan inte stänga av ditt eget konto.", "You cannot disable your own account."));
        }

        return await WriteAsync(IsolationLevel.Serializable, async () =>
        {
            if (disabled && await users.IsInRoleAsync(user, Roles.Admin) && await IsLastEnabledAdminAsync(user))
            {
                return new([], Problem: Ui.T("Kontot är den enda aktiva administratören och kan inte stängas av. Gör först någon annan till administratör.",
                    "The account is the only enabled administrator and cannot be disabled. Make someone else an administrator first."));
            }

            Check(await users.SetLockoutEnabledAsync(user, true));
            Check(await users.SetLockoutEndDateAsync(user, disabled ? DisabledUntil : null));
            Check(await users.ResetAccessFailedCountAsync(user));
            // Its sign-ins and bearer tokens stop working (see Site.Accounts.UseAccountChecks).
            Check(await users.UpdateSecurityStampAsync(user));
            AccountHistory.Add(db, time, user.Email!, disabled ? "aktivt" : "avstängt", disabled ? "avstängt" : "aktivt", changedBy, disabled ? "Konto avstängt" : "Konto aktiverat igen");
            await db.SaveChangesAsync();
            return new([], Id: user.Id);
        }, Clash);
    }

    /// <summary>
    /// Runs an account change in one transaction, committed when it is done. Another admin's change of the same
    /// accounts in between (PostgreSQL's serializable check, the unique user name) keeps nothing of it: <paramref name="clash"/>.
    /// </summary>
    private async Task<AccountResult> WriteAsync(IsolationLevel isolation, Func<Task<AccountResult>> change, AccountResult clash)
    {
        try
        {
            await using var transaction = await db.Database.BeginTransactionAsync(isolation);
            var result = await change();
            if (result.IsDone)
            {
                await transaction.CommitAsync();
            }

            return result;
        }
        catch (Exception e) when (e.GetBaseException() is PostgresException { SqlState: PostgresErrorCodes.SerializationFailure or PostgresErrorCodes.UniqueViolation }
            or SqliteException { SqliteExtendedErrorCode: raw.SQLITE_CONSTRAINT_UNIQUE })
        {
            db.ChangeTracker.Clear();
            return clash;
        }
    }

    private static AccountResult Clash => new([], Problem: Ui.T("En annan administratör ändrade kontona samtidigt, så inget sparades. Se hur kontot är nu och försök igen.",
        "Another administrator changed the accounts at the same time, so nothing was saved. See how the account is now and try again."));

    private static FieldError EmailTaken(string email) =>
        new(EmailField, Ui.T($"Det finns redan ett konto med e-postadressen {email}.", $"There is already an account with the email address {email}."));

    /// <summary>A password to say or send once: four groups of four letters and digits that are not easily mistaken for one another.</summary>
    public static string OneTimePassword()
    {
        while (true)
        {
            var text = RandomNumberGenerator.GetString(Alphabet, 16);
            if (text.Any(char.IsUpper) && text.Any(char.IsLower) && text.Any(char.IsDigit))
            {
                return string.Join('-', text.Chunk(4).Select(c => new string(c)));
            }
        }
    }

    private async Task<bool> IsLastEnabledAdminAsync(HallbarUser user) =>
        !(await users.GetUsersInRoleAsync(Roles.Admin)).Any(u => u.Id != user.Id && !IsDisabled(u));

    private async Task<IReadOnlyList<string>> CheckRoleAsync(string? role, IReadOnlyCollection<string> units, List<FieldError> errors)
    {
        if (role is null || !Roles.All.Contains(role))
        {
            errors.Add(new(RoleField, Ui.T("Välj en roll.", "Choose a role.")));
            return [];
        }

        if (role != Roles.Reporter)
        {
            return [];
        }

        var known = (await UnitsAsync()).Select(u => u.Value).ToHashSet(StringComparer.Ordinal);
        var chosen = units.Distinct(StringComparer.Ordinal).ToList();
        if (chosen.Count == 0 || chosen.Any(u => !known.Contains(u)))
        {
            errors.Add(new(UnitsField, Ui.T("Välj minst en enhet som rapportören rapporterar för.", "Choose at least one unit the reporter reports for.")));
        }

        return chosen;
    }

    private async Task<List<AccountView>> ViewsAsync(IReadOnlyList<HallbarUser> accounts)
    {
        var ids = accounts.Select(u => u.Id).ToList();
        var roles = await (from ur in db.UserRoles join r in db.Roles on ur.RoleId equals r.Id where ids.Contains(ur.UserId) select new { ur.UserId, r.Name }).AsNoTracking().ToListAsync();
        var claims = await db.UserClaims.AsNoTracking().Where(c => ids.Contains(c.UserId) && (c.ClaimType == Roles.UnitClaim || c.ClaimType == Accounts.OneTimePasswordClaim)).ToListAsync();
        var external = await db.UserLogins.AsNoTracking().Where(l => ids.Contains(l.UserId)).Select(l => l.UserId).ToListAsync();
        var names = (await UnitsAsync()).ToDictionary(u => u.Value, u => u.Label, StringComparer.Ordinal);
        var now = time.GetUtcNow();
        return [.. accounts.Select(u =>
        {
            var units = claims.Where(c => c.UserId == u.Id && c.ClaimType == Roles.UnitClaim).Select(c => c.ClaimValue!).Order(StringComparer.Ordinal).ToList();
            return new AccountView(u.Id, u.Email ?? u.UserName ?? u.Id, u.DisplayName, roles.FirstOrDefault(r => r.UserId == u.Id)?.Name ?? string.Empty,
                units.ToHashSet(StringComparer.Ordinal), [.. units.Select(v => names.GetValueOrDefault(v, v))],
                IsDisabled(u), !IsDisabled(u) && u.LockoutEnd > now, external.Contains(u.Id),
                claims.Any(c => c.UserId == u.Id && c.ClaimType == Accounts.OneTimePasswordClaim));
        })];
    }

    private static string Describe(string role, IEnumerable<string> units) =>
        units.Any() ? $"{role}: {string.Join(", ", units.Order(StringComparer.Ordinal))}" : role;

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException("An account change failed: " + string.Join("; ", result.Errors.Select(e => e.Description)));
        }
    }
}

/// <summary>A unit a reporter may be given: its claim value ("organization/unit") and its name.</summary>
public sealed record UnitChoice(string Value, string Label);

/// <summary>An account as the admin's pages show it.</summary>
public sealed record AccountView(string Id, string Email, string? Name, string Role, IReadOnlySet<string> UnitValues, IReadOnlyList<string> Units,
    bool Disabled, bool LockedOut, bool External, bool OneTimePassword)
{
    public string RoleName => AccountText.Role(Role);
}

/// <summary>What became of an account change: field errors, or a refusal of the whole, or done (with a one-time password to show once).</summary>
public sealed record AccountResult(IReadOnlyList<FieldError> Errors, string? Problem = null, string? OneTimePassword = null, string? Id = null, bool NotFound = false)
{
    public static AccountResult Gone { get; } = new([], NotFound: true);

    public bool IsDone => Errors.Count == 0 && Problem is null && !NotFound;
}
