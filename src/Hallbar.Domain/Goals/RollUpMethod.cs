using Hallbar.Domain.Assessment;

namespace Hallbar.Domain.Goals;

/// <summary>How a node's suggested assessment is made from its children's final assessments.</summary>
public abstract record RollUpMethod
{
    public abstract string Name { get; }
}

/// <summary>Average score of the children that have a value; the bands, highest first, name the grade.</summary>
public sealed record AverageRollUp(IReadOnlyList<ScoreBand> Bands) : RollUpMethod
{
    public override string Name => "average";
}

/// <summary>One child (a measure or a node) decides, like total emissions for the emissions indicator.</summary>
public sealed record KeyChildRollUp(string ChildId) : RollUpMethod
{
    public override string Name => "key";
}

/// <summary>No suggestion: the assessment is set by hand with a motivation.</summary>
public sealed record ManualRollUp(string? Description = null) : RollUpMethod
{
    public override string Name => "manual";
}
