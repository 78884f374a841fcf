using Takomil.Domain.Facts;
using Takomil.Domain.Models;

namespace Takomil.Analysis;

/// <summary>
/// What the analysis reads: the procedures of a model, the fact sheet of the same inspection (optional: without it
/// the once-only, legal-limit, fee and statistics parts have nothing to go on) and any document profiles (p. 7).
/// </summary>
public sealed record AnalysisInput(
    IReadOnlyList<Procedure> Procedures,
    FactSheet? Facts = null,
    IReadOnlyList<DocumentProfile>? DocumentProfiles = null)
{
    public static AnalysisInput From(ProcessModel model, FactSheet? facts = null, IReadOnlyList<DocumentProfile>? profiles = null)
    {
        ArgumentNullException.ThrowIfNull(model);
        return new AnalysisInput(model.Procedures, facts, profiles);
    }
}
