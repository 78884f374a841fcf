using System.Security.Cryptography;
using System.Text;
using Takomil.Analysis.Graph;
using Takomil.Domain.Access;
using Takomil.Domain.Common;
using Takomil.Domain.Facts;
using Takomil.Domain.Models;

namespace Takomil.Analysis.Samples;

/// <summary>A fact sheet and an as-is model turned into domain objects, ready to analyse.</summary>
public sealed record MaterializedSample(FactSheet Facts, ProcessModel AsIs, IReadOnlyList<DocumentProfile> DocumentProfiles)
{
    public AnalysisInput ToInput() => AnalysisInput.From(AsIs, Facts, DocumentProfiles);
}

/// <summary>
/// A parsed sample: the service, the facts and the as-is procedures. <see cref="Materialize"/> builds the domain
/// objects through their ordinary API (access rules, DAG checks), every value with import provenance naming the file,
/// and fact ids derived from the sample, so seeding twice yields the same ids.
/// </summary>
public sealed class ModelSample
{
    private readonly SampleFileDto dto;

    internal ModelSample(SampleFileDto dto, string fileName)
    {
        this.dto = dto;
        FileName = fileName;
    }

    public string FileName { get; }

    public string Name => dto.Name ?? Path.GetFileNameWithoutExtension(FileName);

    public SampleService Service => dto.Service!;

    public int InspectionYear => dto.InspectionYear;

    public IReadOnlyList<DocumentProfile> DocumentProfiles => dto.DocumentProfiles ?? [];

    /// <summary>The as-is procedures with the given provenance (row = position in the file, from 1).</summary>
    public IReadOnlyList<Procedure> Procedures(Guid importedBy, DateTimeOffset at) =>
        [.. (dto.Procedures ?? []).Select((p, i) => ToProcedure(p, Provenance.FromImport(importedBy, FileName, i + 1, at)))];

    /// <summary>
    /// Fills a new fact sheet and a new as-is model of the actor's inspection. The actor needs the rights to edit facts
    /// and models in the inspection's current stage, exactly as for a manual edit.
    /// </summary>
    public Outcome<MaterializedSample> Materialize(Actor actor, Guid asIsModelId, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (actor.InspectionId is not { } inspectionId) return Outcome.Refused<MaterializedSample>(Refusal.Of(ReasonCodes.NotInWorkingGroup));
        var facts = new FactSheet(inspectionId, InspectionYear);
        var filled = FactsWriter.Fill(facts, actor, dto.Facts, this, at);
        if (!filled.IsSuccess) return Outcome.Refused<MaterializedSample>(filled.Refusal!);

        var model = new ProcessModel(asIsModelId, inspectionId, ProcessModelKind.AsIs);
        var procedures = Procedures(actor.OfficialId, at);
        var issues = ProcessGraph.StructuralIssues(procedures);
        if (issues.Count > 0) return Outcome.Refused<MaterializedSample>(issues[0].WithDetails(issues));
        var graph = new ModelGraph(procedures);
        foreach (var key in graph.Topological!)
        {
            var put = model.Put(actor, graph.Find(key)!);
            if (!put.IsSuccess) return Outcome.Refused<MaterializedSample>(put.Refusal!);
        }
        return Outcome.Ok(new MaterializedSample(facts, model, DocumentProfiles));
    }

    /// <summary>A stable id for the n-th item of a section of this sample.</summary>
    internal Guid IdFor(string section, int index)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{Name}/{section}/{index}"));
        return new Guid(hash.AsSpan(0, 16));
    }

    private static Procedure ToProcedure(SampleProcedureDto p, Provenance provenance) => new(
        p.Key,
        p.Title,
        p.Lane,
        p.PerformerRole ?? string.Empty,
        p.Kind,
        p.InputDocuments ?? [],
        p.OutputDocuments ?? [],
        p.InformationSystems ?? [],
        p.TimeLimit,
        p.Cost,
        p.Predecessors ?? [],
        p.Decision is null ? null : new DecisionPoint(p.Decision.Question, p.Decision.GrantCriteria ?? [], p.Decision.RefusalCriteria ?? []),
        p.Description ?? string.Empty,
        [],
        provenance);
}
