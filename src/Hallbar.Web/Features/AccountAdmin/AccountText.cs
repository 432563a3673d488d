using Hallbar.Data.Accounts;
using Hallbar.Web.Site;

namespace Hallbar.Web.Features.AccountAdmin;

/// <summary>Roles in words, in the page's language.</summary>
public static class AccountText
{
    public static string Role(string role) => role switch
    {
        Roles.Admin => Ui.T("Administratör", "Administrator"),
        Roles.Reporter => Ui.T("Rapportör", "Reporter"),
        Roles.Reader => Ui.T("Läsare", "Reader"),
        _ => role,
    };

    public static string RoleHint(string role) => role switch
    {
        Roles.Admin => Ui.T("driver omgångarna: alla värden, bedömningar, texter och konton", "runs the rounds: every value, assessment, text and account"),
        Roles.Reporter => Ui.T("matar in utfall för sina enheter och deras underenheter", "enters outcomes for their units and the units under them"),
        _ => Ui.T("läser allt, även det som inte är publicerat", "reads everything, also what is not published"),
    };
}
