using Takomil.Analysis.Common;
using Takomil.Analysis.Findings;
using Takomil.Analysis.Measures;
using Takomil.Domain.Inspections;

namespace Takomil.Analysis.Rules;

/// <summary>
/// p. 7 (document unification): a result document without a template form, without a known set of requisites, or
/// with variable requisites not taken from a classifier. Result documents are the fact sheet's output documents and
/// the outputs of the final steps. A document profile, where given, decides on the template; otherwise the fact
/// sheet's sample counts as the form. Answered by e) unifying the document.
/// </summary>
public sealed class R09DocumentUnificationRule : IAnalysisRule
{
    public string Id => "R09-document-unification";

    public string RegulationPoint => "7";

    public bool NeedsValidGraph => false;

    public IEnumerable<Finding> Evaluate(AnalysisContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var facts = context.Facts?.OutputDocuments ?? [];
        var finals = context.IsValidGraph
            ? context.Procedures.Where(p => context.Graph.Successors(p.Key).Count == 0).SelectMany(p => p.OutputDocuments)
            : [];
        var documents = facts.Select(d => d.Name).Concat(finals).Where(n => !string.IsNullOrWhiteSpace(n)).Distinct(Names.Comparer);
        foreach (var document in documents)
        {
            var profile = context.ProfileOf(document);
            // A profile is the working group's explicit word on the template; without one, the fact sheet's sample is the form.
            var hasTemplate = profile is not null
                ? !string.IsNullOrWhiteSpace(profile.TemplateRef)
                : facts.Any(d => Names.Same(d.Name, document) && !string.IsNullOrWhiteSpace(d.SampleFileRef));
            var unclassified = profile?.Requisites.Where(r => r is { IsVariable: true } && string.IsNullOrWhiteSpace(r.Classifier))
                .Select(r => r.Name).ToList() ?? [];
            var gaps = new List<string>();
            if (!hasTemplate) gaps.Add("template");
            if (profile is null || profile.Requisites.Count == 0) gaps.Add("requisites");
            if (unclassified.Count > 0) gaps.Add("classifiers");
            if (gaps.Count == 0) continue;
            yield return Finding.Create(
                this, "not_unified", context.ProducersOf(document).Select(p => p.Key), [document], [],
                ("gaps", string.Join(',', gaps)), ("unclassified", string.Join(" | ", unclassified)));
        }
    }

    public IEnumerable<MeasureProposal> Propose(Finding finding, AnalysisContext context)
    {
        ArgumentNullException.ThrowIfNull(finding);
        if (finding.Procedures.Count == 0) yield break;
        yield return MeasureProposal.Create(
            Id, Measure.UnifyDocuments, [finding.Id], new MarkForMeasure(finding.Procedures, finding.Documents[0]));
    }
}
