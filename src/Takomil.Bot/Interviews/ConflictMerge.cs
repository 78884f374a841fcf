using System.Text.RegularExpressions;
using Takomil.Domain.Access;
using Takomil.Domain.Common;
using Takomil.Domain.Facts;
using Takomil.Domain.Models;
using Takomil.Interviews;

namespace Takomil.Bot.Interviews;

/// <summary>
/// Applies an interview's answers for one item (a legal act, a procedure, the cost and terms…) over another
/// official's, once a lead has decided its conflicts. <see cref="ModelBinder"/> never overwrites another official's
/// item, so the item is merged on a scratch copy of its section (where it counts as the interviewee's own) and the
/// merged result is stored on the real sheet or model through the domain's own methods, as the deciding editor.
/// Fields the new answers leave out keep their stored value.
/// </summary>
public static partial class ConflictMerge
{
    /// <summary>The item a conflict path belongs to: <c>facts.legalActs[0]</c>, <c>facts.costAndTerms</c>, <c>asis.procedures[2]</c>.</summary>
    public static string GroupOf(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var match = GroupPattern().Match(path);
        return match.Success ? match.Value : path;
    }

    /// <summary>The field of the item a conflict path names (<c>number</c>, <c>lane.kind</c>), or empty.</summary>
    public static string FieldOf(string path)
    {
        var group = GroupOf(path);
        return path.Length > group.Length + 1 ? path[(group.Length + 1)..] : string.Empty;
    }

    /// <summary>The values of <paramref name="group"/>, less the fields the lead chose to keep.</summary>
    public static IReadOnlyList<BoundValue> ValuesOf(IEnumerable<BoundValue> values, string group, IReadOnlyCollection<string> keptFields)
    {
        ArgumentNullException.ThrowIfNull(values);
        ArgumentNullException.ThrowIfNull(keptFields);
        return [.. values.Where(v => v.Path == group || v.Path.StartsWith(group + ".", StringComparison.Ordinal))
            .Where(v => !keptFields.Any(f => Within(FieldOf(v.Path), f)))];
    }

