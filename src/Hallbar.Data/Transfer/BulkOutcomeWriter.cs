using System.Data.Common;
using System.Globalization;
using Hallbar.Data.Rows;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;
using SQLitePCL;

namespace Hallbar.Data.Transfer;

/// <summary>
/// Writes many new outcomes inside the current transaction at the speed of the database's own bulk
/// path: PostgreSQL's binary COPY, SQLite's prepared insert. Used where an import brings values that
/// were not there before (a first load of a year); a value that exists goes through the editor, one
/// by one, with its version check.
/// </summary>
internal static class BulkOutcomeWriter
{
    private static readonly string[] Columns =
        ["OrganizationId", "MeasureId", "Period", "SeriesId", "OrgUnitId", "Position", "Value", "Text", "MissingReason", "Weight", "Source", "Comment", "Version"];

    /// <summary>Writes the outcomes, saying now and then how many are written.</summary>
    public static async Task WriteAsync(HallbarDbContext db, List<OutcomeRow> outcomes, Action<int> written, CancellationToken cancellationToken)
    {
        _ = db.Database.CurrentTransaction ?? throw new InvalidOperationException("A bulk write belongs in the import's transaction.");
        // Measure by measure in the unique key's order: each measure's rows go into one stretch of
        // the index instead of all over it, which SQLite and PostgreSQL write much faster. Within a
        // measure the file's order is kept; ordering every row by the whole key costs more than it saves.
        outcomes = [.. outcomes.GroupBy(o => o.MeasureId).OrderBy(g => g.Key, StringComparer.Ordinal).SelectMany(g => g)];
        if (db.Database.GetDbConnection() is NpgsqlConnection postgres)
        {
            await CopyAsync(postgres, outcomes, written, cancellationToken);
        }
        else
        {
            Insert(((SqliteConnection)db.Database.GetDbConnection()).Handle!, outcomes, written);
        }
    }

