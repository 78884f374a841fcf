using Takomil.Domain.Common;
using Takomil.Domain.Facts;
using Takomil.Domain.Models;

namespace Takomil.Bot.Inspections;

/// <summary>How far one model is: absent, or its procedures and what still keeps it from being final.</summary>
public sealed record ModelProgress(ProcessModelKind Kind, bool Exists, int Procedures, IReadOnlyList<Refusal> Issues)
{
    public bool IsReady => Exists && Issues.Count == 0;

    public static ModelProgress Of(ProcessModelKind kind, ProcessModel? model) =>
        model is null ? new(kind, false, 0, []) : new(kind, true, model.Procedures.Count, model.Validate());
}

/// <summary>What the domain says is still missing: the facts of p. 11 section by section, and both models.</summary>
public sealed record InspectionProgress(FactsCompleteness Facts, ModelProgress AsIs, ModelProgress ToBe)
{
    public IReadOnlyList<ModelProgress> Models => [AsIs, ToBe];

    public int SectionsTotal => Facts.Sections.Count;

    public int SectionsComplete => Facts.Sections.Count(s => s.IsComplete);
}
