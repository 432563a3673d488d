using Microsoft.EntityFrameworkCore.Design;

namespace Hallbar.Data.PostgreSql;

/// <summary>For `dotnet ef migrations add … --project src/Hallbar.Data.PostgreSql`: the PostgreSQL migrations live here.</summary>
internal sealed class DesignTimeFactory : IDesignTimeDbContextFactory<HallbarDbContext>
{
    public HallbarDbContext CreateDbContext(string[] args) =>
        new DatabaseSettings(DatabaseProvider.PostgreSql, "Host=localhost;Database=hallbar_design").CreateContext();
}
