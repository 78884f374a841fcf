using Microsoft.Extensions.DependencyInjection;
using Takomil.Analysis.Measures;
using Takomil.Analysis.Samples;
using Takomil.Bot.Tests.Inspections.Support;
using Takomil.Domain.Agencies;
using Takomil.Domain.Inspections;
using Takomil.Storage.Inspections;

namespace Takomil.Bot.Tests.Inspections;

/// <summary><c>drafted</c>: from inspecting to "models drafted" only with complete facts and both models valid.</summary>
public sealed class ModelsDraftedTests(InspectionsHost host) : Scenario(host)
{
    [Fact]
    public async Task Drafted_WithoutFacts_IsRefusedAndStageStays()
    {
        var chat = Chat.Group("drafted-sol-001");
        await OpenAsync(chat, "SOL-001");
        await FormGroupAsync(chat);
        await StartInspectingAsync("SOL-001");

        var reply = await AskAsync(chat.Say(Person.Dilnoza, "drafted"));

        Assert.StartsWith("The facts of p. 11 are not complete:", reply.Text, StringComparison.Ordinal);
        Assert.Equal(InspectionStage.Inspecting, (await InspectionOfAsync("SOL-001"))!.Stage);
    }

    [Fact]
    public async Task Drafted_WithCompleteFactsAndValidModels_MovesToModelsDrafted()
    {
        var chat = Chat.Group("drafted-sol-002");
        await OpenAsync(chat, "SOL-002");
        await FormGroupAsync(chat);
        await StartInspectingAsync("SOL-002");
        await FillFromGoldenSampleAsync("SOL-002");

        var refused = await AskAsync(chat.Say(Person.Bobur, "drafted"));
        Assert.Equal(InspectionStage.Inspecting, (await InspectionOfAsync("SOL-002"))!.Stage);
        Assert.Contains("role", refused.Text ?? Visible(refused), StringComparison.OrdinalIgnoreCase);

        var reply = await AskAsync(chat.Say(Person.Dilnoza, "готово", "ru-RU"));

        Assert.Contains("Сведения и обе модели готовы", Visible(reply), StringComparison.Ordinal);
        var stored = (await InspectionOfAsync("SOL-002"))!;
        Assert.Equal(InspectionStage.ModelsDrafted, stored.Stage);
        Assert.Equal(InspectionTrigger.MarkModelsDrafted, stored.History[^1].Trigger);
    }

    [Fact]
    public async Task Drafted_InPersonalChatWithUnknownCode_SaysSo()
    {
        var reply = await AskAsync(Chat.PersonalOf(Person.Dilnoza).Say(Person.Dilnoza, "drafted XYZ-999"));

        Assert.StartsWith("I found no inspection for “XYZ-999”.", reply.Text, StringComparison.Ordinal);
    }

    /// <summary>Fills the p. 11 facts and the current model from the golden sample; the optimised model is a copy.</summary>
    private async Task FillFromGoldenSampleAsync(string serviceCode)
    {
        var stored = (await InspectionOfAsync(serviceCode))!;
        await using var scope = Host.App.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var inspection = (await services.GetRequiredService<InspectionRepository>().FindAsync(stored.Id, CancellationToken.None))!;
        var lead = inspection.Members.Single(m => m.Roles.Contains(Domain.Access.WorkingGroupRole.Lead)).OfficialId;
        var actor = inspection.ActorFor(lead, SystemRole.None);
        var sample = GoldenSamples.Load(GoldenSamples.NonResidentialConversion).Value!;
        var materialized = sample.Materialize(actor, Guid.NewGuid(), DateTimeOffset.UtcNow).Value!;
        var toBe = ToBeModelWriter.Create(Guid.NewGuid(), actor, materialized.AsIs.Procedures).Value!;
        services.GetRequiredService<FactSheetRepository>().Add(materialized.Facts);
        services.GetRequiredService<ProcessModelRepository>().Add(materialized.AsIs);
        services.GetRequiredService<ProcessModelRepository>().Add(toBe);
        await services.GetRequiredService<InspectionsUnitOfWork>()
            .CommitAsync(AuditEvent.By(lead, "test.fill", $"inspection:{inspection.Id}", new { sample = sample.Name }, DateTimeOffset.UtcNow), CancellationToken.None);
    }
}
