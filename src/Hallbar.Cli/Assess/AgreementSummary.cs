namespace Hallbar.Cli.Assess;

/// <summary>
/// How the rule-based suggestions for measures compare with the final assessments set by hand:
/// agreeing, differing, left to a person (no computable rule), or with no final set yet.
/// </summary>
public sealed record AgreementSummary(int Measures, int Agreeing, int Differing, int Manual, int WithoutFinal);
