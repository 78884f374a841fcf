using Takomil.Domain.Common;
using Takomil.Domain.Inspections;
using S = Takomil.Domain.Inspections.InspectionStage;
using T = Takomil.Domain.Inspections.InspectionTrigger;

namespace Takomil.Domain.Tests;

public class StageTransitionTests
{
    public static TheoryData<T, S, S> AllowedTransitions()
    {
        var data = new TheoryData<T, S, S>();
        foreach (var (trigger, from, to) in StageMachineSpec.Allowed) data.Add(trigger, from, to);
        return data;
    }

    public static TheoryData<T, S> RefusedTransitions()
    {
        var data = new TheoryData<T, S>();
        foreach (var trigger in Enum.GetValues<T>())
        {
            foreach (var stage in Enum.GetValues<S>())
            {
                if (!StageMachineSpec.Allowed.Any(a => a.Trigger == trigger && a.From == stage)) data.Add(trigger, stage);
            }
        }
        return data;
    }

    [Fact]
    public void Rules_MatchTheSpecifiedMachine_Exactly()
    {
        var fromTable = StageTransitions.Rules.SelectMany(r => r.From.Select(f => (r.Trigger, f))).ToHashSet();
        var fromSpec = StageMachineSpec.Allowed.Select(a => (a.Trigger, a.From)).ToHashSet();
        Assert.Equal(fromSpec.OrderBy(x => x.ToString()), fromTable.OrderBy(x => x.ToString()));
    }

    [Theory]
    [MemberData(nameof(AllowedTransitions))]
    public void Fire_AllowedTransitionWithEvidence_MovesToTargetAndRecordsHistory(T trigger, S from, S to)
    {
        var (scenario, evidence) = StageMachineSpec.Prepare(trigger, from, to);
        Assert.Equal(from, scenario.Inspection.Stage);
        var actor = scenario.As(StageMachineSpec.Person(scenario, StageMachineSpec.WhoMay(trigger).First()));
        var historyBefore = scenario.Inspection.History.Count;

        var outcome = scenario.Inspection.Fire(actor, trigger, evidence, Scenario.Now);

        Assert.True(outcome.IsSuccess, outcome.ToString());
        Assert.Equal(to, scenario.Inspection.Stage);
        var change = Assert.Single(scenario.Inspection.History.Skip(historyBefore));
        Assert.Equal((from, to, trigger, actor.OfficialId), (change.From, change.To, change.Trigger, change.By));
        Assert.Equal(evidence.Decision, change.Decision);
    }

    [Theory]
    [MemberData(nameof(RefusedTransitions))]
    public void Fire_TriggerNotAllowedFromStage_RefusedWithStageAndTriggerAndNothingChanges(T trigger, S stage)
    {
        var scenario = new Scenario().At(stage);
        var historyBefore = scenario.Inspection.History.Count;
        var actor = scenario.As(StageMachineSpec.Person(scenario, StageMachineSpec.WhoMay(trigger).First()));
        var evidence = new TransitionEvidence(Scenario.Decision(), "a reason", scenario.Facts, scenario.AsIs, scenario.ToBe);

        var outcome = scenario.Inspection.Fire(actor, trigger, evidence, Scenario.Now);

        Assert.False(outcome.IsSuccess);
        Assert.Equal(ReasonCodes.InspectionTransitionNotAllowed, outcome.Refusal!.Code);
        Assert.Equal(trigger.ToString(), outcome.Refusal.Args["trigger"]);
        Assert.Equal(stage.ToString(), outcome.Refusal.Args["stage"]);
        Assert.Equal(stage, scenario.Inspection.Stage);
        Assert.Equal(historyBefore, scenario.Inspection.History.Count);
    }

    [Fact]
    public void Fire_ResumeAfterSuspendInModelsDrafted_ReturnsToModelsDrafted()
    {
        var s = new Scenario().At(S.ModelsDrafted);
        Scenario.Ok(s.Inspection.Fire(s.As(s.MinistryLead), T.Suspend, TransitionEvidence.Because("law pending"), Scenario.Now));
        Assert.Equal(S.ModelsDrafted, s.Inspection.StageBeforeSuspension);

        Scenario.Ok(s.Inspection.Fire(s.As(s.Lead), T.Resume, TransitionEvidence.None, Scenario.Now));

        Assert.Equal(S.ModelsDrafted, s.Inspection.Stage);
        Assert.Null(s.Inspection.StageBeforeSuspension);
    }

    [Fact]
    public void Fire_ActorFromAnotherInspection_RefusedAsNotInWorkingGroup()
    {
        var s = new Scenario();
        var other = new Scenario();
        var outcome = s.Inspection.Fire(other.As(other.Lead), T.Start, TransitionEvidence.Of(Scenario.Decision()), Scenario.Now);
        Assert.Equal(ReasonCodes.NotInWorkingGroup, outcome.Refusal?.Code);
    }

    [Fact]
    public void Fire_ActorBuiltBeforeAStageChange_IsJudgedOnTheCurrentStage()
    {
        var s = new Scenario().At(S.Inspecting);
        var staleLead = s.As(s.Lead);
        Scenario.Ok(s.Inspection.Fire(s.As(s.Lead), T.Suspend, TransitionEvidence.Because("pause"), Scenario.Now));

        var outcome = s.Inspection.Fire(staleLead, T.Resume, TransitionEvidence.None, Scenario.Now);

        Assert.True(outcome.IsSuccess, outcome.ToString());
        Assert.Equal(S.Inspecting, s.Inspection.Stage);
    }

    [Fact]
    public void AvailableTriggers_LeadWhileInspecting_OffersModelsDraftedSuspend()
    {
        var s = new Scenario().At(S.Inspecting);
        Assert.Equal([T.MarkModelsDrafted, T.Suspend], s.Inspection.AvailableTriggers(s.As(s.Lead)));
        Assert.Empty(s.Inspection.AvailableTriggers(s.As(s.Member)));
        Assert.Equal([T.Suspend, T.Cancel], s.Inspection.AvailableTriggers(s.As(s.Admin)));
    }
}
