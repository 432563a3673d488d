using System.Buffers;
using System.Data.Common;
using System.Globalization;
using Hallbar.Data.Rows;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;
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
    /// <summary>From how many new rows the indexes of PostgreSQL's outcomes table are set aside while they are copied.</summary>
    internal const int SetAsideFrom = 10_000;

    /// <summary>How long the import waits to have the outcomes table to itself before it copies the slow way.</summary>
    private static readonly TimeSpan LockWait = TimeSpan.FromSeconds(2);

    private static readonly SearchValues<char> CopyEscaped = SearchValues.Create("\\\t\n\r");

    private static readonly string[] Columns =
        ["OrganizationId", "MeasureId", "Period", "SeriesId", "OrgUnitId", "Position", "Value", "Text", "MissingReason", "Weight", "Source", "Comment", "Version"];

    /// <summary>Writes the outcomes, best in the unique key's order, saying now and then how many are written.</summary>
    public static async Task WriteAsync(HallbarDbContext db, List<OutcomeRow> outcomes, Action<int> written, CancellationToken cancellationToken)
    {
        _ = db.Database.CurrentTransaction ?? throw new InvalidOperationException("A bulk write belongs in the import's transaction.");
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
        var setAside = await SetIndexesAsideAsync(connection, outcomes.Count, cancellationToken);
        if (setAside is null)
        {
            await AnalyzeNewMeasuresAsync(connection, cancellationToken);
        }

        // COPY's text format, written here: Npgsql's binary importer took 2 µs of the client's time a
        // row, more than the server needs for it; the text is mostly the file's own strings.
        await using (var writer = (NpgsqlCopyTextWriter)await connection.BeginTextImportAsync(
            $"COPY \"outcomes\" ({string.Join(", ", Columns.Select(c => $"\"{c}\""))}) FROM STDIN", cancellationToken))
        {
            // The server checks and indexes a million rows for longer than a command may take (30 s by default).
            writer.Timeout = Timeout.Infinite;
            var number = new char[64];
            for (var i = 0; i < outcomes.Count; i++)
            {
                var o = outcomes[i];
                CopyText(writer, o.OrganizationId, '\t');
                CopyText(writer, o.MeasureId, '\t');
                CopyText(writer, o.Period, '\t');
                CopyText(writer, o.SeriesId, '\t');
                CopyText(writer, o.OrgUnitId, '\t');
                CopyNumber(writer, o.Position, number, '\t');
                CopyNumber(writer, o.Value, number, '\t');
                CopyText(writer, o.Text, '\t');
                CopyText(writer, o.MissingReason, '\t');
                CopyNumber(writer, o.Weight, number, '\t');
                CopyText(writer, o.Source, '\t');
                CopyText(writer, o.Comment, '\t');
                CopyNumber(writer, o.Version, number, '\n');
                if (i % OutcomeTransfer.ProgressEvery == 0)
                {
                    written(i);
                }
            }
        }

        foreach (var statement in setAside ?? [])
        {
            await ExecuteAsync(connection, statement, cancellationToken);
        }
    }

    /// <summary>
    /// For many new rows into a table that holds no more than them: the unique index and the foreign
    /// key of <c>outcomes</c> dropped, in the import's transaction, to be made again from their own
    /// definitions once the rows are in; the statements that make them again, or null to copy into
    /// the table as it is. Checked row by row while copied they took 80% of the time of a million rows
    /// (each row's foreign-key trigger and its unique-index insertion, 6–8 µs a row); built at the end
    /// they are one sort of the table and one join with the measures. As the DDL is part of the
    /// transaction, a crash or a rollback leaves the table, indexes and keys as they were. It takes
    /// the table for itself until the commit (readers wait), so only when it can have it within
    /// <see cref="LockWait"/> and is allowed to (owner): otherwise the rows are copied the slow way.
    /// A value someone else created meanwhile fails the unique index when it is built, as it would
    /// the copy (IsKeyTaken).
    /// </summary>
    private static async Task<List<string>?> SetIndexesAsideAsync(NpgsqlConnection connection, int count, CancellationToken cancellationToken)
    {
        // The table's rows counted, up to one more than the new ones (a scan of at most as many rows as
        // are copied). The planner's figures (reltuples, the table's size) count the rows of an import
        // that was killed or rolled back, dead in the table until it is vacuumed: by them, the retry
        // of a large first load would copy the slow way.
        if (count < SetAsideFrom)
        {
            return null;
        }

        await using (var held = new NpgsqlCommand("""SELECT count(*) FROM (SELECT FROM "outcomes" LIMIT @most) AS held""", connection))
        {
            held.Parameters.AddWithValue("most", count + 1L);
            if ((long)(await held.ExecuteScalarAsync(cancellationToken))! > count)
            {
                return null;
            }
        }

        await ExecuteAsync(connection, "SAVEPOINT outcomes_set_aside", cancellationToken);
        try
        {
            await using var statements = new NpgsqlCommand(
                """
                SELECT current_setting('lock_timeout'), set_config('lock_timeout', @wait, true);
                LOCK TABLE "outcomes" IN ACCESS EXCLUSIVE MODE;
                LOCK TABLE "measures" IN SHARE ROW EXCLUSIVE MODE;
                SELECT format('ALTER TABLE %s DROP CONSTRAINT %I', conrelid::regclass, conname),
                       format('ALTER TABLE %s ADD CONSTRAINT %I %s', conrelid::regclass, conname, pg_get_constraintdef(oid))
                FROM pg_constraint WHERE conrelid = '"outcomes"'::regclass AND contype = 'f'
                UNION ALL
                SELECT format('DROP INDEX %s', indexrelid::regclass), pg_get_indexdef(indexrelid)
                FROM pg_index WHERE indrelid = '"outcomes"'::regclass AND NOT EXISTS (SELECT FROM pg_constraint WHERE conindid = indexrelid);
                """, connection);
            statements.Parameters.AddWithValue("wait", $"{LockWait.TotalMilliseconds}ms");
            var (drop, create, timeout) = (new List<string>(), new List<string>(), "");
            await using (var reader = await statements.ExecuteReaderAsync(cancellationToken))
            {
                await reader.ReadAsync(cancellationToken);
                timeout = reader.GetString(0);
                await reader.NextResultAsync(cancellationToken);
                while (await reader.ReadAsync(cancellationToken))
                {
                    drop.Add(reader.GetString(0));
                    create.Insert(0, reader.GetString(1));
                }
            }

            foreach (var statement in drop)
            {
                await ExecuteAsync(connection, statement, cancellationToken);
            }

            await using (var restore = new NpgsqlCommand("SELECT set_config('lock_timeout', @timeout, true)", connection))
            {
                restore.Parameters.AddWithValue("timeout", timeout);
                await restore.ExecuteNonQueryAsync(cancellationToken);
            }

            await ExecuteAsync(connection, "RELEASE SAVEPOINT outcomes_set_aside", cancellationToken);
            return create;
        }
        catch (PostgresException e) when (e.SqlState is PostgresErrorCodes.LockNotAvailable or PostgresErrorCodes.DeadlockDetected or PostgresErrorCodes.InsufficientPrivilege)
        {
            // Others read or write the table for now, or the database user may not alter it.
            await ExecuteAsync(connection, "ROLLBACK TO SAVEPOINT outcomes_set_aside", cancellationToken);
            return null;
        }
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 0 };
        await command.ExecuteNonQueryAsync(cancellationToken);
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

    /// <summary>A text in COPY's text format (\N for null; backslash, tab, newline and carriage return escaped), then the separator.</summary>
    private static void CopyText(TextWriter writer, string? text, char separator)
    {
        if (text is null)
        {
            writer.Write(@"\N");
        }
        else if (text.AsSpan().IndexOfAny(CopyEscaped) < 0)
        {
            writer.Write(text);
        }
        else
        {
            foreach (var c in text)
            {
                if (c switch { '\\' => @"\\", '\t' => @"\t", '\n' => @"\n", '\r' => @"\r", _ => null } is { } escaped)
                {
                    writer.Write(escaped);
                }
                else
                {
                    writer.Write(c);
                }
            }
        }

        writer.Write(separator);
    }

    private static void CopyNumber<T>(TextWriter writer, T? value, char[] buffer, char separator)
        where T : struct, ISpanFormattable
    {
        if (value is { } number && number.TryFormat(buffer, out var length, default, CultureInfo.InvariantCulture))
        {
            writer.Write(buffer, 0, length);
        }
        else
        {
            writer.Write(@"\N");
        }

        writer.Write(separator);
    }

    private static void CopyNumber<T>(TextWriter writer, T value, char[] buffer, char separator)
        where T : struct, ISpanFormattable => CopyNumber<T>(writer, (T?)value, buffer, separator);

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
