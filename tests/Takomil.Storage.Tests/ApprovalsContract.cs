using Microsoft.EntityFrameworkCore;
using Takomil.Domain.Access;
using Takomil.Domain.Agencies;
using Takomil.Domain.Approvals;
using Takomil.Domain.Inspections;
using Takomil.Domain.Models;
using Takomil.Storage.Approvals;
using Takomil.Storage.Inspections;
using Takomil.Storage.Tests.Infrastructure;

namespace Takomil.Storage.Tests;

/// <summary>Plan versions, approval processes with their approvers and decisions, and posted cards, on both providers.</summary>
public abstract class ApprovalsContract
{
    protected abstract Task<TestDatabase> CreateDatabaseAsync();

    /// <summary>The world's inspection with its models drafted, one complete plan item, and the process submitted.</summary>
    private static async Task<World> SubmittedAsync(TestDatabase database)
    {
        var w = await World.SeedAsync(database);
        await using var db = database.CreateContext();
        var inspection = (await new InspectionRepository(db).FindAsync(w.InspectionId, default))!;
        var sheet = (await new FactSheetRepository(db).FindAsync(w.InspectionId, default))!;
        var lead = inspection.ActorFor(w.Lead, SystemRole.None);
        FactSheets.FillComplete(sheet, inspection.ActorFor(w.Member, SystemRole.None), inspection.ActorFor(w.Interviewee, SystemRole.None), w);
        var models = await db.ProcessModels.Where(m => m.InspectionId == w.InspectionId).ToListAsync();
        foreach (var model in models) World.Ok(model.Put(inspection.ActorFor(w.Member, SystemRole.None), World.Step("a", w.Member)));
        World.Ok(inspection.Fire(lead, InspectionTrigger.MarkModelsDrafted,
            TransitionEvidence.Models(sheet, models.Single(m => m.Kind == ProcessModelKind.AsIs), models.Single(m => m.Kind == ProcessModelKind.ToBe)), World.Now));
        World.Ok(inspection.AddMember(lead, w.Secretary, [WorkingGroupRole.CommissionMember], World.Now));
        World.Ok(inspection.PutPlanItem(lead, new PlanItem(Guid.NewGuid(), 1, Measure.CutApplicantDocuments, "Drop the extract",
            new DateOnly(2025, 12, 1), w.Executor, false, PlanItemStatus.Planned, null, World.EditBy(w.Lead), w.AgencyId, null, "one visit less")));
        var approvals = new ApprovalRepository(db);
        approvals.StagePlanVersion(inspection, w.Lead, World.Now);
        var process = await approvals.FindOrStageAsync(w.InspectionId, default);
        World.Ok(process.Submit(lead, inspection, World.Now));
        await TestDatabase.UnitOfWork(db).CommitAsync(World.Audit(w.Lead, "approval.submit"), default);
        return w;
    }

    [StorageFact]
    public async Task Process_SubmittedAndDecided_RoundTripsWithPlanVersion()
    {
        await using var database = await CreateDatabaseAsync();
        var w = await SubmittedAsync(database);
        await using (var db = database.CreateContext())
        {
            var inspection = (await new InspectionRepository(db).FindAsync(w.InspectionId, default))!;
            var process = (await new ApprovalRepository(db).FindAsync(w.InspectionId, default))!;
            var result = process.Decide(inspection.ActorFor(w.Approver, SystemRole.None), inspection, ApprovalStage.WorkingGroup,
                inspection.CurrentPlan.Hash, ApprovalVerdict.Approve, "ok", World.Now);
            Assert.Equal(ApprovalEffect.Endorsed, result.GetValueOrThrow().Effect);
            await TestDatabase.UnitOfWork(db).CommitAsync(World.Audit(w.Approver, "approval.decide"), default);
        }

        await using var read = database.CreateContext();
        var stored = (await new ApprovalRepository(read).FindAsync(w.InspectionId, default))!;
        var storedInspection = (await new InspectionRepository(read).FindAsync(w.InspectionId, default))!;
        var decision = Assert.Single(stored.Decisions);
        Assert.Equal((w.Approver, ApprovalVerdict.Approve, "ok", storedInspection.CurrentPlan.Hash), (decision.ApproverId, decision.Verdict, decision.Comment, decision.Hash));
        Assert.Equal((ApprovalState.InReview, ApprovalStage.Commission, 2), (stored.State, stored.CurrentStage, stored.Version));
        Assert.Equal([w.Secretary], stored.ApproversOf(ApprovalStage.Commission));
        Assert.Equal(InspectionStage.PlanEndorsedByWorkingGroup, storedInspection.Stage);
        var item = Assert.Single(storedInspection.PlanItems);
        Assert.Equal((w.AgencyId, "one visit less"), (item.ResponsibleAgencyId, item.ExpectedEffect));
        var version = Assert.Single(await new ApprovalRepository(read).VersionsAsync(w.InspectionId, default));
        Assert.Equal((storedInspection.PlanRevision, storedInspection.CurrentPlan.Hash), (version.Number, version.Hash));
        Assert.True((await new AuditTrail(read).VerifyAsync(default)).IsIntact);
    }

