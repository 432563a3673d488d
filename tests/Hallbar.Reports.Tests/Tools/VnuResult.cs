namespace Hallbar.Reports.Tests.Tools;

/// <summary>What the Nu Html Checker said about one document.</summary>
public sealed record VnuResult(IReadOnlyList<VnuMessage> Messages)
{
    public IReadOnlyList<VnuMessage> Errors => [.. Messages.Where(m => m.IsError)];

    public IReadOnlyList<VnuMessage> Warnings => [.. Messages.Where(m => m.IsWarning)];

    public override string ToString() =>
        Messages.Count == 0 ? "no messages" : string.Join('\n', Messages.Select(m => m.ToString()));
}
