using Microsoft.EntityFrameworkCore.Design;

namespace Hallbar.Data.Sqlite;

/// <summary>For `dotnet ef migrations add … --project src/Hallbar.Data.Sqlite`: the SQLite migrations live here.</summary>
internal sealed class DesignTimeFactory : IDesignTimeDbContextFactory<HallbarDbContext>
{
    public HallbarDbContext CreateDbContext(string[] args) => DatabaseSettings.Sqlite("design-time.db").CreateContext();
}
