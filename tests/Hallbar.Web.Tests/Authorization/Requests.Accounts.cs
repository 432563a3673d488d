using Hallbar.Data.Accounts;
using Microsoft.EntityFrameworkCore;
using static Hallbar.Web.Tests.Authorization.MatrixFactory;

namespace Hallbar.Web.Tests.Authorization;

/// <summary>The bodies of the account pages' writes.</summary>
internal static partial class Requests
{
    /// <summary>A new reader with an email not used before.</summary>
    public static Task<HttpContent> AccountCreate(Caller caller) => Task.FromResult(caller.Form(new()
    {
        ["Email"] = $"matris-ny-{Fresh()}@hallbar.demo",
        ["Name"] = "Matrisens nya konto",
        ["Role"] = Roles.Reader,
    }));

    /// <summary>The matrix's account turned from reader to reporter of the unit, or back: a change every time.</summary>
    public static async Task<HttpContent> AccountRole(Caller caller)
    {
        var reporter = await caller.App.WithDbAsync(db =>
            db.UserClaims.AnyAsync(c => c.UserId == AccountId && c.ClaimType == Roles.UnitClaim));
        return caller.Form(reporter
            ? new() { ["Role"] = Roles.Reader }
            : new() { ["Role"] = Roles.Reporter, ["Units"] = Roles.UnitValue(Org, SurveyUnit) });
    }

    /// <summary>The change-password form with a wrong current password: shown again with the error, nothing changed.</summary>
    public static Task<HttpContent> ChangePasswordWrong(Caller caller) => Task.FromResult(caller.Form(new()
    {
        ["Current"] = "inte-det-nuvarande-1A",
        ["New"] = "Ett-nytt-losenord-2026",
        ["Repeat"] = "Ett-nytt-losenord-2026",
    }));
}
