namespace Hallbar.Data.Accounts;

/// <summary>What a signed-in person may do. The anonymous public sees published material only.</summary>
public static class Roles
{
    /// <summary>Runs the rounds: every value, assessment, text and round of every organization.</summary>
    public const string Admin = "Admin";

    /// <summary>Enters outcomes for the org units named in their <see cref="UnitClaim"/> claims.</summary>
    public const string Reporter = "Reporter";

    /// <summary>Reads everything, also what is not yet published.</summary>
    public const string Reader = "Reader";

    public static IReadOnlyList<string> All { get; } = [Admin, Reporter, Reader];

    /// <summary>A reporter's org unit, as "organization/unit"; a reporter may hold several.</summary>
    public const string UnitClaim = "hallbar:unit";

    public static string UnitValue(string organizationId, string unitId) => $"{organizationId}/{unitId}";
}
