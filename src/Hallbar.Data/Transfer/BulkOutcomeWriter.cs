using System.Data.Common;
using System.Globalization;
using Hallbar.Data.Rows;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using NpgsqlTypes;

namespace Hallbar.Data.Transfer;

/// <summary>
/// Writes many new outcomes, each with its history row, inside the current transaction at the
/// speed of the database's own bulk path: PostgreSQL's binary COPY, SQLite's prepared insert.
/// Used where an import brings values that were not there before (a first load of a year); a
/// value that exists goes through the editor, one by one, with its version check.
/// </summary>
internal static class BulkOutcomeWriter
{
    private static readonly string[] OutcomeColumns =
        ["OrganizationId", "MeasureId", "Period", "SeriesId", "OrgUnitId", "Position", "Value", "Text", "MissingReason", "Weight", "Source", "Comment", "Version"];

    private static readonly string[] ChangeColumns =
        ["OrganizationId", "Subject", "Key", "OldValue", "NewValue", "ChangedBy", "ChangedAt", "Reason", "IsRestatement"];

    public static async Task WriteAsync(HallbarDbContext db, IReadOnlyList<OutcomeRow> outcomes, IReadOnlyList<ChangeRow> changes, CancellationToken cancellationToken)
    {
        var connection = db.Database.GetDbConnection();
        var transaction = db.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("A bulk write belongs in the import's transaction.");
        if (connection is NpgsqlConnection postgres)
        {
            await CopyAsync(postgres, outcomes, changes, cancellationToken);
        }
        else
        {
            await InsertAsync((SqliteConnection)connection, (SqliteTransaction)transaction, outcomes, changes);
        }
    }

    private static async Task CopyAsync(NpgsqlConnection connection, IReadOnlyList<OutcomeRow> outcomes, IReadOnlyList<ChangeRow> changes, CancellationToken cancellationToken)
    {
        await using (var writer = await connection.BeginBinaryImportAsync(Copy("outcomes", OutcomeColumns), cancellationToken))
        {
            foreach (var o in outcomes)
            {
                writer.StartRow();
                writer.Write(o.OrganizationId, NpgsqlDbType.Varchar);
                writer.Write(o.MeasureId, NpgsqlDbType.Varchar);
                writer.Write(o.Period, NpgsqlDbType.Varchar);
                writer.Write(o.SeriesId, NpgsqlDbType.Varchar);
                writer.Write(o.OrgUnitId, NpgsqlDbType.Varchar);
                writer.Write(o.Position, NpgsqlDbType.Integer);
                WriteNullable(writer, o.Value, NpgsqlDbType.Numeric);
                WriteNullable(writer, o.Text, NpgsqlDbType.Text);
                WriteNullable(writer, o.MissingReason, NpgsqlDbType.Text);
                WriteNullable(writer, o.Weight, NpgsqlDbType.Numeric);
                WriteNullable(writer, o.Source, NpgsqlDbType.Text);
                WriteNullable(writer, o.Comment, NpgsqlDbType.Text);
                writer.Write(o.Version, NpgsqlDbType.Integer);
            }

            await writer.CompleteAsync(cancellationToken);
        }

        await using (var writer = await connection.BeginBinaryImportAsync(Copy("changes", ChangeColumns), cancellationToken))
        {
            foreach (var c in changes)
            {
                writer.StartRow();
                writer.Write(c.OrganizationId, NpgsqlDbType.Text);
                writer.Write(c.Subject, NpgsqlDbType.Varchar);
                writer.Write(c.Key, NpgsqlDbType.Varchar);
                WriteNullable(writer, c.OldValue, NpgsqlDbType.Text);
                WriteNullable(writer, c.NewValue, NpgsqlDbType.Text);
                writer.Write(c.ChangedBy, NpgsqlDbType.Varchar);
                writer.Write(c.ChangedAt, NpgsqlDbType.TimestampTz);
                WriteNullable(writer, c.Reason, NpgsqlDbType.Text);
                writer.Write(c.IsRestatement, NpgsqlDbType.Boolean);
            }

            await writer.CompleteAsync(cancellationToken);
        }
    }

    private static Task InsertAsync(SqliteConnection connection, SqliteTransaction transaction, IReadOnlyList<OutcomeRow> outcomes, IReadOnlyList<ChangeRow> changes)
    {
        // Synchronous: SQLite runs in-process, and awaiting a million tiny inserts only adds to them.
        using (var insert = Insert(connection, transaction, "outcomes", OutcomeColumns))
        {
            foreach (var o in outcomes)
            {
                // Decimals as invariant text, as HallbarDbContext's SQLite converter stores them.
                Set(insert, o.OrganizationId, o.MeasureId, o.Period, o.SeriesId, o.OrgUnitId, o.Position, Text(o.Value), o.Text, o.MissingReason, Text(o.Weight), o.Source, o.Comment, o.Version);
                insert.ExecuteNonQuery();
            }
        }

        using (var insert = Insert(connection, transaction, "changes", ChangeColumns))
        {
            foreach (var c in changes)
            {
                Set(insert, c.OrganizationId, c.Subject, c.Key, c.OldValue, c.NewValue, c.ChangedBy, c.ChangedAt.ToString("yyyy-MM-dd HH:mm:ss.FFFFFFFzzz", CultureInfo.InvariantCulture), c.Reason, c.IsRestatement);
                insert.ExecuteNonQuery();
            }
        }

        return Task.CompletedTask;
    }

    private static SqliteCommand Insert(SqliteConnection connection, SqliteTransaction transaction, string table, string[] columns)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"INSERT INTO \"{table}\" ({string.Join(", ", columns.Select(c => $"\"{c}\""))}) VALUES ({string.Join(", ", columns.Select((_, i) => $"$p{i}"))})";
        for (var i = 0; i < columns.Length; i++)
        {
            command.Parameters.Add(new SqliteParameter($"$p{i}", null));
        }

        command.Prepare();
        return command;
    }

    private static void Set(DbCommand command, params object?[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i] ?? DBNull.Value;
        }
    }

    private static string? Text(decimal? value) => value?.ToString(CultureInfo.InvariantCulture);

    private static string Copy(string table, string[] columns) =>
        $"COPY \"{table}\" ({string.Join(", ", columns.Select(c => $"\"{c}\""))}) FROM STDIN (FORMAT BINARY)";

    private static void WriteNullable<T>(NpgsqlBinaryImporter writer, T? value, NpgsqlDbType type)
    {
        // Synchronous writes into the importer's buffer: awaiting each of a million fields costs more than the copy.
        if (value is null)
        {
            writer.WriteNull();
        }
        else
        {
            writer.Write(value, type);
        }
    }
}
