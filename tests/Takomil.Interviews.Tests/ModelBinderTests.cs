using Takomil.Domain.Common;
using Takomil.Domain.Models;

namespace Takomil.Interviews.Tests;

/// <summary>Conflicts with other officials, same-official overwrite, domain refusals, and what scripts may bind.</summary>
public sealed class ModelBinderTests
{
    private static readonly string[] Dangling = ["p9"];
    private readonly ModelFixture _model = new();
    private readonly Guid _first = Guid.NewGuid();
    private readonly Guid _second = Guid.NewGuid();

    private static BoundValue V(string path, object value) => new(path, value, value.ToString()!);

    [Fact]
    public void Apply_SameOfficialAnswersAgain_Overwrites()
    {
        _model.Bind([V("facts.legalActs[0].title", "Qaror 184"), V("facts.legalActs[0].number", "184")], _first);
        var result = _model.Bind([V("facts.legalActs[0].title", "qaror 184"), V("facts.legalActs[0].number", "184-son")], _first);

        Assert.True(result.Outcome.IsSuccess);
        Assert.Empty(result.Conflicts);
        var act = Assert.Single(_model.Facts.LegalActs);
        Assert.Equal("184-son", act.Number);
    }

    [Fact]
    public void Apply_AnotherOfficialDiffers_ConflictAndNotOverwritten()
    {
        _model.Bind([V("facts.legalActs[0].title", "Qaror 184"), V("facts.legalActs[0].number", "184")], _first);
        var result = _model.Bind([V("facts.legalActs[0].title", "Qaror 184"), V("facts.legalActs[0].number", "185")], _second);

        var conflict = Assert.Single(result.Conflicts);
        Assert.Equal(new BindConflict("facts.legalActs[0].number", "184", _first, "185", _second), conflict);
        Assert.Equal("184", _model.Facts.LegalActs[0].Number);
        Assert.Equal(0, result.Applied);
    }

    [Fact]
    public void Apply_AnotherOfficialFillsBlankOrAgrees_Applied()
    {
        _model.Bind([V("facts.inputDocuments[0].name", "Ariza")], _first);
        var result = _model.Bind(
            [V("facts.inputDocuments[0].name", "Ariza"), new BoundValue("facts.inputDocuments[0].sample", new[] { new FileRef("a.pdf", "https://f/a.pdf", null) }, "a.pdf")],
            _second);

        Assert.Empty(result.Conflicts);
        Assert.Equal("https://f/a.pdf", Assert.Single(_model.Facts.InputDocuments).SampleFileRef);
        Assert.Equal(_second, _model.Facts.InputDocuments[0].Provenance.OfficialId);
    }

    [Fact]
    public void Apply_SingleSectionConflict_ReportedPerField()
    {
        _model.Bind([V("facts.costAndTerms.isFree", true), V("facts.costAndTerms.timeLimit", new TimeLimit(5, TimeUnit.WorkingDays))], _first);
        var result = _model.Bind([V("facts.costAndTerms.isFree", true), V("facts.costAndTerms.timeLimit", new TimeLimit(10, TimeUnit.CalendarDays))], _second);

        var conflict = Assert.Single(result.Conflicts);
        Assert.Equal(("facts.costAndTerms.timeLimit", "5 WorkingDays"), (conflict.Path, conflict.ExistingDisplay));
        Assert.Equal(new TimeLimit(5, TimeUnit.WorkingDays), _model.Facts.CostAndTerms!.TimeLimit);
    }

    [Fact]
    public void Apply_ProcedureByAnotherOfficial_ConflictOnTitle()
    {
        _model.Bind([V("asis.procedures[0].key", "p1"), V("asis.procedures[0].title", "Qabul")], _first);
        var result = _model.Bind([V("asis.procedures[0].key", "p1"), V("asis.procedures[0].title", "Roʻyxatga olish")], _second);

        Assert.Equal("asis.procedures[0].title", Assert.Single(result.Conflicts).Path);
        Assert.Equal("Qabul", _model.AsIs.Procedures[0].Title);
    }

    [Fact]
    public void Apply_DomainRefusesInconsistentStatistics_OutcomeRefused()
    {
        var result = _model.Bind(
            [V("facts.statistics[0].year", 2025m), V("facts.statistics[0].applications", 10L), V("facts.statistics[0].electronicApplications", 20L)],
            _first);

        Assert.False(result.Outcome.IsSuccess);
        Assert.Equal(ReasonCodes.FactStatisticsInconsistent, result.Outcome.Refusal!.Code);
        Assert.Empty(_model.Facts.Statistics);
    }

    [Fact]
    public void Apply_DanglingPredecessor_RefusedByModel()
    {
        var result = _model.Bind([V("asis.procedures[0].key", "p2"), V("asis.procedures[0].title", "X"), V("asis.procedures[0].predecessors", Dangling)], _first);

        Assert.Equal(ReasonCodes.ModelDanglingPredecessor, result.Outcome.Refusal!.Code);
        Assert.Empty(_model.AsIs.Procedures);
    }

    [Fact]
    public void Apply_ActorOfAnotherInspection_RefusedNotInWorkingGroup()
    {
        var stranger = new ModelFixture().Interviewee(_first);
        var result = new ModelBinder().Apply([V("facts.appeals.count", 3L)], _model.Facts, _model.AsIs, stranger, ModelFixture.From(_first));

        Assert.Equal(ReasonCodes.NotInWorkingGroup, result.Outcome.Refusal!.Code);
        Assert.Null(_model.Facts.Appeals);
    }

    [Fact]
    public void Apply_NoSystemsConfirmed_UnlessAnotherOfficialNamedOne()
    {
        Assert.True(_model.Bind([V("facts.noInformationSystems", true)], _first).Outcome.IsSuccess);
        Assert.NotNull(_model.Facts.NoInformationSystemsConfirmed);

        var other = new ModelFixture();
        other.Bind([V("facts.informationSystems[0].name", "MyGov")], _first);
        var result = other.Bind([V("facts.noInformationSystems", true)], _second);
        Assert.Equal("facts.noInformationSystems", Assert.Single(result.Conflicts).Path);
        Assert.Single(other.Facts.InformationSystems);
    }

    [Fact]
    public void Apply_UnboundAnswers_Ignored()
    {
        var result = _model.Bind([V("answers.contact", "x"), V("answers.steps[0].title", "y")], _first);
        Assert.Equal((true, 0), (result.Outcome.IsSuccess, result.Applied));
    }

    [Fact]
    public void KnownPaths_CoverEveryFactSectionAndProcedureField()
    {
        string[] sections = ["legalActs", "agencies", "costAndTerms", "recipients", "inputDocuments", "outputDocuments", "informationSystems", "statistics", "practice", "appeals"];
        foreach (var section in sections) Assert.Contains(ModelBinder.KnownPaths, p => p.StartsWith("facts." + section, StringComparison.Ordinal));
        foreach (var field in typeof(Procedure).GetProperties().Select(p => p.Name).Except(["Measures", "Provenance", "Lane", "Decision"]))
        {
            Assert.Contains($"asis.procedures[].{char.ToLowerInvariant(field[0])}{field[1..]}", ModelBinder.KnownPaths);
        }
    }
}
