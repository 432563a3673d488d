using System.Globalization;
using Hallbar.Domain.ChildRights;

namespace Hallbar.Web.Features.Highlights;

/// <summary>The barnbokslut form as posted: the version read, the pilots as typed (to say what is wrong with them), and the decisions, ending in empty rows for adding.</summary>
public sealed class ChildRightsInput
{
    public int ReadVersion { get; set; }

    public string? PilotsTrained { get; set; }

    public string? PilotsInTotal { get; set; }

    public List<DecisionInput> Decisions { get; set; } = [];

    public static ChildRightsInput From(ChildRightsFacts? facts, int version) => new()
    {
        ReadVersion = version,
        PilotsTrained = facts?.PilotsTrained.ToString(CultureInfo.InvariantCulture),
        PilotsInTotal = facts?.PilotsInTotal.ToString(CultureInfo.InvariantCulture),
        Decisions = [.. (facts?.Decisions ?? []).Select(d => new DecisionInput
        {
            Stored = true,
            Title = d.Title,
            Reference = d.Reference,
            UnitId = d.UnitId,
            AssessmentMade = d.AssessmentMade,
        })],
    };

    /// <summary>Adds an empty row when the list does not end in one, or always when <paramref name="more"/>: adding without script.</summary>
    public ChildRightsInput WithEmptyRow(bool more = false)
    {
        if (more || Decisions.Count == 0 || !Decisions[^1].IsEmptyNew)
        {
            Decisions.Add(new DecisionInput());
        }

        return this;
    }
}
