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
            await InsertAsync((SqliteConnection)connection, (SqliteTransaction)transaction, outcomes, changes, cancellationToken);
        }
    }

    private static async Task CopyAsync(NpgsqlConnection connection, IReadOnlyList<OutcomeRow> outcomes, IReadOnlyList<ChangeRow> changes, CancellationToken cancellationToken)
    {
        await using (var writer = await connection.BeginBinaryImportAsync(Copy("outcomes", OutcomeColumns), cancellationToken))
        {
            foreach (var o in outcomes)
            {
                await writer.StartRowAsync(cancellationToken);
                await writer.WriteAsync(o.OrganizationId, NpgsqlDbType.Varchar, cancellationToken);
                await writer.WriteAsync(o.MeasureId, NpgsqlDbType.Varchar, cancellationToken);
                await writer.WriteAsync(o.Period, NpgsqlDbType.Varchar, cancellationToken);
                await writer.WriteAsync(o.SeriesId, NpgsqlDbType.Varchar, cancellationToken);
                await writer.WriteAsync(o.OrgUnitId, NpgsqlDbType.Varchar, cancellationToken);
                await writer.WriteAsync(o.Position, NpgsqlDbType.Integer, cancellationToken);
                await WriteNullableAsync(writer, o.Value, NpgsqlDbType.Numeric, cancellationToken);
                await WriteNullableAsync(writer, o.Text, NpgsqlDbType.Text, cancellationToken);
                await WriteNullableAsync(writer, o.MissingReason, NpgsqlDbType.Text, cancellationToken);
                await WriteNullableAsync(writer, o.Weight, NpgsqlDbType.Numeric, cancellationToken);
                await WriteNullableAsync(writer, o.Source, NpgsqlDbType.Text, cancellationToken);
                await WriteNullableAsync(writer, o.Comment, NpgsqlDbType.Text, cancellationToken);
                await writer.WriteAsync(o.Version, NpgsqlDbType.Integer, cancellationToken);
            }

            await writer.CompleteAsync(cancellationToken);
        }

        await using (var writer = await connection.BeginBinaryImportAsync(Copy("changes", ChangeColumns), cancellationToken))
        {
            foreach (var c in changes)
            {
                await writer.StartRowAsync(cancellationToken);
                await writer.WriteAsync(c.OrganizationId, NpgsqlDbType.Text, cancellationToken);
                await writer.WriteAsync(c.Subject, NpgsqlDbType.Varchar, cancellationToken);
                await writer.WriteAsync(c.Key, NpgsqlDbType.Varchar, cancellationToken);
                await WriteNullableAsync(writer, c.OldValue, NpgsqlDbType.Text, cancellationToken);
                await WriteNullableAsync(writer, c.NewValue, NpgsqlDbType.Text, cancellationToken);
                await writer.WriteAsync(c.ChangedBy, NpgsqlDbType.Varchar, cancellationToken);
                await writer.WriteAsync(c.ChangedAt, NpgsqlDbType.TimestampTz, cancellationToken);
                await WriteNullableAsync(writer, c.Reason, NpgsqlDbType.Text, cancellationToken);
                await writer.WriteAsync(c.IsRestatement, NpgsqlDbType.Boolean, cancellationToken);
            }

            await writer.CompleteAsync(cancellationToken);
        }
    }

    private static async Task InsertAsync(SqliteConnection connection, SqliteTransaction transaction, IReadOnlyList<OutcomeRow> outcomes, IReadOnlyList<ChangeRow> changes, CancellationToken cancellationToken)
    {
        await using (var insert = Insert(connection, transaction, "outcomes", OutcomeColumns))
        {
            foreach (var o in outcomes)
            {
                // Decimals as invariant text, as HallbarDbContext's SQLite converter stores them.
                Set(insert, o.OrganizationId, o.MeasureId, o.Period, o.SeriesId, o.OrgUnitId, o.Position, Text(o.Value), o.Text, o.MissingReason, Text(o.Weight), o.Source, o.Comment, o.Version);
                await insert.ExecuteNonQueryAsync(cancellationToken);
            }
        }

        await using (var insert = Insert(connection, transaction, "changes", ChangeColumns))
        {
            foreach (var c in changes)
            {
                Set(insert, c.OrganizationId, c.Subject, c.Key, c.OldValue, c.NewValue, c.ChangedBy, c.ChangedAt.ToString("yyyy-MM-dd HH:mm:ss.FFFFFFFzzz", CultureInfo.InvariantCulture), c.Reason, c.IsRestatement);
                await insert.ExecuteNonQueryAsync(cancellationToken);
            }
        }
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

    private static async Task WriteNullableAsync<T>(NpgsqlBinaryImporter writer, T? value, NpgsqlDbType type, CancellationToken cancellationToken)
    {
        if (value is null)
        {
            await writer.WriteNullAsync(cancellationToken);
        }
        else
        {
            await writer.WriteAsync(value, type, cancellationToken);
        }
    }
}
