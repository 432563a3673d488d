namespace Hallbar.Domain.Measures;

/// <summary>A level to reach by a year: "100%", "≥ 30", "> 40", "2,0".</summary>
public sealed record LevelTarget(decimal Value, ComparisonOperator Operator, int? Year = null, string? Label = null)
    : Target(Year, Label)
{
    public bool IsReached(decimal value, Direction direction) => Operator switch
    {
        ComparisonOperator.GreaterOrEqual => value >= Value,
        ComparisonOperator.Greater => value > Value,
        ComparisonOperator.LessOrEqual => value <= Value,
        ComparisonOperator.Less => value < Value,
        ComparisonOperator.Equal => value == Value,
        _ => direction == Direction.Decrease ? value <= Value : value >= Value,
    };
}
