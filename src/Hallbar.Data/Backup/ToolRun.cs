namespace Hallbar.Data.Backup;

/// <summary>How an external program ended: its exit code and what it wrote.</summary>
internal sealed record ToolRun(int ExitCode, string Output, string Error);
