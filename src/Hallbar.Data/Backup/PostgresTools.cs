using System.Diagnostics;
using System.Globalization;
using System.Text;
using Npgsql;

namespace Hallbar.Data.Backup;

/// <summary>
/// PostgreSQL's client programs (pg_dump, pg_restore, psql from Debian's postgresql-client), found
/// on PATH or under /usr/lib/postgresql/*/bin, and run with the connection of a Npgsql connection string.
/// </summary>
internal sealed class PostgresTools
{
    public const string Missing =
        "PostgreSQL-säkerhetskopior görs med pg_dump, pg_restore och psql, men de finns varken i PATH eller under /usr/lib/postgresql/*/bin; installera postgresql-client.";

    private static readonly string[] Tools = ["pg_dump", "pg_restore", "psql"];

    private readonly string _folder;
    private readonly Dictionary<string, string> _environment;

    private PostgresTools(string folder, string connectionString)
    {
        _folder = folder;
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        var arguments = new List<string> { "--no-password" };
        if (!string.IsNullOrEmpty(builder.Host))
        {
            arguments.Add($"--host={builder.Host}");
        }

        arguments.Add(string.Create(CultureInfo.InvariantCulture, $"--port={builder.Port}"));
        if (!string.IsNullOrEmpty(builder.Username))
        {
            arguments.Add($"--username={builder.Username}");
        }

        if (!string.IsNullOrEmpty(builder.Database))
        {
            arguments.Add($"--dbname={builder.Database}");
        }

        ConnectionArguments = arguments;
        // The password goes in the environment, never on a command line that others can read in ps.
        _environment = new Dictionary<string, string>
        {
            ["PGCONNECT_TIMEOUT"] = builder.Timeout.ToString(CultureInfo.InvariantCulture),
            ["PGSSLMODE"] = builder.SslMode switch
            {
                SslMode.Disable => "disable",
                SslMode.Allow => "allow",
                SslMode.Require => "require",
                SslMode.VerifyCA => "verify-ca",
                SslMode.VerifyFull => "verify-full",
                _ => "prefer",
            },
            ["PGAPPNAME"] = "hallbar",
        };
        if (!string.IsNullOrEmpty(builder.Password))
        {
            _environment["PGPASSWORD"] = builder.Password;
        }

        if (!string.IsNullOrEmpty(builder.Passfile))
        {
            _environment["PGPASSFILE"] = builder.Passfile;
        }

        if (!string.IsNullOrEmpty(builder.Options))
        {
            _environment["PGOPTIONS"] = builder.Options;
        }
    }

    /// <summary>--host, --port, --username, --dbname and --no-password, as the connection string gives them.</summary>
    public IReadOnlyList<string> ConnectionArguments { get; }

    /// <summary>The tools for a database, or null when they are not installed.</summary>
    public static PostgresTools? Find(string connectionString)
    {
        var path = (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);
        // Debian puts each major version's programs in its own folder; with only the server package
        // installed they are not on PATH. The newest can dump every older server.
        var debian = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql")
                .Select(version => (Version: int.TryParse(Path.GetFileName(version), CultureInfo.InvariantCulture, out var major) ? major : -1, Folder: Path.Combine(version, "bin")))
                .OrderByDescending(v => v.Version)
                .Select(v => v.Folder)
            : [];
        return path.Concat(debian).FirstOrDefault(folder => Tools.All(tool => File.Exists(Program(folder, tool)))) is { } found
            ? new PostgresTools(found, connectionString)
            : null;
    }

    /// <summary>Starts a tool; its standard output and error are the caller's to read.</summary>
    public Process Start(string tool, IEnumerable<string> arguments, bool input = false, string? options = null)
    {
        var start = new ProcessStartInfo(Program(_folder, tool))
        {
            UseShellExecute = false,
            RedirectStandardInput = input,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardErrorEncoding = Encoding.UTF8,
            StandardOutputEncoding = Encoding.UTF8,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in _environment)
        {
            start.Environment[name] = value;
        }

        if (options is not null)
        {
            start.Environment["PGOPTIONS"] = $"{(_environment.TryGetValue("PGOPTIONS", out var given) ? given + " " : string.Empty)}{options}";
        }

        return Process.Start(start) ?? throw new InvalidOperationException($"{tool} did not start.");
    }

    /// <summary>Runs a tool to its end; cancelling kills it.</summary>
    public async Task<ToolRun> RunAsync(string tool, IEnumerable<string> arguments, CancellationToken cancellationToken)
    {
        using var process = Start(tool, arguments);
        var output = process.StandardOutput.ReadToEndAsync(CancellationToken.None);
        var error = process.StandardError.ReadToEndAsync(CancellationToken.None);
        try
        {
            await process.WaitForExitAsync(cancellationToken);
        }
        finally
        {
            Stop(process);
        }

        return new ToolRun(process.ExitCode, await output, await error);
    }

    public static void Stop(Process process)
    {
        try
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }
        }
        catch (InvalidOperationException)
        {
            // It ended between the question and the kill.
        }
    }

    /// <summary>The first lines of a tool's standard error: the reason, without pages of SQL after it.</summary>
    public static string Reason(string error)
    {
        var lines = error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var reason = string.Join(" ", lines.Take(4));
        return reason.Length switch
        {
            0 => "inget felmeddelande",
            > 800 => reason[..800] + " …",
            _ => reason,
        };
    }

    private static string Program(string folder, string tool) => Path.Combine(folder, OperatingSystem.IsWindows() ? tool + ".exe" : tool);
}
