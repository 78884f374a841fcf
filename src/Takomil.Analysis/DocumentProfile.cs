namespace Takomil.Analysis;

/// <summary>One requisite (field) of a document; variable data must come from a classifier (p. 7 g).</summary>
public sealed record Requisite(string Name, bool IsVariable, string? Classifier);

/// <summary>
/// What p. 7 asks to know of a document the agencies issue: a template form and its requisites, with classifiers for
/// variable data. The fact sheet holds only the sample file; this profile adds the rest where the working group has it.
/// </summary>
public sealed record DocumentProfile(string Document, string? TemplateRef, IReadOnlyList<Requisite> Requisites);
