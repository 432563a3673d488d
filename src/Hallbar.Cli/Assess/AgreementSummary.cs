namespace Hallbar.Cli.Assess;

/// <summary>How many rule-based suggestions for measures agree with the final assessments.</summary>
public sealed record AgreementSummary(int Measures, int Suggested, int Agreeing, int Differing, int Manual);
