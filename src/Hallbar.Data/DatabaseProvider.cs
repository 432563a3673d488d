namespace Hallbar.Data;

public enum DatabaseProvider
{
    Sqlite,
    PostgreSql,
}
