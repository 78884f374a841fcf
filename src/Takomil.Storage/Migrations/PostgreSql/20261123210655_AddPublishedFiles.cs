using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Takomil.Storage.Migrations.PostgreSql
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
                    Token = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    FileName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ContentType = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    Content = table.Column<byte[]>(type: "bytea", nullable: false),
                    InspectionId = table.Column<Guid>(type: "uuid", nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ExpiresAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
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
