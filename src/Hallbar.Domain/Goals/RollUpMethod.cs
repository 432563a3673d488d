namespace Hallbar.Domain.Goals;

/// <summary>How a node's suggested assessment is made from its children's final assessments.</summary>
public abstract record RollUpMethod
{
    public abstract string Name { get; }
}
