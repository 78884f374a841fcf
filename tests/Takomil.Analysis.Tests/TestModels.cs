using Takomil.Domain.Access;
using Takomil.Domain.Common;
using Takomil.Domain.Facts;
using Takomil.Domain.Inspections;
using Takomil.Domain.Models;

namespace Takomil.Analysis.Tests;

/// <summary>Small builders for hand-made models: a step is a key, a lane and its documents; everything else defaults.</summary>
internal static class TestModels
{
    public static readonly DateTimeOffset At = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);
    public static readonly Guid Editor = Guid.Parse("11111111-1111-1111-1111-111111111111");
    public static readonly Guid Acceptor = Guid.Parse("22222222-2222-2222-2222-222222222222");
    public static readonly Guid InspectionId = Guid.Parse("33333333-3333-3333-3333-333333333333");

    public static Provenance Edit => Provenance.FromEdit(Editor, At);

    public static Provenance Accepted => Provenance.FromEdit(Acceptor, At.AddDays(1));

    public static Participant Agency(string name) => new(ParticipantKind.Agency, name);

    public static Participant Applicant { get; } = new(ParticipantKind.Applicant, "Ariza beruvchi");

    public static Procedure Step(
        string key,
        Participant? lane = null,
        ProcedureKind kind = ProcedureKind.Manual,
        string[]? inputs = null,
        string[]? outputs = null,
        string[]? preds = null,
        decimal days = 1m,
        string? title = null,
        string role = "Mutaxassis",
        DecisionPoint? decision = null,
        Amount? cost = null,
        TimeUnit unit = TimeUnit.WorkingDays) => new(
            key,
            title ?? "Qadam " + key,
            lane ?? Agency("Hokimlik"),
            role,
            kind,
            inputs ?? [],
            outputs ?? [],
            [],
            days > 0 ? new TimeLimit(days, unit) : null,
            cost,
            preds ?? [],
            decision,
            string.Empty,
            [],
            Edit);

    /// <summary>A lead of <see cref="InspectionId"/> while inspecting: may edit facts and models.</summary>
    public static Actor Lead { get; } = new(
        Editor, Takomil.Domain.Agencies.SystemRole.None, new HashSet<WorkingGroupRole> { WorkingGroupRole.Lead }, InspectionId, InspectionStage.Inspecting);

    public static FactSheet Facts(Action<FactSheet, Actor>? fill = null)
    {
        var sheet = new FactSheet(InspectionId, 2026);
        fill?.Invoke(sheet, Lead);
        return sheet;
    }

    public static DocumentFact Document(string name, string? issuer = null, bool held = false, string? system = null, string? sample = "s.pdf") =>
        new(Guid.NewGuid(), name, issuer, held, system, sample, Edit);

    public static void Must(Outcome outcome) => Assert.True(outcome.IsSuccess, outcome.ToString());

    public static AnalysisReport Analyze(IReadOnlyList<Procedure> steps, FactSheet? facts = null, AnalysisOptions? options = null, IReadOnlyList<DocumentProfile>? profiles = null) =>
        new ServiceAnalyzer(options).Analyze(new AnalysisInput(steps, facts, profiles));
}