    [StorageFact]
    public async Task Decision_TheSameApproverTwiceOnSeparateContexts_IsRecordedOnce()
    {
        await using var database = await CreateDatabaseAsync();
        var w = await SubmittedAsync(database);

        var outcomes = await database.OnSeparateContextsAsync(2, async (db, _) =>
        {
            var inspection = (await new InspectionRepository(db).FindAsync(w.InspectionId, default))!;
            var process = (await new ApprovalRepository(db).FindAsync(w.InspectionId, default))!;
            process.Decide(inspection.ActorFor(w.Approver, SystemRole.None), inspection, ApprovalStage.WorkingGroup,
                inspection.CurrentPlan.Hash, ApprovalVerdict.Approve, null, World.Now).GetValueOrThrow();
            try
            {
                await TestDatabase.UnitOfWork(db).CommitAsync(World.Audit(w.Approver, "approval.decide"), default);
                return true;
            }
            catch (ConcurrencyConflictException)
            {
                return false;
            }
        });

        Assert.Equal(1, outcomes.Count(o => o));
        await using var read = database.CreateContext();
        Assert.Equal(1, await read.Set<ApprovalProcess>().SelectMany(p => p.Decisions).CountAsync());
    }

    [StorageFact]
    public async Task DecisionIndex_RefusesASecondRowForTheSamePersonStageAndVersion()
    {
        await using var database = await CreateDatabaseAsync();
        var w = await SubmittedAsync(database);
        await using var db = database.CreateContext();
        var instant = db.Database.Instant(World.Now);
        var insert = () => db.Database.ExecuteSqlAsync(
            $"""INSERT INTO approval_decisions ("RowId", "InspectionId", "Stage", "ApproverId", "PlanRevision", "Hash", "Verdict", "Round", "At") VALUES ({Guid.NewGuid()}, {w.InspectionId}, {"WorkingGroup"}, {w.Approver}, {1}, {"h"}, {"Approve"}, {1}, {instant})""");

        await insert();
        await Assert.ThrowsAnyAsync<Exception>(insert);
    }

    [StorageFact]
    public async Task ApprovalCards_RecordedTwice_AreKeptOnceAndListedByInspection()
    {
        await using var database = await CreateDatabaseAsync();
        var w = await World.SeedAsync(database);
        await using var db = database.CreateContext();
        var cards = new ApprovalCards(db);
        var row = new ApprovalCardRow { ConversationId = "19:g@thread.v2", ActivityId = "a-1", InspectionId = w.InspectionId, Language = "ru", PostedAt = World.Now };

        await cards.RecordAsync(row, default);
        await cards.RecordAsync(row, default);
        await cards.RecordAsync(new ApprovalCardRow { ConversationId = "a:1", ActivityId = "a-2", InspectionId = w.InspectionId, UserId = "29:x", PostedAt = World.Now }, default);

        var listed = await cards.ForInspectionAsync(w.InspectionId, default);
        Assert.Equal(["a-1", "a-2"], listed.Select(c => c.ActivityId).Order());
        Assert.Equal("ru", (await cards.FindAsync("19:g@thread.v2", "a-1", default))!.Language);
    }
}

public sealed class SqliteApprovalsTests : ApprovalsContract
{
    protected override async Task<TestDatabase> CreateDatabaseAsync() => await SqliteTestDatabase.CreateAsync();
}

[RequiresPostgres]
[Collection(PostgresServerGroup.Name)]
public sealed class PostgresApprovalsTests(PostgresServer server) : ApprovalsContract
{
    protected override async Task<TestDatabase> CreateDatabaseAsync() => await PostgresTestDatabase.CreateAsync(server);
}
