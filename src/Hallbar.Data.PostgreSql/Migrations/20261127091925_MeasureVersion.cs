using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Hallbar.Data.PostgreSql.Migrations
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
                type: "integer",
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
