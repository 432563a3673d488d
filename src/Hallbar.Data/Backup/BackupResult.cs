namespace Hallbar.Data.Backup;

/// <summary>What a backup or restore did, in a sentence for the user.</summary>
public sealed record BackupResult(BackupStatus Status, string Message)
{
    public bool Succeeded => Status == BackupStatus.Done;

    internal static BackupResult Done(string message) => new(BackupStatus.Done, message);

    internal static BackupResult Failed(string message) => new(BackupStatus.Failed, message);

    internal static BackupResult NotABackup(string message) => new(BackupStatus.NotABackup, message);
}
