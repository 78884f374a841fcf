using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Takomil.Storage.Migrations.PostgreSql
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
                    InspectionId = table.Column<Guid>(type: "uuid", nullable: false),
                    ProposalId = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    Measure = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Accepted = table.Column<bool>(type: "boolean", nullable: false),
                    DecidedBy = table.Column<Guid>(type: "uuid", nullable: false),
                    DecidedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
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
