using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Hallbar.Data.PostgreSql.Migrations
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
                    Id = table.Column<int>(type: "integer", nullable: false),
                    Value = table.Column<long>(type: "bigint", nullable: false)
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
            // Once per statement: a bulk insert of many changes updates the row once. OR REPLACE: a restore
            // drops the tables but keeps functions, and then migrates an older backup up through here.
            migrationBuilder.Sql("""
                CREATE OR REPLACE FUNCTION changes_new_revision() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    UPDATE revision SET "Value" = floor(random() * 9007199254740991)::bigint WHERE "Id" = 1;
                    RETURN NULL;
                END;
                $$;
                CREATE TRIGGER changes_new_revision AFTER INSERT ON changes
                    FOR EACH STATEMENT EXECUTE FUNCTION changes_new_revision();
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER changes_new_revision ON changes; DROP FUNCTION changes_new_revision();");
            migrationBuilder.DropTable(
                name: "revision");
        }
    }
}
