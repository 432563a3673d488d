namespace Hallbar.Reports.Tests.Tools;

/// <summary>
/// A checking tool is missing, or it failed before it could judge a file. The message says which tool,
/// what it printed and, for a missing one, what to install (./test.sh installs them all).
/// </summary>
public sealed class ToolException : Exception
{
    public ToolException()
    {
    }

    public ToolException(string message)
        : base(message)
    {
    }

    public ToolException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
