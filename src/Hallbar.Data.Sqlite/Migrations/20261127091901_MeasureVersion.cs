using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Hallbar.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class MeasureVersion : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "Version",
                table: "measures",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Version",
                table: "measures");
        }
    }
}
