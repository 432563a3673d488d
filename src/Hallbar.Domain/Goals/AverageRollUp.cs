using Hallbar.Domain.Assessment;

namespace Hallbar.Domain.Goals;

/// <summary>Average score of the children that have a value; the bands, highest first, name the grade.</summary>
public sealed record AverageRollUp(IReadOnlyList<ScoreBand> Bands) : RollUpMethod
{
    public override string Name => "average";
}
