using System.Text.Json;
using static Takomil.Interviews.Tests.TestScripts;

namespace Takomil.Interviews.Tests;

/// <summary>Repeat groups with counts, choices from earlier answers, and hostile text kept verbatim.</summary>
public sealed class RepeatAndHostileTests
{
    private static readonly InterviewScript Steps = Script($$"""
          - name: docs
            type: repeat
            min: 0
            max: 2
            label: {{T("Doc")}}
            add_label: {{T("Add a document?")}}
            questions:
              - name: doc
                type: text
                required: true
                label: {{T("Document")}}
          - name: steps
            type: repeat
            min: 2
            max: 3
            label: {{T("Step")}}
            add_label: {{T("Another step?")}}
            questions:
              - name: key
                type: calculate
                calculate: "concat('s', position())"
              - name: title
                type: text
                required: true
                label: {{T("Title")}}
              - name: uses
                type: select_many
                choices_from: doc
                label: {{T("Uses")}}
              - name: after
                type: select_many
                choices_from: title
                choice_value: key
                label: {{T("After")}}
          - name: total
            type: calculate
            calculate: "count(${steps}) * 10 + count(${doc})"
          - name: notes
            type: long_text
            max_length: 40
            label: {{T("Notes")}}
        """);

    [Fact]
    public void Repeat_MinZeroStartsWithAddPrompt_MaxStopsAsking()
    {
        var engine = Engine(Steps);
        var state = engine.Start();
        var first = engine.Current(state, "en")!;
        Assert.Equal(("docs#more", QuestionType.YesNo, "Add a document? en"), (first.Name, first.Type, first.Label));

        state = engine.Say(engine.Say(state, "yes"), "Ariza");
        var more = engine.Current(state, "en")!;
        Assert.Equal("docs#more", more.Name);
        state = engine.Say(engine.Say(state, "ha"), "Pasport");

        // max 2 reached: no further prompt, the steps repeat opens with its minimum of two instances.
        var step = engine.Current(state, "en")!;
        Assert.Equal(("title", "Step en 1"), (step.Name, step.RepeatLabel));
    }

    [Fact]
    public void Repeat_ChoicesFromEarlierAnswersAndEarlierSteps_BoundByKey()
    {
        var engine = Engine(Steps);
        var state = engine.Say(engine.Say(engine.Say(engine.Start(), "yes"), "Ariza"), "no");
        state = engine.Say(state, "Qabul");
        var uses = engine.Current(state, "en")!;
        Assert.Equal(["Ariza"], uses.Choices.Select(c => c.Label));
        state = engine.Say(state, "1");
        // The first step has no earlier step: "after" is not asked.
        Assert.Equal(("title", 2), (engine.Current(state, "en")!.Name, engine.Current(state, "en")!.Number - 3));
        state = engine.Say(engine.Say(state, "Koʻrib chiqish"), "");
        var after = engine.Current(state, "en")!;
        Assert.Equal([("s1", "Qabul")], after.Choices.Select(c => (c.Value, c.Label)));
        state = engine.Say(state, "Qabul");
        // min 2 reached, max 3 not: the add prompt comes; "no" (or skip) closes the group.
        Assert.Equal("steps#more", engine.Current(state, "en")!.Name);
        state = engine.Skip(state, "en").State;
        state = engine.Skip(state, "en").State;
        Assert.Equal(InterviewStatus.Reviewing, engine.Status(state));

        var values = engine.Values(state);
        Assert.Contains(values, v => v.Path == "answers.steps[1].after" && ((string[])v.Value!).SequenceEqual(["s1"]));
        Assert.Contains(values, v => v.Path == "answers.steps[0].uses" && ((string[])v.Value!).SequenceEqual(["Ariza"]));
        Assert.Contains(values, v => v.Path == "answers.steps[1].key" && (string)v.Value! == "s2");
        Assert.Contains(values, v => v.Path == "answers.total" && (decimal)v.Value! == 21m);
    }

    [Fact]
    public void Repeat_NotesAndPromptsAreNotEditable()
    {
        var engine = Engine(Steps);
        var state = engine.Start();
        Assert.Equal("Item 1 cannot be edited.", engine.Edit(state, 1, "en").Reason);
    }

    public static TheoryData<string> Hostile() => new()
    {
        "${name} and ${1+1} and {{x}}",
        "<at>Boss</at> please see",
        "{\"type\":\"AdaptiveCard\",\"body\":[{\"type\":\"Action.Submit\"}]}",
        "Ariza / Ариза / заявление – mixed ʻ ʼ scripts \u202E reversed",
        "'; DROP TABLE answers; --",
    };

    [Theory]
    [MemberData(nameof(Hostile))]
    public void Answer_HostileText_StoredVerbatimNeverEvaluated(string text)
    {
        var engine = Engine(Steps);
        var state = engine.Say(engine.Start(), "yes");
        state = engine.Say(state, text);

        var stored = JsonSerializer.Deserialize<InterviewState>(JsonSerializer.Serialize(state))!;
        Assert.Equal(text, stored.Answers["docs[0].doc"].Text);
        Assert.Contains(engine.Values(stored), v => v.Path == "answers.docs[0].doc" && (string)v.Value! == text && v.Display == text);
        Assert.Contains(engine.Summary(stored, "en").Lines, l => l.Display == text);
    }

    [Fact]
    public void Answer_LongTextOverMax_RefusedNotTruncated()
    {
        var engine = Engine(Script($"""
              - name: essay
                type: long_text
                label: {T("Essay")}
            """));
        var state = engine.Start();
        var refused = engine.Answer(state, AnswerInput.FromText(new string('a', 4001)), "uz-Latn");
        Assert.False(refused.Accepted);
        Assert.Equal("Javob juda uzun (4001 belgi); koʻpi bilan 4000 belgi boʻlishi mumkin. Iltimos, qisqartiring.", refused.Reason);
        Assert.Empty(refused.State.Answers);

        var exact = new string('b', 4000);
        var accepted = engine.Answer(state, AnswerInput.FromText(exact), "en");
        Assert.Equal(exact, accepted.State.Answers["essay"].Text);
    }

    [Fact]
    public void Answer_ConfiguredMaxLength_Enforced()
    {
        var engine = Engine(Steps);
        var state = engine.Start() with { Cursor = "notes" };
        Assert.Equal("The answer is too long (41 characters); at most 40 are allowed. Please shorten it.",
            engine.Answer(state, AnswerInput.FromText(new string('x', 41)), "en").Reason);
    }

    [Fact]
    public void Context_HostileValue_ShownVerbatimInLabel()
    {
        var engine = Engine(Script($$"""
              - name: q
                type: text
                label: {{T("About ${service}")}}
            """));
        var label = engine.Current(engine.Start(new Dictionary<string, string> { ["service"] = "${q} <b>x</b>" }), "en")!.Label;
        Assert.Equal("About ${q} <b>x</b> en", label);
    }
}
