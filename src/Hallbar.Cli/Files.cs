namespace Hallbar.Cli;

/// <summary>Files the commands write.</summary>
internal static class Files
{
    /// <summary>Written beside and moved in place: an interrupted or failed write never leaves half a file.</summary>
    public static async Task WriteAtomicallyAsync(FileInfo target, Func<Stream, Task> write, CancellationToken cancellationToken)
    {
        var temporary = target.FullName + ".tmp";
        try
        {
            await using (var stream = File.Create(temporary))
            {
                await write(stream);
                await stream.FlushAsync(cancellationToken);
            }

            File.Move(temporary, target.FullName, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
    }
}
