using Takomil.Domain.Access;
using Takomil.Domain.Common;
using Takomil.Domain.Inspections;

namespace Takomil.Domain.Execution;

/// <summary>
/// Annex stage 4: an agency's proposal for an information system (or resource) to build, to go into the state
/// order for ICT projects. Collected per inspection while the approved plan waits for stage 5.
/// </summary>
public sealed class IctProposal
{
    public const int MaxNameLength = 200;
    public const int MaxPurposeLength = 1000;
    public const int MaxAgencyLength = 300;
    public const int MaxRelatedItems = 20;

    private IctProposal()
    {
        SystemName = string.Empty;
        Purpose = string.Empty;
        Agency = string.Empty;
        RelatedItemIds = [];
    }

    private IctProposal(Guid id, Guid inspectionId, string systemName, string purpose, string agency,
        IReadOnlyList<Guid> relatedItemIds, decimal estimatedCost, IctPriority priority, Guid submittedBy, DateTimeOffset submittedAt)
    {
        Id = id;
        InspectionId = inspectionId;
        SystemName = systemName;
        Purpose = purpose;
        Agency = agency;
        RelatedItemIds = relatedItemIds;
        EstimatedCost = estimatedCost;
        Priority = priority;
        SubmittedBy = submittedBy;
        SubmittedAt = submittedAt;
    }

    public Guid Id { get; private set; }

    public Guid InspectionId { get; private set; }

    public string SystemName { get; private set; }

    public string Purpose { get; private set; }

    /// <summary>The agency that proposes (and would order) the system, as the official wrote it.</summary>
    public string Agency { get; private set; }

    /// <summary>The plan items (p. 26) the system serves; each must be an item of this inspection's plan.</summary>
    public IReadOnlyList<Guid> RelatedItemIds { get; private set; }

    /// <summary>Estimated cost in million soʻm.</summary>
    public decimal EstimatedCost { get; private set; }

    public IctPriority Priority { get; private set; }

    public Guid SubmittedBy { get; private set; }

    public DateTimeOffset SubmittedAt { get; private set; }

    /// <summary>
    /// Records a proposal for <paramref name="inspection"/>: only while its plan is approved and stage 4 is open,
    /// only by someone the policy lets submit proposals (the lead or an executor), and only with complete fields.
    /// </summary>
    public static Outcome<IctProposal> Submit(Actor actor, Inspection inspection, Guid id, string? systemName, string? purpose,
        string? agency, IReadOnlyCollection<Guid> relatedItemIds, decimal? estimatedCost, IctPriority? priority, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(inspection);
        ArgumentNullException.ThrowIfNull(relatedItemIds);
        var current = inspection.ActorFor(actor.OfficialId, actor.SystemRole);
        var access = AccessPolicy.Decide(current, Permission.SubmitIctProposals);
        if (!access.IsSuccess) return access.Refusal!;
        if (inspection.Stage != InspectionStage.PlanApprovedByCommission)
        {
            return Refusal.Of(ReasonCodes.StageLocked, ("permission", Permission.SubmitIctProposals), ("stage", inspection.Stage));
        }
        var name = Clean(systemName, MaxNameLength);
        if (name is null) return Invalid("systemName");
        var why = Clean(purpose, MaxPurposeLength);
        if (why is null) return Invalid("purpose");
        var by = Clean(agency, MaxAgencyLength);
        if (by is null) return Invalid("agency");
        if (estimatedCost is not { } cost || cost < 0 || cost > 1_000_000_000m) return Invalid("estimatedCost");
        if (priority is not { } rank || !Enum.IsDefined(rank)) return Invalid("priority");
        var related = relatedItemIds.Distinct().ToList();
        if (related.Count == 0 || related.Count > MaxRelatedItems
            || related.Any(r => inspection.PlanItems.All(i => i.Id != r)))
        {
            return Invalid("relatedItems");
        }
        return Outcome.Ok(new IctProposal(id, inspection.Id, name, why, by, related, decimal.Round(cost, 2), rank,
            actor.OfficialId, Moments.Normalize(at)));
    }

    private static Refusal Invalid(string field) => Refusal.Of(ReasonCodes.ValueInvalid, ("field", field));

    private static string? Clean(string? text, int max)
    {
        var trimmed = text?.Trim();
        return string.IsNullOrEmpty(trimmed) || trimmed.Length > max || trimmed.Any(c => char.IsControl(c) && c != '\n')
            ? null
            : trimmed;
    }
}
