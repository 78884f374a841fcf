using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Takomil.Storage.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class AddInterviews : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "interview_sessions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    InspectionId = table.Column<Guid>(type: "uuid", nullable: false),
                    ScriptId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    ScriptFingerprint = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    IntervieweeId = table.Column<Guid>(type: "uuid", nullable: false),
                    RequestedBy = table.Column<Guid>(type: "uuid", nullable: false),
                    Language = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    StateJson = table.Column<string>(type: "text", nullable: false),
                    Status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    PersonalConversationId = table.Column<string>(type: "character varying(512)", maxLength: 512, nullable: true),
                    OriginConversationId = table.Column<string>(type: "character varying(512)", maxLength: 512, nullable: true),
                    StartedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    LastActivityAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    RemindedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    CompletedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_interview_sessions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_interview_sessions_inspections_InspectionId",
                        column: x => x.InspectionId,
                        principalTable: "inspections",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_interview_sessions_officials_IntervieweeId",
                        column: x => x.IntervieweeId,
                        principalTable: "officials",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "answer_conflicts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    InspectionId = table.Column<Guid>(type: "uuid", nullable: false),
                    SessionId = table.Column<Guid>(type: "uuid", nullable: false),
                    Path = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    ExistingDisplay = table.Column<string>(type: "text", nullable: false),
                    ExistingOfficialId = table.Column<Guid>(type: "uuid", nullable: true),
                    NewDisplay = table.Column<string>(type: "text", nullable: false),
                    NewOfficialId = table.Column<Guid>(type: "uuid", nullable: true),
                    DetectedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ResolvedBy = table.Column<Guid>(type: "uuid", nullable: true),
                    ResolvedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Choice = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_answer_conflicts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_answer_conflicts_interview_sessions_SessionId",
                        column: x => x.SessionId,
                        principalTable: "interview_sessions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_answer_conflicts_InspectionId",
                table: "answer_conflicts",
                column: "InspectionId");

            migrationBuilder.CreateIndex(
                name: "IX_answer_conflicts_SessionId",
                table: "answer_conflicts",
                column: "SessionId");

            migrationBuilder.CreateIndex(
                name: "IX_interview_sessions_InspectionId",
                table: "interview_sessions",
                column: "InspectionId");

            migrationBuilder.CreateIndex(
                name: "IX_interview_sessions_IntervieweeId_Status",
                table: "interview_sessions",
                columns: new[] { "IntervieweeId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_interview_sessions_Status_LastActivityAt",
                table: "interview_sessions",
                columns: new[] { "Status", "LastActivityAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "answer_conflicts");

            migrationBuilder.DropTable(
                name: "interview_sessions");
        }
    }
}