    public static Outcome Apply(string group, IReadOnlyList<BoundValue> values, FactSheet facts, ProcessModel asIs, Actor editor, Provenance provenance)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(asIs);
        var p = provenance;
        var scratch = new FactSheet(facts.InspectionId, facts.InspectionYear);
        var model = new ProcessModel(asIs.Id, asIs.InspectionId, ProcessModelKind.AsIs);
        Outcome Bind() => new ModelBinder().Apply(values, scratch, model, editor, provenance).Outcome;
        var section = group.Split('[')[0];
        return section switch
        {
            "facts.legalActs" => Items(facts.LegalActs, x => x with { Provenance = p }, x => scratch.Put(editor, x), () => scratch.LegalActs, x => facts.Put(editor, x), Bind),
            "facts.agencies" => Items(facts.Agencies, x => x with { Provenance = p }, x => scratch.Put(editor, x), () => scratch.Agencies, x => facts.Put(editor, x), Bind),
            "facts.recipients" => Items(facts.Recipients, x => x with { Provenance = p }, x => scratch.Put(editor, x), () => scratch.Recipients, x => facts.Put(editor, x), Bind),
            "facts.inputDocuments" => Items(facts.InputDocuments, x => x with { Provenance = p }, x => scratch.PutInput(editor, x), () => scratch.InputDocuments, x => facts.PutInput(editor, x), Bind),
            "facts.outputDocuments" => Items(facts.OutputDocuments, x => x with { Provenance = p }, x => scratch.PutOutput(editor, x), () => scratch.OutputDocuments, x => facts.PutOutput(editor, x), Bind),
            "facts.informationSystems" => Items(facts.InformationSystems, x => x with { Provenance = p }, x => scratch.Put(editor, x), () => scratch.InformationSystems, x => facts.Put(editor, x), Bind),
            "facts.statistics" => Items(facts.Statistics, x => x with { Provenance = p }, x => scratch.Put(editor, x), () => scratch.Statistics, x => facts.Put(editor, x), Bind),
            "facts.costAndTerms" => Single(facts.CostAndTerms, x => x with { Provenance = p }, x => scratch.Set(editor, x), () => scratch.CostAndTerms, x => facts.Set(editor, x), Bind),
            "facts.practice" => Single(facts.PracticeAnalysis, x => x with { Provenance = p }, x => scratch.Set(editor, x), () => scratch.PracticeAnalysis, x => facts.Set(editor, x), Bind),
            "facts.appeals" => Single(facts.Appeals, x => x with { Provenance = p }, x => scratch.Set(editor, x), () => scratch.Appeals, x => facts.Set(editor, x), Bind),
            "facts.noInformationSystems" => NoSystems(facts, editor, p),
            "asis.procedures" => Procedures(asIs, model, editor, p, Bind),
            _ => Outcome.Refused(ReasonCodes.ValueOutOfRange, ("field", group)),
        };
    }

    private static Outcome Items<T>(IReadOnlyList<T> real, Func<T, T> rebase, Func<T, Outcome> putScratch, Func<IReadOnlyList<T>> scratch,
        Func<T, Outcome> putReal, Func<Outcome> bind)
        where T : class
    {
        var copies = real.Select(rebase).ToList();
        foreach (var copy in copies)
        {
            var put = putScratch(copy);
            if (!put.IsSuccess) return put;
        }
        var bound = bind();
        if (!bound.IsSuccess) return bound;
        foreach (var merged in scratch().Where(s => !copies.Any(c => ReferenceEquals(c, s))).ToList())
        {
            var stored = putReal(merged);
            if (!stored.IsSuccess) return stored;
        }
        return Outcome.Success;
    }

    private static Outcome Single<T>(T? real, Func<T, T> rebase, Func<T, Outcome> setScratch, Func<T?> scratch, Func<T, Outcome> setReal, Func<Outcome> bind)
        where T : class
    {
        var copy = real is null ? null : rebase(real);
        if (copy is not null && setScratch(copy) is { IsSuccess: false } refused) return refused;
        var bound = bind();
        if (!bound.IsSuccess) return bound;
        return scratch() is { } merged && !ReferenceEquals(merged, copy) ? setReal(merged) : Outcome.Success;
    }

    private static Outcome Procedures(ProcessModel real, ProcessModel scratch, Actor editor, Provenance p, Func<Outcome> bind)
    {
        var copies = real.Procedures.Select(x => x with { Provenance = p }).ToList();
        // Predecessors first, so the scratch model never sees a dangling reference.
        var pending = copies.ToList();
        while (pending.Count > 0)
        {
            var ready = pending.Where(c => c.Predecessors.All(k => scratch.Find(k) is not null)).ToList();
            if (ready.Count == 0) ready = [pending[0]];
            foreach (var copy in ready)
            {
                var put = scratch.Put(editor, copy);
                if (!put.IsSuccess) return put;
                pending.Remove(copy);
            }
        }
        var bound = bind();
        if (!bound.IsSuccess) return bound;
        foreach (var merged in scratch.Procedures.Where(s => !copies.Any(c => ReferenceEquals(c, s))).ToList())
        {
            var stored = real.Put(editor, merged);
            if (!stored.IsSuccess) return stored;
        }
        return Outcome.Success;
    }

    /// <summary>"No information system is used" over systems others named: those systems go, the confirmation stays.</summary>
    private static Outcome NoSystems(FactSheet facts, Actor editor, Provenance p)
    {
        foreach (var system in facts.InformationSystems.ToList())
        {
            var removed = facts.Remove(editor, FactSection.InformationSystems, system.Id);
            if (!removed.IsSuccess) return removed;
        }
        return facts.ConfirmNoInformationSystems(editor, p);
    }

    private static bool Within(string field, string kept) =>
        field == kept || field.StartsWith(kept + ".", StringComparison.Ordinal) || field.StartsWith(kept + "[", StringComparison.Ordinal);

    [GeneratedRegex(@"^(facts\.[A-Za-z]+(\[\d+\])?|asis\.procedures\[\d+\])")]
    private static partial Regex GroupPattern();
}
