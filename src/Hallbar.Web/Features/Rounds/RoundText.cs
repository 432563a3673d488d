using Hallbar.Domain.Rounds;
using Hallbar.Web.Site;

namespace Hallbar.Web.Features.Rounds;

/// <summary>A reporting round's states and steps in the interface's words.</summary>
public static class RoundText
{
    public static string State(RoundState state) => state switch
    {
        RoundState.Open => Ui.T("Öppen", "Open"),
        RoundState.InReview => Ui.T("Under granskning", "In review"),
        RoundState.Approved => Ui.T("Godkänd (låst)", "Approved (locked)"),
        _ => Ui.T("Publicerad (låst)", "Published (locked)"),
    };

    /// <summary>The button that takes a round to the state.</summary>
    public static string Step(RoundState to) => to switch
    {
        RoundState.Open => Ui.T("Öppna igen för inmatning", "Reopen for data entry"),
        RoundState.InReview => Ui.T("Skicka till granskning", "Send to review"),
        RoundState.Approved => Ui.T("Godkänn och lås …", "Approve and lock …"),
        _ => Ui.T("Publicera …", "Publish …"),
    };

    /// <summary>Steps that cannot be taken back are confirmed on a page of their own first.</summary>
    public static bool NeedsConfirmation(RoundState to) => to is RoundState.Approved or RoundState.Published;

    /// <summary>Why a round did not move: it is gone, or it is (now) in a state the step cannot be taken from.</summary>
    public static string Refused(int year, ReportingRound? round, RoundState to) => round is null
        ? Ui.T($"Det finns ingen rapportomgång {year}.", $"There is no reporting round {year}.")
        : Ui.T($"Rapportomgången {year} är {State(round.State).ToLowerInvariant()} och kan inte gå till {State(to).ToLowerInvariant()}. Inget ändrades.",
            $"The reporting round {year} is {State(round.State).ToLowerInvariant()} and cannot go to {State(to).ToLowerInvariant()}. Nothing was changed.");

    /// <summary>A state as stored (its enum name), in words; unknown text as it is.</summary>
    public static string State(string? stored) => Enum.TryParse<RoundState>(stored, out var state) ? State(state) : stored ?? "–";
}
