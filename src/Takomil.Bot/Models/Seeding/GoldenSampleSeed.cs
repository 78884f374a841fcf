using Microsoft.Extensions.Options;
using Takomil.Analysis.Samples;
using Takomil.Bot.Inspections;
using Takomil.Bot.Inspections.Seeding;
using Takomil.Domain.Access;
using Takomil.Domain.Agencies;
using Takomil.Domain.Common;
using Takomil.Domain.Inspections;
using Takomil.Domain.Models;
using Takomil.Domain.Services;
using Takomil.Protocol.Activities;
using Takomil.Storage.Inspections;

namespace Takomil.Bot.Models.Seeding;

/// <summary>
/// Seeds the golden sample (docs/analysis.md) as an inspection of the current List: opened by the seed, led by the
/// playground's Dilnoza with a member and an interviewee, started (stage Inspecting), its fact sheet and as-is model
/// imported from the sample — each a domain operation with its audit entry. Runs once: an existing inspection of the
/// service means there is nothing to do.
/// </summary>
public sealed class GoldenSampleSeed(
    IOptions<GoldenSampleSeedOptions> options, InspectionLocator locator, CatalogRepository catalog, InspectionRepository inspections,
    OfficialDirectory officials, FactSheetRepository facts, ProcessModelRepository models, InspectionsUnitOfWork unitOfWork,
    TimeProvider time, ILogger<GoldenSampleSeed> logger)
{
    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var seed = options.Value;
        var loaded = GoldenSamples.Load(seed.Sample);
        if (!loaded.IsSuccess)
        {
            Log.GoldenSkipped(logger, loaded.Refusal!.ToString());
            return;
        }
        var sample = loaded.Value!;
        var list = await locator.CurrentListAsync(cancellationToken).ConfigureAwait(false);
        var service = await catalog.FindServiceByCodeAsync(sample.Service.Code, cancellationToken).ConfigureAwait(false);
        if (list is null || service is null || list.Find(service.Id) is null)
        {
            Log.GoldenSkipped(logger, $"service {sample.Service.Code} is not on an approved List");
            return;
        }
        if (await inspections.FindByServiceAsync(service.Id, list.Year, cancellationToken).ConfigureAwait(false) is not null) return;

        var now = time.GetUtcNow();
        var lead = await officials.FindOrStageAsync(Account(seed.Lead), UiLanguage.UzLatn, cancellationToken).ConfigureAwait(false);
        var member = await officials.FindOrStageAsync(Account(seed.Member), UiLanguage.UzLatn, cancellationToken).ConfigureAwait(false);
        var interviewee = await officials.FindOrStageAsync(Account(seed.Interviewee), UiLanguage.UzLatn, cancellationToken).ConfigureAwait(false);
        var seedActor = Actor.Global(SampleData.SeedActorId, SystemRole.Administrator);
        var created = Inspection.Create(seedActor, Guid.NewGuid(), list, service.Id, lead.Id, now);
        if (!Check(created)) return;
        var inspection = created.Value!;
        var leadActor = inspection.ActorFor(lead.Id, SystemRole.None);
        if (!Check(inspection.AddMember(leadActor, member.Id, [WorkingGroupRole.Member], now))) return;
        if (!Check(inspection.AddMember(leadActor, interviewee.Id, [WorkingGroupRole.Interviewee], now))) return;
        var order = new DecisionReference($"{sample.Service.Code}-IG (sample)", DateOnly.FromDateTime(now.UtcDateTime));
        if (!Check(inspection.Fire(inspection.ActorFor(lead.Id, SystemRole.None), InspectionTrigger.Start, TransitionEvidence.Of(order), now))) return;
        inspections.Add(inspection);
        await unitOfWork.CommitAsync(AuditEvent.By(SampleData.SeedActorId, "inspection.create", $"inspection:{inspection.Id}",
            new { serviceCode = service.Code, year = list.Year, lead = lead.Id, started = order.Reference, sample = true }, now), cancellationToken).ConfigureAwait(false);

        var materialized = sample.Materialize(inspection.ActorFor(lead.Id, SystemRole.None), Guid.NewGuid(), now);
        if (!Check(materialized)) return;
        facts.Add(materialized.Value!.Facts);
        models.Add(materialized.Value.AsIs);
        await unitOfWork.CommitAsync(AuditEvent.By(lead.Id, "model.import", $"inspection:{inspection.Id}",
            new { file = sample.FileName, kind = ProcessModelKind.AsIs.ToString(), procedures = materialized.Value.AsIs.Procedures.Count, sample = true }, now),
            cancellationToken).ConfigureAwait(false);
        Log.GoldenSeeded(logger, sample.Name, inspection.Id, service.Code);
    }

    private static ChannelAccount Account(SeedPerson person) =>
        new() { Id = person.TeamsUserId, Name = person.Name, AadObjectId = person.EntraObjectId };

    private bool Check(Outcome outcome)
    {
        if (!outcome.IsSuccess) Log.GoldenSkipped(logger, outcome.Refusal!.ToString());
        return outcome.IsSuccess;
    }

    private bool Check<T>(Outcome<T> outcome)
    {
        if (!outcome.IsSuccess) Log.GoldenSkipped(logger, outcome.Refusal!.ToString());
        return outcome.IsSuccess;
    }
}

/// <summary>Runs <see cref="GoldenSampleSeed"/> at start-up in Development, after the List seed; a failure is logged, never fatal.</summary>
public sealed class GoldenSampleSeeder(
    IServiceScopeFactory scopes, IHostEnvironment environment, IOptions<GoldenSampleSeedOptions> options,
    IOptions<InspectionOptions> inspections, ILogger<GoldenSampleSeeder> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!environment.IsDevelopment() || !inspections.Value.DevelopmentSeed.Enabled || !options.Value.Enabled) return;
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<GoldenSampleSeed>().SeedAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            Log.GoldenCrashed(logger, ex);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
