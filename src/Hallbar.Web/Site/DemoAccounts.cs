using System.Security.Claims;
using System.Security.Cryptography;
using Hallbar.Data.Accounts;
using Microsoft.AspNetCore.Identity;

namespace Hallbar.Web.Site;

/// <summary>
/// The accounts a new Hallbar starts with: with the demo data, one demo user of each role (their
/// passwords are public, in README); without it, one admin with a password made up and shown once.
/// </summary>
public static partial class DemoAccounts
{
    public const string Password = "Hallbar-demo-2025";
    public const string Organization = "region-vastmanland";

    /// <summary>Email, name, role and the reporter's units.</summary>
    public static IReadOnlyList<(string Email, string Name, string Role, string[] Units)> Users { get; } =
    [
        ("admin@hallbar.demo", "Alva Admin", Roles.Admin, []),
        ("fastighet@hallbar.demo", "Frida Fastighet", Roles.Reporter, ["fastighetsforvaltningen"]),
        ("service@hallbar.demo", "Sam Service", Roles.Reporter, ["serviceforvaltningen"]),
        ("lasare@hallbar.demo", "Lars Läsare", Roles.Reader, []),
    ];

    public static async Task EnsureAsync(IServiceProvider services, bool demoLoaded, ILogger logger)
    {
        var roles = services.GetRequiredService<RoleManager<IdentityRole>>();
        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                Check(await roles.CreateAsync(new IdentityRole(role)));
            }
        }

        var users = services.GetRequiredService<UserManager<HallbarUser>>();
        if (users.Users.Any())
        {
            return;
        }

        if (demoLoaded)
        {
            foreach (var (email, name, role, units) in Users)
            {
                await CreateAsync(users, email, name, Password, role, units);
            }

            DemoUsersCreated(logger, string.Join(", ", Users.Select(u => $"{u.Email} ({u.Role})")), Password);
        }
        else
        {
            var configuration = services.GetRequiredService<IConfiguration>();
            var email = configuration["Hallbar:Admin:Email"] ?? "admin@localhost";
            var password = configuration["Hallbar:Admin:Password"] ?? Convert.ToBase64String(RandomNumberGenerator.GetBytes(15)) + "-1a";
            await CreateAsync(users, email, "Administratör", password, Roles.Admin, []);
            FirstAdminCreated(logger, email, password);
        }
    }

    private static async Task CreateAsync(UserManager<HallbarUser> users, string email, string name, string password, string role, string[] units)
    {
        var user = new HallbarUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = name };
        Check(await users.CreateAsync(user, password));
        Check(await users.AddToRoleAsync(user, role));
        foreach (var unit in units)
        {
            Check(await users.AddClaimAsync(user, new Claim(Roles.UnitClaim, Roles.UnitValue(Organization, unit))));
        }
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException("Could not create a starting account: " + string.Join("; ", result.Errors.Select(e => e.Description)));
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Demo users, all with the password {Password}: {Users}")]
    private static partial void DemoUsersCreated(ILogger logger, string users, string password);

    [LoggerMessage(Level = LogLevel.Warning, Message = "First administrator: {Email} with the password {Password}. Change it after signing in.")]
    private static partial void FirstAdminCreated(ILogger logger, string email, string password);
}
