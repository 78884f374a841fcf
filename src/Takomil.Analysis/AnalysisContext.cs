using Takomil.Analysis.Common;
using Takomil.Analysis.Graph;
using Takomil.Domain.Facts;
using Takomil.Domain.Models;

namespace Takomil.Analysis;

/// <summary>
/// One analysis run: the sanitised procedures, their graph, the fact sheet, the document profiles and the options,
/// with the lookups every rule needs computed once.
/// </summary>
public sealed class AnalysisContext
{
    private readonly Dictionary<string, List<Procedure>> consumers = new(Names.Comparer);
    private readonly Dictionary<string, List<Procedure>> producers = new(Names.Comparer);
    private readonly Dictionary<string, string> agencyNamesById = [];

    public AnalysisContext(AnalysisInput input, AnalysisOptions options)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(options);
        Options = options;
        Facts = input.Facts;
        Profiles = input.DocumentProfiles?.Where(d => d is not null && !string.IsNullOrWhiteSpace(d.Document)).ToList() ?? [];
        Procedures = ProcedureSanitizer.Sanitize(input.Procedures);
        Graph = new ModelGraph(Procedures);
        GraphIssues = ProcessGraph.StructuralIssues(Procedures);
        foreach (var p in Procedures)
        {
            foreach (var doc in p.InputDocuments.Distinct(Names.Comparer)) Add(consumers, doc, p);
            foreach (var doc in p.OutputDocuments.Distinct(Names.Comparer)) Add(producers, doc, p);
            if (p.Lane is { Kind: ParticipantKind.Agency, AgencyId: { } id } && !string.IsNullOrWhiteSpace(p.Lane.Name))
            {
                agencyNamesById.TryAdd(id.ToString(), p.Lane.Name);
            }
        }
        foreach (var agency in Facts?.Agencies ?? [])
        {
            if (agency.AgencyId is { } id && !string.IsNullOrWhiteSpace(agency.Name)) agencyNamesById.TryAdd(id.ToString(), agency.Name);
        }
    }

    public AnalysisOptions Options { get; }

    public FactSheet? Facts { get; }

    public IReadOnlyList<DocumentProfile> Profiles { get; }

    /// <summary>The procedures as analysed: nulls replaced by empty lists.</summary>
    public IReadOnlyList<Procedure> Procedures { get; }

    public IReadOnlyList<Domain.Common.Refusal> GraphIssues { get; }

    public bool IsValidGraph => GraphIssues.Count == 0;

    internal ModelGraph Graph { get; }

    /// <summary>Steps where the applicant acts: the applicant's own lane, or a visit to an office.</summary>
    internal static bool IsApplicantFacing(Procedure p) =>
        p.Lane.Kind == ParticipantKind.Applicant || p.Kind == ProcedureKind.ApplicantVisit;

    internal IReadOnlyList<Procedure> ConsumersOf(string document) => consumers.TryGetValue(document, out var list) ? list : [];

    internal IReadOnlyList<Procedure> ProducersOf(string document) => producers.TryGetValue(document, out var list) ? list : [];

    /// <summary>The agency a step belongs to (agency and employee lanes), by id when known, else by lane name.</summary>
    internal AgencyRef? AgencyOf(Procedure p)
    {
        if (p.Lane.Kind is not (ParticipantKind.Agency or ParticipantKind.Employee)) return null;
        if (p.Lane.AgencyId is { } id)
        {
            var name = agencyNamesById.GetValueOrDefault(id.ToString()) ?? p.Lane.Name;
            return new AgencyRef(id.ToString(), name);
        }
        return string.IsNullOrWhiteSpace(p.Lane.Name) ? null : new AgencyRef(Names.Normalize(p.Lane.Name), p.Lane.Name);
    }

    /// <summary>The agency that provides the service according to the fact sheet (p. 11, second fact).</summary>
    internal ParticipatingAgency? Provider =>
        Facts?.Agencies.FirstOrDefault(a => a.Role == AgencyParticipation.Provider && !string.IsNullOrWhiteSpace(a.Name));

    internal bool IsProvider(AgencyRef agency) => Provider is { } provider &&
        (provider.AgencyId is { } id ? id.ToString() == agency.Key || Names.Same(provider.Name, agency.Name) : Names.Same(provider.Name, agency.Name));

    internal decimal? DurationDays(Procedure p) => Durations.WorkingDays(p.TimeLimit, Options);

    internal decimal? LegalLimitDays => Durations.WorkingDays(Facts?.CostAndTerms?.TimeLimit, Options);

    internal DocumentProfile? ProfileOf(string document) => Profiles.FirstOrDefault(d => Names.Same(d.Document, document));

    private static void Add(Dictionary<string, List<Procedure>> map, string doc, Procedure p)
    {
        if (string.IsNullOrWhiteSpace(doc)) return;
        if (!map.TryGetValue(doc, out var list)) map[doc] = list = [];
        list.Add(p);
    }
}

/// <summary>An agency as the analysis groups steps: a stable key and the name shown.</summary>
internal sealed record AgencyRef(string Key, string Name);
