namespace Hallbar.Cli;

/// <summary>What `hallbar` exits with, for scripts.</summary>
public static class ExitCodes
{
    public const int Ok = 0;

    /// <summary>The model file was read but has problems; each is printed with its line and path.</summary>
    public const int InvalidModel = 1;

    /// <summary>The command line is wrong, or a file cannot be read.</summary>
    public const int Usage = 2;

    /// <summary>Hallbar itself failed: a bug to report, not a problem in the input.</summary>
    public const int InternalError = 3;
}
