using static Takomil.Interviews.Tests.TestScripts;

namespace Takomil.Interviews.Tests;

/// <summary>Required, constraint, relevant, defaults, calculate, repeats, navigation and confirmation.</summary>
public sealed class EngineFlowTests
{
    private static readonly InterviewScript Survey = Script($$"""
          - name: name
            type: text
            required: true
            required_message: {{T("Name please")}}
            label: {{T("Your name, ${service}?")}}
          - name: age
            type: integer
            constraint: ". >= 18 and . < 120"
            constraint_message: {{T("Adults only, not ${name}")}}
            label: {{T("Age")}}
          - name: has_car
            type: yes_no
            required: true
            label: {{T("Car?")}}
          - name: car
            type: text
            relevant: "${has_car}"
            label: {{T("Which car")}}
          - name: city
            type: text
            default: "Toshkent"
            label: {{T("City")}}
          - name: greeting
            type: calculate
            calculate: "concat('Hi ', ${name})"
        """);

    private static InterviewEngine SurveyEngine => Engine(Survey);

    [Fact]
    public void Start_WithContext_FirstQuestionShowsProgressAndInterpolatedLabel()
    {
        var engine = SurveyEngine;
        var q = engine.Current(engine.Start(new Dictionary<string, string> { ["service"] = "Litsenziya" }), "uz-Latn")!;

        Assert.Equal(("name", 1, 4, QuestionType.Text, true), (q.Name, q.Number, q.Total, q.Type, q.Required));
        Assert.Equal("Your name, Litsenziya? uz", q.Label);
    }

    [Theory]
    [InlineData("uz-Latn", "Name please uz")]
    [InlineData("uz-Cyrl", "Name please cy")]
    [InlineData("ru", "Name please ru")]
    [InlineData("en", "Name please en")]
    [InlineData("fr", "Name please uz")]
    public void Answer_RequiredEmpty_RefusedWithScriptMessageInLanguage(string language, string reason)
    {
        var engine = SurveyEngine;
        var state = engine.Start();
        var step = engine.Answer(state, AnswerInput.FromText("  "), language);

        Assert.False(step.Accepted);
        Assert.Equal(reason, step.Reason);
        Assert.Same(state, step.State);
        Assert.Equal("name", step.Next!.Name);
    }

    [Fact]
    public void Answer_ConstraintFails_RefusedWithInterpolatedMessage()
    {
        var engine = SurveyEngine;
        var state = engine.Say(engine.Start(), "Aziz");
        var step = engine.Answer(state, AnswerInput.FromText("12"), "ru");

        Assert.False(step.Accepted);
        Assert.Equal("Adults only, not Aziz ru", step.Reason);
        Assert.True(engine.Answer(state, AnswerInput.FromText("30"), "ru").Accepted);
    }

    [Fact]
    public void Skip_OptionalSkippedRequiredRefused()
    {
        var engine = SurveyEngine;
        var refused = engine.Skip(engine.Start(), "en");
        Assert.False(refused.Accepted);
        Assert.Equal("This question is required and cannot be skipped.", refused.Reason);

        var state = engine.Say(engine.Start(), "Aziz");
        var skipped = engine.Skip(state, "en");
        Assert.True(skipped.Accepted);
        Assert.Equal("has_car", skipped.Next!.Name);
        Assert.DoesNotContain(engine.Values(skipped.State), v => v.Path == "answers.age");
    }

    [Fact]
    public void Relevant_NoCar_SkipsCarAndTotalShrinks()
    {
        var engine = SurveyEngine;
        var state = engine.Say(engine.Say(engine.Start(), "Aziz"), "30");
        Assert.Equal(4, engine.Current(state, "en")!.Total);

        var afterYes = engine.Answer(state, AnswerInput.FromText("yes"), "en");
        Assert.Equal(("car", 4, 5), (afterYes.Next!.Name, afterYes.Next.Number, afterYes.Next.Total));

        var afterNo = engine.Answer(state, AnswerInput.FromText("no"), "en");
        Assert.Equal(("city", 4, 4), (afterNo.Next!.Name, afterNo.Next.Number, afterNo.Next.Total));
    }

    [Fact]
    public void Default_ShownAsCurrentValueAndTakenOnEmptyAnswer()
    {
        var engine = SurveyEngine;
        var state = engine.Say(engine.Say(engine.Say(engine.Start(), "Aziz"), "30"), "no");
        Assert.Equal("Toshkent", engine.Current(state, "en")!.CurrentValue);

        state = engine.Say(state, "");

        Assert.Equal(InterviewStatus.Reviewing, engine.Status(state));
        Assert.Contains(engine.Values(state), v => v.Path == "answers.city" && (string)v.Value! == "Toshkent");
    }

    [Fact]
    public void Calculate_NotAskedButReturnedInValues()
    {
        var engine = SurveyEngine;
        var state = engine.Say(engine.Start(), "Aziz");
        Assert.Contains(engine.Values(state), v => v.Path == "answers.greeting" && (string)v.Value! == "Hi Aziz");
        Assert.DoesNotContain(engine.Summary(state, "en").Lines, l => l.Label.Contains("greeting", StringComparison.Ordinal));
    }

