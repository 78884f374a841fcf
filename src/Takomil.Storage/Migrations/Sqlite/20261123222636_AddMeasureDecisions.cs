using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Takomil.Storage.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AddMeasureDecisions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "measure_decisions",
                columns: table => new
                {
                    InspectionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProposalId = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    Measure = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Accepted = table.Column<bool>(type: "INTEGER", nullable: false),
                    DecidedBy = table.Column<Guid>(type: "TEXT", nullable: false),
                    DecidedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_measure_decisions", x => new { x.InspectionId, x.ProposalId });
                    table.ForeignKey(
                        name: "FK_measure_decisions_inspections_InspectionId",
                        column: x => x.InspectionId,
                        principalTable: "inspections",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "measure_decisions");
        }
    }
}
