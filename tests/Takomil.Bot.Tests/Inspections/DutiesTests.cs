using Takomil.Bot.Inspections;
using Takomil.Domain.Access;
using Takomil.Domain.Agencies;
using Takomil.Domain.Facts;
using Takomil.Domain.Inspections;
using Takomil.Domain.Models;
using Takomil.Domain.Services;

namespace Takomil.Bot.Tests.Inspections;

/// <summary>Who owes what follows the domain's rights and state machine, stage by stage.</summary>
public sealed class DutiesTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 10, 0, 0, TimeSpan.Zero);
    private readonly Guid _lead = Guid.NewGuid();
    private readonly Guid _member = Guid.NewGuid();
    private readonly Guid _interviewee = Guid.NewGuid();

    [Fact]
    public void Owed_Listed_LeadCompletesTheGroupThenStarts()
    {
        var inspection = Open();

        Assert.Equal([DutyKind.CompleteWorkingGroup, DutyKind.Start], Duties.Owed(inspection, _lead, Blank(inspection)).Select(d => d.Kind));
        Assert.Equal([WorkingGroupRole.Member, WorkingGroupRole.Interviewee], Duties.Owed(inspection, _lead, Blank(inspection))[0].MissingRoles);

        Add(inspection, _member, WorkingGroupRole.Member);
        Add(inspection, _interviewee, WorkingGroupRole.Interviewee);
        Assert.Equal([DutyKind.Start], Duties.Owed(inspection, _lead, Blank(inspection)).Select(d => d.Kind));
        Assert.Empty(Duties.Owed(inspection, _member, Blank(inspection)));
        Assert.Empty(Duties.Owed(inspection, Guid.NewGuid(), Blank(inspection)));
    }

    [Fact]
    public void Owed_Suspended_OnlyTheLeadResumes()
    {
        var inspection = Open();
        Add(inspection, _member, WorkingGroupRole.Member);
        var suspended = inspection.Fire(inspection.ActorFor(_lead, SystemRole.None), InspectionTrigger.Suspend, TransitionEvidence.Because("Qonun oʻzgarishi kutilmoqda"), Now);
        Assert.True(suspended.IsSuccess, suspended.ToString());

        Assert.Equal([DutyKind.Resume], Duties.Owed(inspection, _lead, Blank(inspection)).Select(d => d.Kind));
        Assert.Empty(Duties.Owed(inspection, _member, Blank(inspection)));
    }

    private Inspection Open()
    {
        var ministry = Actor.Global(Guid.NewGuid(), SystemRole.MinistryLead);
        var list = new ServiceList(Guid.NewGuid(), 2026);
        var serviceId = Guid.NewGuid();
        Assert.True(list.Add(ministry, serviceId, new DateOnly(2026, 12, 1)).IsSuccess);
        Assert.True(list.Submit(ministry, Now).IsSuccess);
        Assert.True(list.Approve(Actor.Global(Guid.NewGuid(), SystemRole.CommissionSecretary), new DecisionReference("RK-1", new DateOnly(2025, 12, 15))).IsSuccess);
        return Inspection.Create(ministry, Guid.NewGuid(), list, serviceId, _lead, Now).GetValueOrThrow();
    }

    private void Add(Inspection inspection, Guid official, WorkingGroupRole role) =>
        Assert.True(inspection.AddMember(inspection.ActorFor(_lead, SystemRole.None), official, [role], Now).IsSuccess);

    private static InspectionProgress Blank(Inspection inspection) => new(
        new FactSheet(inspection.Id, inspection.Year).Completeness(),
        ModelProgress.Of(ProcessModelKind.AsIs, null),
        ModelProgress.Of(ProcessModelKind.ToBe, null));
}
