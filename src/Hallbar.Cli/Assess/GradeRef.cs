namespace Hallbar.Cli.Assess;

public sealed record GradeRef(string Id, string Label);
