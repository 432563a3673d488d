namespace Hallbar.Data.Editing;

/// <summary>
/// What became of a change: saved with its new version, or why not, in Swedish (<see cref="Message"/>)
/// and in English (<see cref="English"/>). On a conflict, the value as it now stands and its version,
/// so both can be shown side by side and nothing is lost silently.
/// </summary>
public sealed record EditResult(EditStatus Status, string Message, string English, int? Version = null, string? Current = null, int? CurrentVersion = null)
{
    public bool IsSaved => Status == EditStatus.Saved;

    public static EditResult Saved(int version, string message, string english) => new(EditStatus.Saved, message, english, version);

    public static EditResult OrganizationMissing(string organizationId) =>
        new(EditStatus.NotFound, $"Organisationen '{organizationId}' finns inte.", $"There is no organization '{organizationId}'.");
}
