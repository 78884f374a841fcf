using Microsoft.EntityFrameworkCore;
using Takomil.Domain.Access;
using Takomil.Domain.Agencies;
using Takomil.Domain.Common;
using Takomil.Domain.Facts;
using Takomil.Domain.Inspections;
using Takomil.Domain.Models;
using Takomil.Domain.Services;
using Takomil.Storage.Inspections;
using Takomil.Storage.Tests.Infrastructure;

namespace Takomil.Storage.Tests;

/// <summary>Repository behaviour every provider must show; run by a SQLite and a PostgreSQL subclass.</summary>
public abstract class RepositoryContract
{
    protected abstract Task<TestDatabase> CreateDatabaseAsync();

    [StorageFact]
    public async Task Catalog_SavedAgencyOfficialService_FoundByCodesAndTeamsIds()
    {
        await using var database = await CreateDatabaseAsync();
        var w = await World.SeedAsync(database);
        await using var db = database.CreateContext();
        var catalog = new CatalogRepository(db);

        var agency = await catalog.FindAgencyByCodeAsync(World.AgencyCode, default);
        var service = await catalog.FindServiceByCodeAsync(World.ServiceCode, default);
        var lead = await catalog.FindOfficialAsync(w.Lead, default);
        var byEntra = await catalog.FindOfficialByTeamsUserAsync("29:unknown", lead!.EntraObjectId, default);

        Assert.Equal("Министерство юстиции", agency!.Name.Ru);
        Assert.Equal(("Регистрация недвижимости", (string?)null, RecipientCategory.IndividualsAndLegalEntities), (service!.Name.Ru, service.Name.En, service.Recipients));
        Assert.Equal(w.Lead, byEntra!.Id);
        Assert.Equal(SystemRole.MinistryLead, (await catalog.FindOfficialAsync(w.Ministry, default))!.SystemRole);
    }

    [StorageFact]
    public async Task ServiceList_ApprovedWithEntries_RoundTrips()
    {
        await using var database = await CreateDatabaseAsync();
        var w = await World.SeedAsync(database);
        await using var db = database.CreateContext();

        var list = await new ServiceListRepository(db).FindByYearAsync(2025, default);

        Assert.Equal(ServiceListState.Approved, list!.State);
        Assert.Equal(new DecisionReference("RK-12", new DateOnly(2025, 1, 20)), list.Approval);
        var entry = Assert.Single(list.Entries);
        Assert.Equal((w.ServiceId, new DateOnly(2025, 9, 30)), (entry.ServiceId, entry.InspectionDeadline));
        Assert.Equal(World.Now, list.SubmittedAt);
    }

    [StorageFact]
    public async Task Inspection_WithMembersPlanAndHistory_RoundTripsAndListsForMember()
    {
        await using var database = await CreateDatabaseAsync();
        var w = await World.SeedAsync(database);
        var itemId = Guid.NewGuid();
        await using (var db = database.CreateContext())
        {
            var inspection = (await new InspectionRepository(db).FindAsync(w.InspectionId, default))!;
            World.Ok(inspection.PutPlanItem(inspection.ActorFor(w.Member, SystemRole.None), new PlanItem(itemId, 1, Measure.SingleWindow,
                "Through one-stop shops", new DateOnly(2025, 11, 1), w.Executor, true, PlanItemStatus.Planned, null, World.EditBy(w.Member))));
            await TestDatabase.UnitOfWork(db).CommitAsync(World.Audit(w.Member, "plan.put"), default);
        }

        await using var read = database.CreateContext();
        var repository = new InspectionRepository(read);
        var loaded = (await repository.FindAsync(w.InspectionId, default))!;
        var mine = await repository.ListForMemberAsync(w.Interviewee, default);

        Assert.Equal(InspectionStage.Inspecting, loaded.Stage);
        Assert.Equal(5, loaded.Members.Count);
        Assert.Equal([WorkingGroupRole.Interviewee], loaded.FindMember(w.Interviewee)!.Roles);
        var change = Assert.Single(loaded.History);
        Assert.Equal((InspectionTrigger.Start, "WG order 1"), (change.Trigger, change.Decision!.Reference));
        Assert.Equal((itemId, Measure.SingleWindow, w.Executor), (loaded.PlanItems[0].Id, loaded.PlanItems[0].Measure, loaded.PlanItems[0].ExecutorId));
        Assert.Equal(w.InspectionId, Assert.Single(mine).Id);
        Assert.Empty(await repository.ListForMemberAsync(Guid.NewGuid(), default));
    }

    [StorageFact]
    public async Task FactSheet_CompleteWithInterviewProvenance_RoundTripsAndStaysComplete()
    {
        await using var database = await CreateDatabaseAsync();
        var w = await World.SeedAsync(database);
        await using (var db = database.CreateContext())
        {
            var inspection = (await new InspectionRepository(db).FindAsync(w.InspectionId, default))!;
            var sheet = (await new FactSheetRepository(db).FindAsync(w.InspectionId, default))!;
            FactSheets.FillComplete(sheet, inspection.ActorFor(w.Member, SystemRole.None), inspection.ActorFor(w.Interviewee, SystemRole.None), w);
            await TestDatabase.UnitOfWork(db).CommitAsync(World.Audit(w.Member, "facts.put"), default);
        }

        await using var read = database.CreateContext();
        var loaded = (await new FactSheetRepository(read).FindAsync(w.InspectionId, default))!;

        Assert.True(loaded.Completeness().IsComplete, string.Join("; ", loaded.Completeness().AllMissing));
        var recipient = Assert.Single(loaded.Recipients);
        Assert.Equal((ProvenanceSource.Interview, "iv-1", "q.recipients", w.Interviewee),
            (recipient.Provenance.Source, recipient.Provenance.InterviewId, recipient.Provenance.QuestionKey, recipient.Provenance.OfficialId));
        Assert.Equal(new Amount(null, 2m), loaded.CostAndTerms!.Fees[0].Amount);
        Assert.Equal(0.4m, loaded.Statistics[0].ElectronicShare);
        Assert.Equal(2, loaded.Version);
    }

