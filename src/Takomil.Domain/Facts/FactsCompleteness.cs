using Takomil.Domain.Common;

namespace Takomil.Domain.Facts;

/// <summary>What is still missing in one section; each item is a <see cref="ReasonCodes.FactMissing"/> refusal with a field path.</summary>
public sealed record SectionCompleteness(FactSection Section, IReadOnlyList<Refusal> Missing)
{
    public bool IsComplete => Missing.Count == 0;
}

/// <summary>Completeness of the whole fact sheet, section by section.</summary>
public sealed record FactsCompleteness(IReadOnlyList<SectionCompleteness> Sections)
{
    public bool IsComplete => Sections.All(s => s.IsComplete);

    public IEnumerable<FactSection> IncompleteSections => Sections.Where(s => !s.IsComplete).Select(s => s.Section);

    public SectionCompleteness this[FactSection section] => Sections.Single(s => s.Section == section);

    public IReadOnlyList<Refusal> AllMissing => [.. Sections.SelectMany(s => s.Missing)];
}
