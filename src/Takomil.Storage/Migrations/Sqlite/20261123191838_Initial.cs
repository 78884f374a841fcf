using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Takomil.Storage.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "agencies",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ParentAgencyId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    name_en = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    name_ru = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    name_uz_cyrl = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    name_uz_latn = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_agencies", x => x.Id);
                    table.ForeignKey(
                        name: "FK_agencies_agencies_ParentAgencyId",
                        column: x => x.ParentAgencyId,
                        principalTable: "agencies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "audit_entries",
                columns: table => new
                {
                    Sequence = table.Column<long>(type: "INTEGER", nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    Actor = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Action = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Subject = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    PayloadJson = table.Column<string>(type: "TEXT", nullable: false),
                    PreviousHash = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 64, nullable: false),
                    Hash = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_audit_entries", x => x.Sequence);
                });

            migrationBuilder.CreateTable(
                name: "conversation_references",
                columns: table => new
                {
                    ConversationId = table.Column<string>(type: "TEXT", maxLength: 512, nullable: false),
                    ConversationType = table.Column<string>(type: "TEXT", nullable: true),
                    UserId = table.Column<string>(type: "TEXT", nullable: true),
                    UserAadObjectId = table.Column<string>(type: "TEXT", nullable: true),
                    TenantId = table.Column<string>(type: "TEXT", nullable: true),
                    ServiceUrl = table.Column<string>(type: "TEXT", maxLength: 1024, nullable: false),
                    ReferenceJson = table.Column<string>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_conversation_references", x => x.ConversationId);
                });

            migrationBuilder.CreateTable(
                name: "inbound_activities",
                columns: table => new
                {
                    Key = table.Column<string>(type: "TEXT", maxLength: 512, nullable: false),
                    SeenAt = table.Column<long>(type: "INTEGER", nullable: false),
                    InvokeStatus = table.Column<int>(type: "INTEGER", nullable: true),
                    InvokeResponseJson = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_inbound_activities", x => x.Key);
                });

            migrationBuilder.CreateTable(
                name: "outbox",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Operation = table.Column<int>(type: "INTEGER", nullable: false),
                    ConversationId = table.Column<string>(type: "TEXT", maxLength: 512, nullable: false),
                    ActivityJson = table.Column<string>(type: "TEXT", nullable: false),
                    TargetActivityId = table.Column<string>(type: "TEXT", nullable: true),
                    Attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    NextAttemptAt = table.Column<long>(type: "INTEGER", nullable: false),
                    LeaseUntil = table.Column<long>(type: "INTEGER", nullable: false),
                    SentAt = table.Column<long>(type: "INTEGER", nullable: true),
                    DeadLettered = table.Column<bool>(type: "INTEGER", nullable: false),
                    LastError = table.Column<string>(type: "TEXT", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_outbox", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "service_lists",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    SubmittedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    SubmittedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    Approval = table.Column<string>(type: "TEXT", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_service_lists", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "user_preferences",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Language = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_user_preferences", x => x.UserId);
                });

            migrationBuilder.CreateTable(
                name: "welcomes",
                columns: table => new
                {
                    ConversationId = table.Column<string>(type: "TEXT", maxLength: 512, nullable: false),
                    WelcomedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_welcomes", x => x.ConversationId);
                });

            migrationBuilder.CreateTable(
                name: "officials",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TeamsUserId = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    EntraObjectId = table.Column<Guid>(type: "TEXT", nullable: false),
                    DisplayName = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    AgencyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Position = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    PreferredLanguage = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    SystemRole = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_officials", x => x.Id);
                    table.ForeignKey(
                        name: "FK_officials_agencies_AgencyId",
                        column: x => x.AgencyId,
                        principalTable: "agencies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "services",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ProviderAgencyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Recipients = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    name_en = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    name_ru = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    name_uz_cyrl = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    name_uz_latn = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_services", x => x.Id);
                    table.ForeignKey(
                        name: "FK_services_agencies_ProviderAgencyId",
                        column: x => x.ProviderAgencyId,
                        principalTable: "agencies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "inspections",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ServiceId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ServiceListId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Deadline = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Stage = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    StageBeforeSuspension = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    CreatedBy = table.Column<Guid>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    PlanItems = table.Column<string>(type: "TEXT", nullable: false),
                    History = table.Column<string>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_inspections", x => x.Id);
                    table.ForeignKey(
                        name: "FK_inspections_service_lists_ServiceListId",
                        column: x => x.ServiceListId,
                        principalTable: "service_lists",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_inspections_services_ServiceId",
                        column: x => x.ServiceId,
                        principalTable: "services",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "service_list_entries",
                columns: table => new
                {
                    RowId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ServiceId = table.Column<Guid>(type: "TEXT", nullable: false),
                    InspectionDeadline = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ServiceListId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_service_list_entries", x => x.RowId);
                    table.ForeignKey(
                        name: "FK_service_list_entries_service_lists_ServiceListId",
                        column: x => x.ServiceListId,
                        principalTable: "service_lists",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_service_list_entries_services_ServiceId",
                        column: x => x.ServiceId,
                        principalTable: "services",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "fact_sheets",
                columns: table => new
                {
                    InspectionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    InspectionYear = table.Column<int>(type: "INTEGER", nullable: false),
                    LegalActs = table.Column<string>(type: "TEXT", nullable: false),
                    Agencies = table.Column<string>(type: "TEXT", nullable: false),
                    CostAndTerms = table.Column<string>(type: "TEXT", nullable: true),
                    Recipients = table.Column<string>(type: "TEXT", nullable: false),
                    InputDocuments = table.Column<string>(type: "TEXT", nullable: false),
                    OutputDocuments = table.Column<string>(type: "TEXT", nullable: false),
                    InformationSystems = table.Column<string>(type: "TEXT", nullable: false),
                    NoInformationSystemsConfirmed = table.Column<string>(type: "TEXT", nullable: true),
                    Statistics = table.Column<string>(type: "TEXT", nullable: false),
                    PracticeAnalysis = table.Column<string>(type: "TEXT", nullable: true),
                    Appeals = table.Column<string>(type: "TEXT", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_fact_sheets", x => x.InspectionId);
                    table.ForeignKey(
                        name: "FK_fact_sheets_inspections_InspectionId",
                        column: x => x.InspectionId,
                        principalTable: "inspections",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "inspection_members",
                columns: table => new
                {
                    RowId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OfficialId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Roles = table.Column<string>(type: "TEXT", nullable: false),
                    AddedBy = table.Column<Guid>(type: "TEXT", nullable: false),
                    AddedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    InspectionId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_inspection_members", x => x.RowId);
                    table.ForeignKey(
                        name: "FK_inspection_members_inspections_InspectionId",
                        column: x => x.InspectionId,
                        principalTable: "inspections",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "process_models",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    InspectionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Revision = table.Column<int>(type: "INTEGER", nullable: false),
                    Procedures = table.Column<string>(type: "TEXT", nullable: false),
                    LastChange = table.Column<string>(type: "TEXT", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_process_models", x => x.Id);
                    table.ForeignKey(
                        name: "FK_process_models_inspections_InspectionId",
                        column: x => x.InspectionId,
                        principalTable: "inspections",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "process_model_revisions",
                columns: table => new
                {
                    ModelId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Revision = table.Column<int>(type: "INTEGER", nullable: false),
                    InspectionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    ProceduresJson = table.Column<string>(type: "TEXT", nullable: false),
                    ChangedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    SavedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_process_model_revisions", x => new { x.ModelId, x.Revision });
                    table.ForeignKey(
                        name: "FK_process_model_revisions_process_models_ModelId",
                        column: x => x.ModelId,
                        principalTable: "process_models",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_agencies_Code",
                table: "agencies",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_agencies_ParentAgencyId",
                table: "agencies",
                column: "ParentAgencyId");

            migrationBuilder.CreateIndex(
                name: "IX_audit_entries_Subject",
                table: "audit_entries",
                column: "Subject");

            migrationBuilder.CreateIndex(
                name: "IX_conversation_references_ServiceUrl",
                table: "conversation_references",
                column: "ServiceUrl");

            migrationBuilder.CreateIndex(
                name: "IX_conversation_references_UserId_ConversationType",
                table: "conversation_references",
                columns: new[] { "UserId", "ConversationType" });

            migrationBuilder.CreateIndex(
                name: "IX_inbound_activities_SeenAt",
                table: "inbound_activities",
                column: "SeenAt");

            migrationBuilder.CreateIndex(
                name: "IX_inspection_members_InspectionId_OfficialId",
                table: "inspection_members",
                columns: new[] { "InspectionId", "OfficialId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_inspection_members_OfficialId",
                table: "inspection_members",
                column: "OfficialId");

            migrationBuilder.CreateIndex(
                name: "IX_inspections_ServiceId_Year",
                table: "inspections",
                columns: new[] { "ServiceId", "Year" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_inspections_ServiceListId",
                table: "inspections",
                column: "ServiceListId");

            migrationBuilder.CreateIndex(
                name: "IX_inspections_Stage",
                table: "inspections",
                column: "Stage");

            migrationBuilder.CreateIndex(
                name: "IX_officials_AgencyId",
                table: "officials",
                column: "AgencyId");

            migrationBuilder.CreateIndex(
                name: "IX_officials_EntraObjectId",
                table: "officials",
                column: "EntraObjectId");

            migrationBuilder.CreateIndex(
                name: "IX_officials_TeamsUserId",
                table: "officials",
                column: "TeamsUserId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_outbox_SentAt_DeadLettered_NextAttemptAt",
                table: "outbox",
                columns: new[] { "SentAt", "DeadLettered", "NextAttemptAt" });

            migrationBuilder.CreateIndex(
                name: "IX_process_models_InspectionId_Kind",
                table: "process_models",
                columns: new[] { "InspectionId", "Kind" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_service_list_entries_ServiceId",
                table: "service_list_entries",
                column: "ServiceId");

            migrationBuilder.CreateIndex(
                name: "IX_service_list_entries_ServiceListId_ServiceId",
                table: "service_list_entries",
                columns: new[] { "ServiceListId", "ServiceId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_service_lists_Year",
                table: "service_lists",
                column: "Year",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_services_Code",
                table: "services",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_services_ProviderAgencyId",
                table: "services",
                column: "ProviderAgencyId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "audit_entries");

            migrationBuilder.DropTable(
                name: "conversation_references");

            migrationBuilder.DropTable(
                name: "fact_sheets");

            migrationBuilder.DropTable(
                name: "inbound_activities");

            migrationBuilder.DropTable(
                name: "inspection_members");

            migrationBuilder.DropTable(
                name: "officials");

            migrationBuilder.DropTable(
                name: "outbox");

            migrationBuilder.DropTable(
                name: "process_model_revisions");

            migrationBuilder.DropTable(
                name: "service_list_entries");

            migrationBuilder.DropTable(
                name: "user_preferences");

            migrationBuilder.DropTable(
                name: "welcomes");

            migrationBuilder.DropTable(
                name: "process_models");

            migrationBuilder.DropTable(
                name: "inspections");

            migrationBuilder.DropTable(
                name: "service_lists");

            migrationBuilder.DropTable(
                name: "services");

            migrationBuilder.DropTable(
                name: "agencies");
        }
    }
}
