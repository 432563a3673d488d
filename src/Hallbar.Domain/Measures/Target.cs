namespace Hallbar.Domain.Measures;

/// <summary>
/// Målvärde. <see cref="Label"/> is the target as published ("-50%, basår 2019"), when given. A dated
/// target applies up to its year and is kept after it ("nivån kvarhålles"), unless it is for
/// <see cref="OnlyThatYear"/>.
/// </summary>
public abstract record Target(int? Year, string? Label)
{
    public bool OnlyThatYear { get; init; }
}

/// <summary>Only a desired direction: "Öka" or "Minska".</summary>
public sealed record DirectionTarget(Direction Direction, int? Year = null, string? Label = null) : Target(Year, Label);

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

/// <summary>A change in percent against a base year to reach by a year: "-50%, basår 2019".</summary>
public sealed record ChangeFromBaseTarget(decimal Percent, int BaseYear, int ByYear, string? Label = null) : Target(ByYear, Label);

/// <summary>A change in percent every year: "-2,5 % per år".</summary>
public sealed record AnnualChangeTarget(decimal PercentPerYear, int? Year = null, string? Label = null) : Target(Year, Label);

/// <summary>A target stated only in words.</summary>
public sealed record QualitativeTarget(string Text, int? Year = null, string? Label = null) : Target(Year, Label);
