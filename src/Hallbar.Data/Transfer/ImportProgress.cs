namespace Hallbar.Data.Transfer;

/// <summary>How far an import has come: its step, and how much of that step is done (of a total of 0: not known).</summary>
public sealed record ImportProgress(ImportStep Step, long Done, long Total);
