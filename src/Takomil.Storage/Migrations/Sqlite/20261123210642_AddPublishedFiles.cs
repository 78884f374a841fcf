using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Takomil.Storage.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AddPublishedFiles : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "published_files",
                columns: table => new
                {
                    Token = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ContentType = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    Content = table.Column<byte[]>(type: "BLOB", nullable: false),
                    InspectionId = table.Column<Guid>(type: "TEXT", nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ExpiresAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_published_files", x => x.Token);
                });

            migrationBuilder.CreateIndex(
                name: "IX_published_files_ExpiresAt",
                table: "published_files",
                column: "ExpiresAt");

            migrationBuilder.CreateIndex(
                name: "IX_published_files_InspectionId",
                table: "published_files",
                column: "InspectionId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "published_files");
        }
    }
}
