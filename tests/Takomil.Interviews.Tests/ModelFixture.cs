using Takomil.Domain.Access;
using Takomil.Domain.Agencies;
using Takomil.Domain.Common;
using Takomil.Domain.Facts;
using Takomil.Domain.Inspections;
using Takomil.Domain.Models;

namespace Takomil.Interviews.Tests;

/// <summary>A fact sheet and an as-is model of one inspection, with actors who may write them.</summary>
internal sealed class ModelFixture
{
    public static readonly DateTimeOffset At = new(2026, 3, 10, 9, 0, 0, TimeSpan.Zero);

    public Guid InspectionId { get; } = Guid.NewGuid();

    public FactSheet Facts { get; }

    public ProcessModel AsIs { get; }

    public ModelFixture()
    {
        Facts = new FactSheet(InspectionId, 2026);
        AsIs = new ProcessModel(Guid.NewGuid(), InspectionId, ProcessModelKind.AsIs);
    }

    /// <summary>An interviewee: may store only their own interview answers.</summary>
    public Actor Interviewee(Guid officialId) =>
        new(officialId, SystemRole.None, new HashSet<WorkingGroupRole> { WorkingGroupRole.Interviewee }, InspectionId, InspectionStage.Inspecting);

    public static Provenance From(Guid officialId, string interview = "int-1") => Provenance.FromInterview(officialId, interview, "q", At);

    public BindResult Bind(IReadOnlyList<BoundValue> values, Guid officialId, string interview = "int-1") =>
        new ModelBinder().Apply(values, Facts, AsIs, Interviewee(officialId), From(officialId, interview));
}
