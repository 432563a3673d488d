namespace Hallbar.Data.Backup;

/// <summary>How a backup or restore ended; everything but Done left the database and the target file as they were.</summary>
public enum BackupStatus
{
    Done,

    /// <summary>The backup file exists already and was not to be overwritten.</summary>
    TargetExists,

    /// <summary>The file to restore, the database to back up, or the folder to write into does not exist.</summary>
    NotFound,

    /// <summary>The file is not a backup this version of Hallbar can restore into this database.</summary>
    NotABackup,

    /// <summary>The database, the disk or pg_dump/pg_restore refused; the message carries their reason.</summary>
    Failed,
}
