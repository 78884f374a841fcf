using Takomil.Bot.Interviews;
using Takomil.Domain.Access;
using Takomil.Domain.Agencies;
using Takomil.Domain.Common;
using Takomil.Domain.Facts;
using Takomil.Domain.Inspections;
using Takomil.Domain.Models;
using Takomil.Interviews;

namespace Takomil.Bot.Tests.Interviews;

/// <summary>
/// A lead's "take the new value" on the domain directly, for each kind of item: the new answers land on the stored
/// item (fields they leave out keep their stored value), through the domain's own methods, as the interviewee's answer.
/// </summary>
public sealed class ConflictMergeTests
{
    private static readonly string[] FirstStep = ["p1"];
    private static readonly DateTimeOffset At = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);
    private readonly Guid _inspection = Guid.NewGuid();
    private readonly Guid _first = Guid.NewGuid();
    private readonly Guid _second = Guid.NewGuid();
    private readonly Guid _lead = Guid.NewGuid();

    private Actor Lead => new(_lead, SystemRole.None, new HashSet<WorkingGroupRole> { WorkingGroupRole.Lead }, _inspection, InspectionStage.Inspecting);

    private Actor Interviewee(Guid id) => new(id, SystemRole.None, new HashSet<WorkingGroupRole> { WorkingGroupRole.Interviewee }, _inspection, InspectionStage.Inspecting);

    private static Provenance From(Guid id) => Provenance.FromInterview(id, "session-" + id.ToString("N")[..6], "q", At);

    private static BoundValue V(string path, object value) => new(path, value, value.ToString()!);

    [Fact]
    public void Apply_SingleSection_NewAnswersOverStoredOnesAndTheRestKept()
    {
        var (facts, model) = (new FactSheet(_inspection, 2026), new ProcessModel(Guid.NewGuid(), _inspection, ProcessModelKind.AsIs));
        var binder = new ModelBinder();
        binder.Apply([V("facts.costAndTerms.isFree", false), V("facts.costAndTerms.timeLimit", new TimeLimit(5, TimeUnit.WorkingDays)),
            V("facts.costAndTerms.paymentWithinDays", 3L)], facts, model, Interviewee(_first), From(_first));
        BoundValue[] second = [V("facts.costAndTerms.isFree", false), V("facts.costAndTerms.timeLimit", new TimeLimit(10, TimeUnit.CalendarDays))];
        Assert.Single(binder.Apply(second, facts, model, Interviewee(_second), From(_second)).Conflicts);

        var outcome = ConflictMerge.Apply("facts.costAndTerms", second, facts, model, Lead, From(_second));

        Assert.True(outcome.IsSuccess, outcome.ToString());
        Assert.Equal(new TimeLimit(10, TimeUnit.CalendarDays), facts.CostAndTerms!.TimeLimit);
        Assert.Equal(3, facts.CostAndTerms.PaymentWithinDays); // not in the new answers: kept
        Assert.Equal(_second, facts.CostAndTerms.Provenance.OfficialId);
    }

    [Fact]
    public void Apply_Procedure_ReplacesTheStepByKeyAndKeepsTheOthers()
    {
        var (facts, model) = (new FactSheet(_inspection, 2026), new ProcessModel(Guid.NewGuid(), _inspection, ProcessModelKind.AsIs));
        var binder = new ModelBinder();
        binder.Apply([V("asis.procedures[0].key", "p1"), V("asis.procedures[0].title", "Qabul"),
            V("asis.procedures[1].key", "p2"), V("asis.procedures[1].title", "Koʻrib chiqish"), V("asis.procedures[1].predecessors", FirstStep),
            V("asis.procedures[1].description", "Qogʻozda")], facts, model, Interviewee(_first), From(_first));
        BoundValue[] second = [V("asis.procedures[0].key", "p2"), V("asis.procedures[0].title", "Tekshirish")];
        Assert.Single(binder.Apply(second, facts, model, Interviewee(_second), From(_second)).Conflicts);

        var outcome = ConflictMerge.Apply("asis.procedures[0]", second, facts, model, Lead, From(_second));

        Assert.True(outcome.IsSuccess, outcome.ToString());
        Assert.Equal(["p1", "p2"], model.Procedures.Select(p => p.Key));
        Assert.Equal(("Qabul", "Tekshirish"), (model.Procedures[0].Title, model.Procedures[1].Title));
        Assert.Equal(["p1"], model.Procedures[1].Predecessors);
        Assert.Equal("Qogʻozda", model.Procedures[1].Description);
        Assert.Equal((_first, _second), (model.Procedures[0].Provenance.OfficialId, model.Procedures[1].Provenance.OfficialId));
    }

    [Fact]
    public void Apply_ListItem_KeepsItsIdAndTheOtherItems()
    {
        var (facts, model) = (new FactSheet(_inspection, 2026), new ProcessModel(Guid.NewGuid(), _inspection, ProcessModelKind.AsIs));
        var binder = new ModelBinder();
        binder.Apply([V("facts.legalActs[0].title", "Qaror 184"), V("facts.legalActs[0].number", "184"),
            V("facts.legalActs[1].title", "Buyruq 7"), V("facts.legalActs[1].number", "7")], facts, model, Interviewee(_first), From(_first));
        var id = facts.LegalActs[0].Id;
        BoundValue[] second = [V("facts.legalActs[0].title", "Qaror 184"), V("facts.legalActs[0].number", "184-son")];
        Assert.Single(binder.Apply(second, facts, model, Interviewee(_second), From(_second)).Conflicts);

        var outcome = ConflictMerge.Apply("facts.legalActs[0]", second, facts, model, Lead, From(_second));

        Assert.True(outcome.IsSuccess, outcome.ToString());
        Assert.Equal(2, facts.LegalActs.Count);
        Assert.Equal((id, "184-son"), (facts.LegalActs[0].Id, facts.LegalActs[0].Number));
        Assert.Equal("7", facts.LegalActs[1].Number);
    }
}
