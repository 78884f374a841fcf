using Takomil.Domain.Common;
using Takomil.Domain.Models;

namespace Takomil.Documents.Diagrams;

/// <summary>
/// The text description of every procedure that p. 12 asks for beside the scheme, one line per procedure in
/// execution order: "3. Hujjatlarni qabul qilish — bajaruvchi: …; kiruvchi hujjatlar: …; muddat: 2 ish kuni; …".
/// Sentence templates come from <c>DiagramTexts*.resx</c>.
/// </summary>
public static class ProcedureDescriber
{
    public static IReadOnlyList<string> Describe(ProcessModel model, UiLanguage language)
    {
        ArgumentNullException.ThrowIfNull(model);
        return Describe(model.Procedures, language);
    }

    public static IReadOnlyList<string> Describe(IReadOnlyList<Procedure> procedures, UiLanguage language)
    {
        ArgumentNullException.ThrowIfNull(procedures);
        var texts = new DiagramTexts(language);
        var numbering = Numbering(procedures);
        return [.. procedures.OrderBy(p => numbering[p.Key]).Select(p => Describe(p, numbering, texts))];
    }

    /// <summary>Procedures numbered in execution order: rank by rank, model order within a rank.</summary>
    public static IReadOnlyDictionary<string, int> Numbering(IReadOnlyList<Procedure> procedures)
    {
        ArgumentNullException.ThrowIfNull(procedures);
        var numbers = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var key in ProcessGraph.Layers(procedures).SelectMany(l => l)) numbers[key] = numbers.Count + 1;
        return numbers;
    }

    internal static string Describe(Procedure p, IReadOnlyDictionary<string, int> numbering, DiagramTexts texts)
    {
        var list = texts.Get("Describe.ListSeparator");
        string Join(IEnumerable<string> items) => string.Join(list, items);
        var parts = new List<string>();
        var performer = string.IsNullOrWhiteSpace(p.PerformerRole)
            ? p.Lane.Name
            : texts.Format("Describe.PerformerInLane", p.PerformerRole.Trim(), p.Lane.Name);
        parts.Add(texts.Format("Describe.Performer", performer));
        parts.Add(texts.Format("Describe.Kind", texts.Kind(p.Kind)));
        var inputs = DiagramLayoutBuilder.Clean(p.InputDocuments);
        if (inputs.Count > 0) parts.Add(texts.Format("Describe.Inputs", Join(inputs)));
        var outputs = DiagramLayoutBuilder.Clean(p.OutputDocuments);
        if (outputs.Count > 0) parts.Add(texts.Format("Describe.Outputs", Join(outputs)));
        var systems = DiagramLayoutBuilder.Clean(p.InformationSystems);
        if (systems.Count > 0) parts.Add(texts.Format("Describe.Systems", Join(systems)));
        parts.Add(p.TimeLimit is { IsValid: true } limit ? texts.Format("Describe.TimeLimit", texts.TimeLimit(limit)) : texts.Get("Describe.NoTimeLimit"));
        if (p.Cost is { IsKnown: true } cost) parts.Add(texts.Format("Describe.Cost", Cost(cost, texts)));
        var after = p.Predecessors.Distinct(StringComparer.Ordinal).Where(numbering.ContainsKey).Select(k => numbering[k]).Order().ToList();
        if (after.Count > 0) parts.Add(texts.Format("Describe.After", Join(after.Select(n => n.ToString(texts.Culture)))));
        if (p.Decision is { } d)
        {
            parts.Add(texts.Format("Describe.Decision", d.Question, Join(DiagramLayoutBuilder.Clean(d.GrantCriteria)), Join(DiagramLayoutBuilder.Clean(d.RefusalCriteria))));
        }
        if (!string.IsNullOrWhiteSpace(p.Description)) parts.Add(texts.Format("Describe.Note", p.Description.Trim()));
        var number = numbering.TryGetValue(p.Key, out var n) ? n : 0;
        return texts.Format("Describe.Line", number.ToString(texts.Culture), p.Title.Trim(), string.Join(texts.Get("Describe.Separator"), parts));
    }

    private static string Cost(Amount cost, DiagramTexts texts)
    {
        var parts = new List<string>();
        if (cost.Uzs is > 0 and var uzs) parts.Add(texts.Format("Cost.Uzs", uzs.ToString("#,0.##", texts.Culture)));
        if (cost.BhmMultiple is > 0 and var bhm) parts.Add(texts.Format("Cost.Bhm", texts.Number(bhm)));
        return parts.Count == 0 ? texts.Get("Cost.Free") : string.Join(" + ", parts);
    }
}
