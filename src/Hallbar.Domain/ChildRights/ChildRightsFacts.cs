namespace Hallbar.Domain.ChildRights;

/// <summary>Barnbokslut: a year's facts about the work with the rights of the child.</summary>
public sealed record ChildRightsFacts
{
    public ChildRightsFacts(int year, int pilotsTrained, int pilotsInTotal, IReadOnlyList<BestInterestDecision> decisions)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(pilotsTrained);
        ArgumentNullException.ThrowIfNull(decisions);
        if (pilotsInTotal < pilotsTrained)
        {
            throw new ArgumentException($"{pilotsInTotal} child-rights pilots in total cannot be fewer than the {pilotsTrained} trained this year.", nameof(pilotsInTotal));
        }

        Year = year;
        PilotsTrained = pilotsTrained;
        PilotsInTotal = pilotsInTotal;
        Decisions = decisions;
    }

    public int Year { get; }

    /// <summary>Barnrättspiloter utbildade under året.</summary>
    public int PilotsTrained { get; }

    /// <summary>Barnrättspiloter i regionen totalt.</summary>
    public int PilotsInTotal { get; }

    /// <summary>Where most pilots work ("barn- och ungdomskliniken"), in words: they are often below the unit tree.</summary>
    public IReadOnlyList<string> MostPilotsAt { get; init; } = [];

    /// <summary>Units or services without a trained pilot, by name; a source may only say that there are some.</summary>
    public IReadOnlyList<string> UnitsWithoutPilots { get; init; } = [];

    /// <summary>What the source says about units without pilots when it names none.</summary>
    public string? WithoutPilotsNote { get; init; }

    /// <summary>Register of decisions and whether the child's best interest was assessed before them.</summary>
    public IReadOnlyList<BestInterestDecision> Decisions { get; }

    /// <summary>The id of the survey theme with the child-rights statements, shown with the facts.</summary>
    public string? SurveyThemeId { get; init; }
}
