namespace Hallbar.ModelFile;

/// <summary>
/// One problem in a model file: where (JSON path, line and column) and why, in Swedish
/// (<see cref="Message"/>) and in English (<see cref="English"/>).
/// </summary>
public sealed record ModelError(string Path, int Line, int Column, string Message, string English)
{
    /// <summary>The reason in the reader's language.</summary>
    public string Reason(bool english) => english ? English : Message;

    /// <summary>Where and why in one line: "rad 12, $.goals[0].name: …", or with <paramref name="english"/> "line 12, $.goals[0].name: …".</summary>
    public string Describe(bool english = false) => $"{(english ? "line" : "rad")} {Line}, {Path}: {Reason(english)}";

    public override string ToString() => Describe();
}
