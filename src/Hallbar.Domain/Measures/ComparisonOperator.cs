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

public static class ComparisonOperators
{
    /// <summary>The operator as the model file and the API write it (&gt;=, &lt;); null for <see cref="ComparisonOperator.AtLeastAsGood"/>, which is written by leaving it out.</summary>
    public static string? Symbol(this ComparisonOperator op) => op switch
    {
        ComparisonOperator.GreaterOrEqual => ">=",
        ComparisonOperator.Greater => ">",
        ComparisonOperator.LessOrEqual => "<=",
        ComparisonOperator.Less => "<",
        ComparisonOperator.Equal => "=",
        _ => null,
    };
}
