namespace Hallbar.Domain.Goals;

/// <summary>No suggestion: the assessment is set by hand with a motivation.</summary>
public sealed record ManualRollUp(string? Description = null) : RollUpMethod
{
    public override string Name => "manual";
}
