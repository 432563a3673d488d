using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Hallbar.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Revision : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "revision",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false),
                    Value = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_revision", x => x.Id);
                });

            migrationBuilder.InsertData(
                table: "revision",
                columns: new[] { "Id", "Value" },
                values: new object[] { 1, 0L });

            // Every transaction that writes a change gives the database a new revision (see RevisionRow).
            migrationBuilder.Sql("""
                CREATE TRIGGER changes_new_revision AFTER INSERT ON changes
                BEGIN
                    UPDATE revision SET "Value" = random() WHERE "Id" = 1;
                END;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER changes_new_revision;");
            migrationBuilder.DropTable(
                name: "revision");
        }
    }
}