    [StorageFact]
    public async Task ProcessModel_EditedAndSavedTwice_KeepsEachSavedRevision()
    {
        await using var database = await CreateDatabaseAsync();
        var w = await World.SeedAsync(database);
        Guid modelId;
        await using (var db = database.CreateContext())
        {
            var inspection = (await new InspectionRepository(db).FindAsync(w.InspectionId, default))!;
            var model = (await new ProcessModelRepository(db).FindAsync(w.InspectionId, ProcessModelKind.AsIs, default))!;
            modelId = model.Id;
            var member = inspection.ActorFor(w.Member, SystemRole.None);
            World.Ok(model.Put(member, World.Step("accept", w.Member)));
            World.Ok(model.Put(member, World.Step("check", w.Member, "accept")));
            await TestDatabase.UnitOfWork(db).CommitAsync(World.Audit(w.Member, "model.put"), default);
            World.Ok(model.Put(member, World.Step("askTax", w.Member, "accept")));
            await TestDatabase.UnitOfWork(db).CommitAsync(World.Audit(w.Member, "model.put"), default);
        }

        await using var read = database.CreateContext();
        var repository = new ProcessModelRepository(read);
        var loaded = (await repository.FindAsync(w.InspectionId, ProcessModelKind.AsIs, default))!;

        Assert.Equal(["accept", "check", "askTax"], loaded.Procedures.Select(p => p.Key));
        Assert.Equal(["accept"], loaded.Procedures[2].Predecessors);
        Assert.Equal(3, loaded.Revision);
        Assert.Equal([0, 2, 3], await repository.ListRevisionsAsync(modelId, default));
        Assert.Equal(["accept", "check"], (await repository.GetRevisionAsync(modelId, 2, default))!.Select(p => p.Key));
        Assert.Null(await repository.GetRevisionAsync(modelId, 1, default));
    }

    [StorageFact]
    public async Task Inspection_SecondForSameServiceAndYear_RefusedAsDuplicateAndNothingWritten()
    {
        await using var database = await CreateDatabaseAsync();
        var w = await World.SeedAsync(database);
        await using var db = database.CreateContext();
        var list = (await new ServiceListRepository(db).FindAsync(w.ListId, default))!;
        var second = Inspection.Create(World.MinistryActor(w), Guid.NewGuid(), list, w.ServiceId, w.Lead, World.Now).GetValueOrThrow();
        new InspectionRepository(db).Add(second);

        await Assert.ThrowsAsync<DuplicateEntityException>(() => TestDatabase.UnitOfWork(db).CommitAsync(World.Audit(w.Ministry, "inspection.create"), default));

        await using var read = database.CreateContext();
        Assert.Equal(1, await read.Inspections.CountAsync());
        Assert.Equal(1, await read.AuditEntries.CountAsync());
    }

    [StorageFact]
    public async Task Commit_EverySaveRaisesTheVersionEvenForOwnedRowChangesOnly()
    {
        await using var database = await CreateDatabaseAsync();
        var w = await World.SeedAsync(database);
        await using var db = database.CreateContext();
        var inspection = (await new InspectionRepository(db).FindAsync(w.InspectionId, default))!;
        Assert.Equal(1, inspection.Version);

        World.Ok(inspection.ChangeRoles(inspection.ActorFor(w.Lead, SystemRole.None), w.Member, [WorkingGroupRole.Member, WorkingGroupRole.Approver]));
        await TestDatabase.UnitOfWork(db).CommitAsync(World.Audit(w.Lead, "wg.roles"), default);
        Assert.Equal(2, inspection.Version);

        World.Ok(inspection.RemoveMember(inspection.ActorFor(w.Lead, SystemRole.None), w.Approver));
        await TestDatabase.UnitOfWork(db).CommitAsync(World.Audit(w.Lead, "wg.remove"), default);

        await using var read = database.CreateContext();
        var loaded = (await new InspectionRepository(read).FindAsync(w.InspectionId, default))!;
        Assert.Equal(3, loaded.Version);
        Assert.Null(loaded.FindMember(w.Approver));
        Assert.Equal([WorkingGroupRole.Member, WorkingGroupRole.Approver], loaded.FindMember(w.Member)!.Roles);
    }
}

public sealed class SqliteRepositoryTests : RepositoryContract
{
    protected override async Task<TestDatabase> CreateDatabaseAsync() => await SqliteTestDatabase.CreateAsync();
}

[RequiresPostgres]
[Collection(PostgresServerGroup.Name)]
public sealed class PostgresRepositoryTests(PostgresServer server) : RepositoryContract
{
    protected override async Task<TestDatabase> CreateDatabaseAsync() => await PostgresTestDatabase.CreateAsync(server);
}
