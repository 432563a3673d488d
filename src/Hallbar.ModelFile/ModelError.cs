namespace Hallbar.ModelFile;

/// <summary>One problem in a model file: where (JSON path and line) and why.</summary>
public sealed record ModelError(string Path, int Line, int Column, string Message)
{
    public override string ToString() => $"line {Line}, {Path}: {Message}";
}