    [Fact]
    public void Back_ShowsPreviousAnswerAndAnsweringAgainMovesOn()
    {
        var engine = SurveyEngine;
        var state = engine.Say(engine.Say(engine.Start(), "Aziz"), "30");
        var back = engine.Back(state, "en");

        Assert.Equal(("age", "30"), (back.Next!.Name, back.Next.CurrentValue));
        var again = engine.Answer(RoundTrip(back.State), AnswerInput.FromText("31"), "en");
        Assert.Equal("has_car", again.Next!.Name);
        Assert.False(engine.Back(engine.Start(), "en").Accepted);
    }

    [Fact]
    public void EditFromReview_ChangesRelevance_NewQuestionAskedThenBackToReview()
    {
        var engine = SurveyEngine;
        var state = engine.Say(engine.Say(engine.Say(engine.Start(), "Aziz"), "30"), "yes");
        state = engine.Say(engine.Say(state, "Nexia"), "Samarqand");
        Assert.Equal(InterviewStatus.Reviewing, engine.Status(state));
        Assert.Contains(engine.Values(state), v => v.Path == "answers.car");

        // has_car is number 3; "no" makes car irrelevant: kept in the state, no longer bound or listed.
        var edit = engine.Edit(state, 3, "en");
        Assert.Equal(("has_car", "Yes"), (edit.Next!.Name, edit.Next.CurrentValue));
        state = engine.Say(edit.State, "no");
        Assert.Equal(InterviewStatus.Reviewing, engine.Status(state));
        Assert.DoesNotContain(engine.Values(state), v => v.Path == "answers.car");
        Assert.True(state.Answers.ContainsKey("car"));

        // back to "yes": car is relevant again with its kept answer; the review follows.
        state = engine.Say(engine.Edit(state, 3, "en").State, "yes");
        Assert.Equal(InterviewStatus.Reviewing, engine.Status(state));
        Assert.Contains(engine.Values(state), v => v.Path == "answers.car" && (string)v.Value! == "Nexia");
    }

    [Fact]
    public void EditWhileAsking_ContinuesWhereItWasNotFromTheStart()
    {
        var engine = SurveyEngine;
        var state = engine.Say(engine.Say(engine.Say(engine.Start(), "Aziz"), "30"), "no");
        Assert.Equal("city", engine.Current(state, "en")!.Name);

        var edit = engine.Edit(state, 1, "en");
        Assert.Equal("name", edit.Next!.Name);
        var step = engine.Answer(edit.State, AnswerInput.FromText("Bobur"), "en");

        Assert.Equal("city", step.Next!.Name);
        Assert.Null(step.State.ResumeTo);
    }

    [Fact]
    public void EditWhileAsking_NewlyRelevantQuestionComesBeforeResumePoint()
    {
        var engine = SurveyEngine;
        var state = engine.Say(engine.Say(engine.Say(engine.Start(), "Aziz"), "30"), "no");
        state = engine.Say(engine.Edit(state, 3, "en").State, "yes");

        Assert.Equal("car", engine.Current(state, "en")!.Name);
        state = engine.Say(state, "Spark");
        Assert.Equal("city", engine.Current(state, "en")!.Name);
    }

    [Theory]
    [InlineData(0, "There is no question number 0.")]
    [InlineData(9, "There is no question number 9.")]
    public void Edit_BadNumber_Refused(int number, string reason) =>
        Assert.Equal(reason, SurveyEngine.Edit(SurveyEngine.Start(), number, "en").Reason);

    [Fact]
    public void SummaryAndConfirm_ListsAnswersThenConfirmsOnce()
    {
        var engine = SurveyEngine;
        var state = engine.Say(engine.Start(), "Aziz");
        Assert.False(engine.Confirm(state, "en").Accepted);
        state = engine.Skip(state, "en").State;
        state = engine.Say(engine.Say(state, "ha"), "Malibu");
        state = engine.Say(state, "Buxoro");

        var summary = engine.Summary(state, "uz-Cyrl");
        Assert.Equal([1, 2, 3, 4, 5], summary.Lines.Select(l => l.Number));
        Assert.Equal(["Aziz", "—", "Ҳа", "Malibu", "Buxoro"], summary.Lines.Select(l => l.Display));

        var confirmed = engine.Confirm(state, "en");
        Assert.True(confirmed.Accepted);
        Assert.Equal(InterviewStatus.Confirmed, engine.Status(RoundTrip(confirmed.State)));
        Assert.Null(engine.Current(confirmed.State, "en"));
        Assert.Equal("The interview is already confirmed.", engine.Answer(confirmed.State, AnswerInput.FromText("x"), "en").Reason);
        Assert.False(engine.Edit(confirmed.State, 1, "en").Accepted);
    }

    [Fact]
    public void Answer_AfterScriptChanged_Refused()
    {
        var engine = SurveyEngine;
        var state = engine.Start() with { Fingerprint = "old" };
        Assert.Equal("Сценарий интервью изменился; начните интервью заново.", engine.Answer(state, AnswerInput.FromText("x"), "ru").Reason);
    }
}
