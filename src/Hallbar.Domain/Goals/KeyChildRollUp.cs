namespace Hallbar.Domain.Goals;

/// <summary>One child (a measure or a node) decides, like total emissions for the emissions indicator.</summary>
public sealed record KeyChildRollUp(string ChildId) : RollUpMethod
{
    public override string Name => "key";
}
