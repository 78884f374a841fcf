using Takomil.Domain.Access;
using Takomil.Domain.Common;

namespace Takomil.Domain.Facts;

/// <summary>
/// The ten facts of p. 11 for one inspection, structured. Interviews (p. 24) and edits fill it; every item
/// carries the <see cref="Provenance"/> of the answer or edit that set it.
/// </summary>
public sealed class FactSheet
{
    private FactSheet()
    {
    }

    public FactSheet(Guid inspectionId, int inspectionYear)
    {
        InspectionId = inspectionId;
        InspectionYear = inspectionYear;
    }

    public Guid InspectionId { get; private set; }

    /// <summary>The List year; statistics are due for the three years before it (p. 11, eighth fact).</summary>
    public int InspectionYear { get; private set; }

    public IReadOnlyList<LegalAct> LegalActs { get; private set; } = [];

    public IReadOnlyList<ParticipatingAgency> Agencies { get; private set; } = [];

    public CostAndTerms? CostAndTerms { get; private set; }

    public IReadOnlyList<RecipientFact> Recipients { get; private set; } = [];

    public IReadOnlyList<DocumentFact> InputDocuments { get; private set; } = [];

    public IReadOnlyList<DocumentFact> OutputDocuments { get; private set; } = [];

    public IReadOnlyList<InformationSystemFact> InformationSystems { get; private set; } = [];

    /// <summary>Set when someone confirmed that no information system is used: an empty section is then complete.</summary>
    public Provenance? NoInformationSystemsConfirmed { get; private set; }

    public IReadOnlyList<YearStatistics> Statistics { get; private set; } = [];

    public PracticeAnalysis? PracticeAnalysis { get; private set; }

    public AppealsAnalysis? Appeals { get; private set; }

    public int Version { get; private set; }

    public IReadOnlyList<int> StatisticsYearsDue => [InspectionYear - 3, InspectionYear - 2, InspectionYear - 1];

    public FactsCompleteness Completeness() => FactsCompletenessRules.Evaluate(this);

    public Outcome Put(Actor actor, LegalAct item) => Upsert(actor, item, LegalActs, v => LegalActs = v);

    public Outcome Put(Actor actor, ParticipatingAgency item) => Upsert(actor, item, Agencies, v => Agencies = v);

    public Outcome Put(Actor actor, RecipientFact item) => Upsert(actor, item, Recipients, v => Recipients = v);

    public Outcome PutInput(Actor actor, DocumentFact item) => Upsert(actor, item, InputDocuments, v => InputDocuments = v);

    public Outcome PutOutput(Actor actor, DocumentFact item) => Upsert(actor, item, OutputDocuments, v => OutputDocuments = v);

    public Outcome Put(Actor actor, InformationSystemFact item)
    {
        var outcome = Upsert(actor, item, InformationSystems, v => InformationSystems = v);
        if (outcome.IsSuccess) NoInformationSystemsConfirmed = null;
        return outcome;
    }

    public Outcome ConfirmNoInformationSystems(Actor actor, Provenance provenance)
    {
        ArgumentNullException.ThrowIfNull(provenance);
        var access = CanWrite(actor, provenance);
        if (!access.IsSuccess) return access;
        InformationSystems = [];
        NoInformationSystemsConfirmed = provenance;
        return Outcome.Success;
    }

    public Outcome Set(Actor actor, CostAndTerms value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var access = CanWrite(actor, value.Provenance);
        if (!access.IsSuccess) return access;
        CostAndTerms = value;
        return Outcome.Success;
    }

    /// <summary>Adds or replaces the statistics of one year.</summary>
    public Outcome Put(Actor actor, YearStatistics value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var access = CanWrite(actor, value.Provenance);
        if (!access.IsSuccess) return access;
        if (value.Applications < 0 || value.ElectronicApplications < 0 || value.Refusals < 0 || value.AverageDays < 0)
        {
            return Outcome.Refused(ReasonCodes.ValueOutOfRange, ("section", FactSection.Statistics), ("year", value.Year));
        }
        if (value.ElectronicApplications > value.Applications || value.Refusals > value.Applications)
        {
            return Outcome.Refused(ReasonCodes.FactStatisticsInconsistent, ("year", value.Year));
        }
        Statistics = [.. Statistics.Where(s => s.Year != value.Year).Append(value).OrderBy(s => s.Year)];
        return Outcome.Success;
    }

    public Outcome Set(Actor actor, PracticeAnalysis value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var access = CanWrite(actor, value.Provenance);
        if (!access.IsSuccess) return access;
        PracticeAnalysis = value;
        return Outcome.Success;
    }

    public Outcome Set(Actor actor, AppealsAnalysis value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var access = CanWrite(actor, value.Provenance);
        if (!access.IsSuccess) return access;
        if (value.Count < 0 || value.Topics.Any(t => t.Count < 0))
        {
            return Outcome.Refused(ReasonCodes.ValueOutOfRange, ("section", FactSection.Appeals));
        }
        Appeals = value;
        return Outcome.Success;
    }

    /// <summary>Removes one item of a list section, by id.</summary>
    public Outcome Remove(Actor actor, FactSection section, Guid itemId)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var access = CanWrite(actor, null);
        if (!access.IsSuccess) return access;
        var removed = section switch
        {
            FactSection.LegalActs => Without(LegalActs, itemId, v => LegalActs = v),
            FactSection.Agencies => Without(Agencies, itemId, v => Agencies = v),
            FactSection.Recipients => Without(Recipients, itemId, v => Recipients = v),
            FactSection.InputDocuments => Without(InputDocuments, itemId, v => InputDocuments = v),
            FactSection.OutputDocuments => Without(OutputDocuments, itemId, v => OutputDocuments = v),
            FactSection.InformationSystems => Without(InformationSystems, itemId, v => InformationSystems = v),
            _ => false,
        };
        return removed
            ? Outcome.Success
            : Outcome.Refused(ReasonCodes.FactItemNotFound, ("section", section), ("itemId", itemId));
    }

    private Outcome Upsert<T>(Actor actor, T item, IReadOnlyList<T> current, Action<IReadOnlyList<T>> assign)
        where T : class, IFactItem
    {
        ArgumentNullException.ThrowIfNull(item);
        var access = CanWrite(actor, item.Provenance);
        if (!access.IsSuccess) return access;
        var list = current.ToList();
        var index = list.FindIndex(i => i.Id == item.Id);
        if (index >= 0) list[index] = item;
        else list.Add(item);
        assign(list);
        return Outcome.Success;
    }

    private static bool Without<T>(IReadOnlyList<T> current, Guid id, Action<IReadOnlyList<T>> assign)
        where T : IFactItem
    {
        if (!current.Any(i => i.Id == id)) return false;
        assign([.. current.Where(i => i.Id != id)]);
        return true;
    }

    /// <summary>
    /// Editors need <see cref="Permission.EditFacts"/>; an interviewee may store only their own interview answers.
    /// </summary>
    private Outcome CanWrite(Actor actor, Provenance? provenance)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (actor.InspectionId != InspectionId)
        {
            return Outcome.Refused(ReasonCodes.NotInWorkingGroup, ("inspectionId", InspectionId));
        }
        var edit = AccessPolicy.Decide(actor, Permission.EditFacts);
        if (edit.IsSuccess) return edit;
        var isOwnAnswer = provenance is { Source: ProvenanceSource.Interview } && provenance.OfficialId == actor.OfficialId;
        return isOwnAnswer ? AccessPolicy.Decide(actor, Permission.AnswerInterview) : edit;
    }
}
