using Takomil.Domain.Access;
using Takomil.Domain.Agencies;
using Takomil.Domain.Common;
using Takomil.Domain.Services;

namespace Takomil.Domain.Tests;

public class ServiceListTests
{
    private static readonly Actor Ministry = Actor.Global(Guid.NewGuid(), SystemRole.MinistryLead);
    private static readonly Actor Secretary = Actor.Global(Guid.NewGuid(), SystemRole.CommissionSecretary);

    [Fact]
    public void Add_SameServiceTwice_Refused()
    {
        var list = new ServiceList(Guid.NewGuid(), 2026);
        var service = Guid.NewGuid();
        Scenario.Ok(list.Add(Ministry, service, new DateOnly(2026, 5, 1)));
        Assert.Equal(ReasonCodes.ListServiceAlreadyListed, list.Add(Ministry, service, new DateOnly(2026, 6, 1)).Refusal?.Code);
    }

    [Fact]
    public void Add_DeadlineInAnotherYear_Refused()
    {
        var list = new ServiceList(Guid.NewGuid(), 2026);
        var outcome = list.Add(Ministry, Guid.NewGuid(), new DateOnly(2027, 1, 10));
        Assert.Equal(ReasonCodes.ListDeadlineOutsideYear, outcome.Refusal?.Code);
        Assert.Equal("2027-01-10", outcome.Refusal!.Args["deadline"]);
    }

    [Fact]
    public void Submit_Empty_Refused()
    {
        Assert.Equal(ReasonCodes.ListEmpty, new ServiceList(Guid.NewGuid(), 2026).Submit(Ministry, Scenario.Now).Refusal?.Code);
    }

    [Fact]
    public void Submit_AfterFirstDecember_MarkedLate()
    {
        var list = new ServiceList(Guid.NewGuid(), 2026);
        Scenario.Ok(list.Add(Ministry, Guid.NewGuid(), new DateOnly(2026, 5, 1)));
        Scenario.Ok(list.Submit(Ministry, new DateTimeOffset(2025, 12, 5, 10, 0, 0, TimeSpan.FromHours(5))));
        Assert.True(list.WasSubmittedLate);
        Assert.Equal(new DateOnly(2025, 12, 1), list.SubmissionDue);
    }

    [Fact]
    public void Approve_WithoutDecision_Refused()
    {
        var list = Submitted();
        Assert.Equal(ReasonCodes.ListDecisionRequired, list.Approve(Secretary, null).Refusal?.Code);
        Assert.Equal(ServiceListState.Submitted, list.State);
    }

    [Fact]
    public void Approve_ByMinistry_RefusedAsAccessDenied()
    {
        var list = Submitted();
        Assert.Equal(ReasonCodes.AccessDenied, list.Approve(Ministry, new DecisionReference("RK-1", new DateOnly(2025, 12, 20))).Refusal?.Code);
    }

    [Fact]
    public void Approve_BySecretaryWithDecision_ApprovesAndFreezesEntries()
    {
        var list = Submitted();
        Scenario.Ok(list.Approve(Secretary, new DecisionReference("RK-1", new DateOnly(2025, 12, 20))));
        Assert.Equal(ServiceListState.Approved, list.State);
        Assert.Equal(ReasonCodes.ListNotDraft, list.Add(Ministry, Guid.NewGuid(), new DateOnly(2026, 3, 1)).Refusal?.Code);
    }

    [Fact]
    public void ReturnToDraft_ThenEditAndResubmit_Works()
    {
        var list = Submitted();
        Scenario.Ok(list.ReturnToDraft(Secretary));
        Scenario.Ok(list.ChangeDeadline(Ministry, list.Entries[0].ServiceId, new DateOnly(2026, 11, 30)));
        Scenario.Ok(list.Submit(Ministry, Scenario.Now));
        Assert.Equal(new DateOnly(2026, 11, 30), list.Entries[0].InspectionDeadline);
    }

    [Fact]
    public void Remove_Unlisted_Refused()
    {
        var list = new ServiceList(Guid.NewGuid(), 2026);
        Assert.Equal(ReasonCodes.ListServiceNotListed, list.Remove(Ministry, Guid.NewGuid()).Refusal?.Code);
    }

    private static ServiceList Submitted()
    {
        var list = new ServiceList(Guid.NewGuid(), 2026);
        Scenario.Ok(list.Add(Ministry, Guid.NewGuid(), new DateOnly(2026, 5, 1)));
        Scenario.Ok(list.Submit(Ministry, Scenario.Now));
        return list;
    }
}
