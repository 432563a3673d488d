namespace Hallbar.Domain.Measures;

public enum ComparisonOperator
{
    /// <summary>Reached when the value is at or beyond the target in the desired direction.</summary>
    AtLeastAsGood,
    GreaterOrEqual,
    Greater,
    LessOrEqual,
    Less,
    Equal,
}
