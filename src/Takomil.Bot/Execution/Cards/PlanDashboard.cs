using Takomil.Domain.Agencies;
using Takomil.Domain.Execution;
using Takomil.Domain.Inspections;

namespace Takomil.Bot.Execution.Cards;

/// <summary>What the plan dashboard shows, loaded fresh: the inspection, its service, the people, the stage 4 proposals.</summary>
public sealed record PlanDashboard(
    Inspection Inspection, string ServiceName, IReadOnlyDictionary<Guid, Official> People, IReadOnlyList<IctProposal> Proposals, bool MayManage)
{
    public string NameOf(Guid? officialId) =>
        officialId is { } id && People.TryGetValue(id, out var official) ? official.DisplayName : "—";
}