    /// <summary>The error of an outcome that someone else created meanwhile: its unique key is taken.</summary>
    public static bool IsKeyTaken(DbException e) =>
        e is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation } or SqliteException { SqliteExtendedErrorCode: raw.SQLITE_CONSTRAINT_UNIQUE };

    private static async Task CopyAsync(NpgsqlConnection connection, List<OutcomeRow> outcomes, Action<int> written, CancellationToken cancellationToken)
    {
        await AnalyzeNewMeasuresAsync(connection, cancellationToken);
        await using var writer = await connection.BeginBinaryImportAsync(
            $"COPY \"outcomes\" ({string.Join(", ", Columns.Select(c => $"\"{c}\""))}) FROM STDIN (FORMAT BINARY)", cancellationToken);
        // The server checks and indexes a million rows for longer than a command may take (30 s by default).
        writer.Timeout = Timeout.InfiniteTimeSpan;
        for (var i = 0; i < outcomes.Count; i++)
        {
            // Synchronous writes into the importer's buffer: awaiting each of a million fields costs more than the copy.
            var o = outcomes[i];
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
            if (i % OutcomeTransfer.ProgressEvery == 0)
            {
                written(i);
            }
        }

        await writer.CompleteAsync(cancellationToken);
    }

    /// <summary>
    /// The foreign key looks up each new row's measure. While the measures table has never been
    /// analyzed (its model just imported, autovacuum not yet there) PostgreSQL plans that lookup as a
    /// scan of every measure: a million rows took 90 s instead of 7. Analyzed in that case only, as
    /// ANALYZE keeps a lock on the table until the import commits, which another import's would wait for.
    /// </summary>
    private static async Task AnalyzeNewMeasuresAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        await using var never = new NpgsqlCommand("""SELECT reltuples < 0 FROM pg_class WHERE oid = '"measures"'::regclass""", connection);
        if (await never.ExecuteScalarAsync(cancellationToken) is true)
        {
            await using var analyze = new NpgsqlCommand("""ANALYZE "measures" """, connection);
            await analyze.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    private static void WriteNullable<T>(NpgsqlBinaryImporter writer, T? value, NpgsqlDbType type)
    {
        if (value is null)
        {
            writer.WriteNull();
        }
        else
        {
            writer.Write(value, type);
        }
    }

    /// <summary>
    /// SQLite's own prepared statements, bound by position: Microsoft.Data.Sqlite looks each parameter
    /// up by name on every execution, which took most of the time of a million inserts. A hundred rows
    /// a statement: each run of an INSERT opens its cursors and reads and writes the table's
    /// AUTOINCREMENT counter, which for one row a run took a third of the time. Synchronous, as SQLite
    /// runs in-process; inside the transaction the connection holds.
    /// </summary>
    private static void Insert(sqlite3 database, List<OutcomeRow> outcomes, Action<int> written)
    {
        const int RowsPerStatement = 100;
        using var full = new Statement(database, RowsPerStatement);
        using var rest = new Statement(database, Math.Max(outcomes.Count % RowsPerStatement, 1));
        for (var start = 0; start < outcomes.Count; start += RowsPerStatement)
        {
            var statement = outcomes.Count - start >= RowsPerStatement ? full : rest;
            for (var row = 0; row < statement.Rows; row++)
            {
                statement.Bind(row, outcomes[start + row]);
            }

            statement.Run();
            if (start % OutcomeTransfer.ProgressEvery == 0)
            {
                written(start);
            }
        }
    }

    /// <summary>
    /// An INSERT of a number of rows, its parameters bound by position, each again only when its value
    /// differs from the one bound before: SQLite keeps what is bound (unbound is NULL), and the rows
    /// mostly share the organization, measure, period and series and have no text or comment.
    /// </summary>
    private sealed class Statement : IDisposable
    {
        private static readonly object SomeNumber = new();
        private readonly sqlite3 _database;
        private readonly sqlite3_stmt _statement;
        private readonly object?[] _bound;
        private readonly char[] _number = new char[64];

        public Statement(sqlite3 database, int rows)
        {
            var sql = $"INSERT INTO \"outcomes\" ({string.Join(", ", Columns.Select(c => $"\"{c}\""))}) VALUES "
                + string.Join(", ", Enumerable.Repeat($"({string.Join(", ", Columns.Select(_ => "?"))})", rows));
            SqliteException.ThrowExceptionForRC(raw.sqlite3_prepare_v2(database, sql, out _statement), database);
            (_database, _bound, Rows) = (database, new object?[rows * Columns.Length], rows);
        }

        public int Rows { get; }

        public void Bind(int row, OutcomeRow o)
        {
            var at = row * Columns.Length;
            Text(at, o.OrganizationId);
            Text(at + 1, o.MeasureId);
            Text(at + 2, o.Period);
            Text(at + 3, o.SeriesId);
            Text(at + 4, o.OrgUnitId);
            raw.sqlite3_bind_int(_statement, at + 6, o.Position);
            Number(at + 6, o.Value);
            Text(at + 7, o.Text);
            Text(at + 8, o.MissingReason);
            Number(at + 9, o.Weight);
            Text(at + 10, o.Source);
            Text(at + 11, o.Comment);
            raw.sqlite3_bind_int(_statement, at + 13, o.Version);
        }

        public void Run()
        {
            var step = raw.sqlite3_step(_statement);
            if (step != raw.SQLITE_DONE)
            {
                SqliteException.ThrowExceptionForRC(step, _database);
            }

            raw.sqlite3_reset(_statement);
        }

        public void Dispose() => _statement.Dispose();

        /// <summary>A text; the same instance as bound before is bound already (equal texts from a file are mostly one instance).</summary>
        private void Text(int parameter, string? text)
        {
            if (!ReferenceEquals(_bound[parameter], text))
            {
                _bound[parameter] = text;
                _ = text is null ? raw.sqlite3_bind_null(_statement, parameter + 1) : raw.sqlite3_bind_text16(_statement, parameter + 1, text);
            }
        }

        /// <summary>A decimal as invariant text, as HallbarDbContext's SQLite converter stores it.</summary>
        private void Number(int parameter, decimal? value)
        {
            if (value is not { } number)
            {
                Text(parameter, null);
                return;
            }

            _bound[parameter] = SomeNumber;
            number.TryFormat(_number, out var length, provider: CultureInfo.InvariantCulture);
            raw.sqlite3_bind_text16(_statement, parameter + 1, _number.AsSpan(0, length));
        }
    }
}
