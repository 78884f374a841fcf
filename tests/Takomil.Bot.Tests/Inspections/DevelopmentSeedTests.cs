using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Takomil.Bot.Inspections;
using Takomil.Bot.Inspections.Seeding;
using Takomil.Bot.Tests.Inspections.Support;
using Takomil.Domain.Services;
using Takomil.Storage;
using Takomil.Storage.Inspections;

namespace Takomil.Bot.Tests.Inspections;

/// <summary>In Development the sample List is loaded through the real importer, submitted and approved — once.</summary>
public sealed class DevelopmentSeedTests(InspectionsHost host) : InspectionTestBase(host)
{
    [Fact]
    public async Task Seed_OnAnEmptyDatabase_LeavesAnApprovedListOfNineServicesAndAValidAuditChain()
    {
        await using var scope = Host.App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TakomilDbContext>();

        var list = await db.ServiceLists.SingleAsync();
        Assert.Equal(2026, list.Year);
        Assert.Equal(ServiceListState.Approved, list.State);
        Assert.False(list.WasSubmittedLate);
        Assert.Equal(10, list.Entries.Count);
        var passport = await db.Services.SingleAsync(s => s.Code == "IIV-001");
        Assert.Equal("Biometrik pasport berish", passport.Name.UzLatn);
        Assert.Equal("Биометрик паспорт бериш", passport.Name.UzCyrl);
        Assert.Equal("Выдача биометрического паспорта", passport.Name.Ru);
        var dxa = await db.Agencies.SingleAsync(a => a.Code == "DXA");
        Assert.Equal((await db.Agencies.SingleAsync(a => a.Code == "ADLIYA")).Id, dxa.ParentAgencyId);
        var verification = await scope.ServiceProvider.GetRequiredService<AuditTrail>().VerifyAsync(CancellationToken.None);
        Assert.True(verification.IsIntact, verification.ToString());
        Assert.Contains(await db.AuditEntries.Select(e => e.Action).ToListAsync(), a => a == "list.import");
    }

    [Fact]
    public async Task Seed_RunAgain_ChangesNothing()
    {
        await using var scope = Host.App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TakomilDbContext>();
        var entries = await db.AuditEntries.CountAsync();
        var options = scope.ServiceProvider.GetRequiredService<IOptions<InspectionOptions>>().Value;

        await scope.ServiceProvider.GetRequiredService<SampleData>().SeedAsync(options.DevelopmentSeed, CancellationToken.None);

        Assert.Equal(entries, await db.AuditEntries.CountAsync());
        Assert.Equal(1, await db.ServiceLists.CountAsync());
    }

    [Fact]
    public void DevelopmentLeads_AreMinistryLeadsInDevelopment()
    {
        var options = Host.App.Services.GetRequiredService<IOptions<InspectionOptions>>().Value;

        Assert.Contains("29:dilnoza-karimova", options.MinistryLeads);
    }
}
