using System.Security.Cryptography;
using System.Text;
using Takomil.Domain.Access;
using Takomil.Domain.Common;
using Takomil.Domain.Facts;
using Takomil.Domain.Models;

namespace Takomil.Interviews;

/// <summary>
/// Applies the values of one confirmed (or partially answered) interview to the fact sheet and/or the as-is model
/// through their domain methods (which check access). Values another official already gave differently are NOT
/// overwritten: they come back as conflicts. The same official answering again overwrites their own values.
/// </summary>
public sealed partial class ModelBinder
{
    /// <summary>What scripts may bind to ("[]" marks the index of a repeat instance).</summary>
    public static IReadOnlyCollection<string> KnownPaths { get; } = [.. BindingTargets.All.Keys];

    [System.Diagnostics.CodeAnalysis.SuppressMessage("Performance", "CA1822:Mark members as static",
        Justification = "An instance method in the shared contract, so the chat side can inject the binder.")]
    public BindResult Apply(IReadOnlyList<BoundValue> values, FactSheet facts, ProcessModel asIs, Actor actor, Provenance provenance)
    {
        ArgumentNullException.ThrowIfNull(values);
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(asIs);
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(provenance);
        var run = new Run(facts.InspectionId, provenance);
        BindFacts(run, values, facts, actor);
        BindProcedures(run, values, asIs, actor);
        var outcome = run.Refusals.Count == 0 ? Outcome.Success : Outcome.Refused(run.Refusals[0].WithDetails(run.Refusals));
        return new BindResult(outcome, run.Conflicts, run.Applied);
    }

    /// <summary>One item kind: how to find its natural key, merge new fields onto it, describe it field by field, store it.</summary>
    private sealed record Kind<T>(
        Func<BoundFields, string?> NewKey,
        Func<T, string> ExistingKey,
        Func<T?, BoundFields, Guid, Provenance, T> Merge,
        Func<T, IReadOnlyDictionary<string, string>> Describe,
        Func<T, Provenance> ProvenanceOf,
        Func<T, Guid> IdOf,
        Func<T, Outcome> Store)
        where T : class;

    private sealed class Run(Guid inspectionId, Provenance provenance)
    {
        public List<Refusal> Refusals { get; } = [];

        public List<BindConflict> Conflicts { get; } = [];

        public int Applied { get; set; }

        /// <summary>Binds list items matched to existing ones by natural key (title, name, year, step key).</summary>
        public void List<T>(string section, IEnumerable<BoundValue> values, IReadOnlyList<T> existing, Kind<T> kind)
            where T : class
        {
            foreach (var fields in BoundFields.Group(values, section))
            {
                if (kind.NewKey(fields) is not { } key || string.IsNullOrWhiteSpace(key)) continue;
                var match = existing.FirstOrDefault(e => Fold(kind.ExistingKey(e)) == Fold(key));
                Item(fields, match, match is null ? StableId(section, key) : kind.IdOf(match), kind);
            }
        }

        /// <summary>Binds a single-valued section (cost and terms, practice, appeals).</summary>
        public void Single<T>(string section, IEnumerable<BoundValue> values, T? existing, Kind<T> kind)
            where T : class
        {
            var fields = BoundFields.Group(values, section).FirstOrDefault(f => f.GroupPath == section);
            if (fields is not null) Item(fields, existing, Guid.Empty, kind);
        }

        public void Refused(Outcome outcome)
        {
            if (outcome.Refusal is { } refusal) Refusals.Add(refusal);
            else Applied++;
        }

        public Provenance For(string groupPath) =>
            provenance.Source == ProvenanceSource.Interview ? provenance with { QuestionKey = groupPath } : provenance;

        public void Conflict(BindConflict conflict) => Conflicts.Add(conflict);

        private void Item<T>(BoundFields fields, T? match, Guid id, Kind<T> kind)
            where T : class
        {
            var merged = kind.Merge(match, fields, id, For(fields.GroupPath));
            if (match is not null && kind.ProvenanceOf(match).OfficialId != provenance.OfficialId)
            {
                var before = kind.Describe(match);
                var after = kind.Describe(merged);
                var clashes = Provided(fields)
                    .Where(f => before.TryGetValue(f, out var old) && old.Length > 0 && old != after.GetValueOrDefault(f, string.Empty))
                    .ToList();
                if (clashes.Count > 0)
                {
                    foreach (var field in clashes)
                    {
                        Conflicts.Add(new BindConflict($"{fields.GroupPath}.{field}", before[field], kind.ProvenanceOf(match).OfficialId,
                            fields.Has(field) ? fields.Display(field) : after.GetValueOrDefault(field, string.Empty), provenance.OfficialId));
                    }
                    return;
                }
            }
            Refused(kind.Store(merged));
        }

        /// <summary>Field names given in this batch; a nested list ("fees[0].amount") counts as its list ("fees").</summary>
        private static IEnumerable<string> Provided(BoundFields fields) =>
            fields.Values.Keys.Select(k => k.IndexOf('[', StringComparison.Ordinal) is var i and > 0 ? k[..i] : k).Distinct(StringComparer.Ordinal);

        /// <summary>The same item named in two interviews gets the same id, so re-answering replaces it.</summary>
        private Guid StableId(string section, string key)
        {
            var bytes = SHA256.HashData(Encoding.UTF8.GetBytes($"{inspectionId:N}|{section}|{Fold(key)}"));
            return new Guid(bytes.AsSpan(0, 16));
        }
    }

    internal static string Fold(string? text) => Words.Fold(text ?? string.Empty);

    internal static string Join(IEnumerable<string>? items) => items is null ? string.Empty : string.Join("; ", items);
}
