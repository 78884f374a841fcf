using System.Globalization;
using Takomil.Domain.Access;
using Takomil.Domain.Common;
using Takomil.Domain.Facts;
using Takomil.Domain.Services;

namespace Takomil.Interviews;

/// <summary>The ten sections of p. 11, each through the fact sheet's own methods.</summary>
public sealed partial class ModelBinder
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    private static void BindFacts(Run run, IReadOnlyList<BoundValue> values, FactSheet facts, Actor actor)
    {
        run.List("facts.legalActs", values, facts.LegalActs, new Kind<LegalAct>(
            f => f.Text("title"), e => e.Title,
            (e, f, id, p) => new LegalAct(id, f.Text("title") ?? e?.Title ?? string.Empty,
                f.Has("number") ? f.Text("number") : e?.Number,
                f.Has("adoptedOn") ? f.Date("adoptedOn") : e?.AdoptedOn,
                f.Has("articles") ? f.List("articles") ?? [] : e?.Articles ?? [], p),
            e => new Dictionary<string, string>
            {
                ["title"] = e.Title, ["number"] = e.Number ?? string.Empty,
                ["adoptedOn"] = e.AdoptedOn?.ToString("yyyy-MM-dd", Inv) ?? string.Empty, ["articles"] = Join(e.Articles),
            },
            e => e.Provenance, e => e.Id, item => facts.Put(actor, item)));

        run.List("facts.agencies", values, facts.Agencies, new Kind<ParticipatingAgency>(
            f => f.Text("name"), e => e.Name,
            (e, f, id, p) => new ParticipatingAgency(id, e?.AgencyId, f.Text("name") ?? e?.Name ?? string.Empty,
                f.Enum<AgencyParticipation>("role") ?? e?.Role ?? AgencyParticipation.Participant,
                f.Has("units") ? f.List("units") ?? [] : e?.Units ?? [], p),
            e => new Dictionary<string, string> { ["name"] = e.Name, ["role"] = e.Role.ToString(), ["units"] = Join(e.Units) },
            e => e.Provenance, e => e.Id, item => facts.Put(actor, item)));

        run.Single("facts.costAndTerms", values, facts.CostAndTerms, new Kind<CostAndTerms>(
            _ => "cost", _ => "cost", (e, f, _, p) => Cost(e, f, p), DescribeCost,
            e => e.Provenance, _ => Guid.Empty, item => facts.Set(actor, item)));

        run.List("facts.recipients", values, facts.Recipients, new Kind<RecipientFact>(
            f => f.Enum<RecipientCategory>("category")?.ToString(), e => e.Category.ToString(),
            (e, f, id, p) => new RecipientFact(id, f.Enum<RecipientCategory>("category") ?? e!.Category,
                f.Has("description") ? f.Text("description") : e?.Description, p),
            e => new Dictionary<string, string> { ["category"] = e.Category.ToString(), ["description"] = e.Description ?? string.Empty },
            e => e.Provenance, e => e.Id, item => facts.Put(actor, item)));

        run.List("facts.inputDocuments", values, facts.InputDocuments, Documents(item => facts.PutInput(actor, item)));
        run.List("facts.outputDocuments", values, facts.OutputDocuments, Documents(item => facts.PutOutput(actor, item)));

        run.List("facts.informationSystems", values, facts.InformationSystems, new Kind<InformationSystemFact>(
            f => f.Text("name"), e => e.Name,
            (e, f, id, p) => new InformationSystemFact(id, f.Text("name") ?? e?.Name ?? string.Empty,
                f.Has("owner") ? f.Text("owner") : e?.Owner,
                f.Has("integrations") ? f.List("integrations") ?? [] : e?.Integrations ?? [], p),
            e => new Dictionary<string, string> { ["name"] = e.Name, ["owner"] = e.Owner ?? string.Empty, ["integrations"] = Join(e.Integrations) },
            e => e.Provenance, e => e.Id, item => facts.Put(actor, item)));
        NoSystems(run, values, facts, actor);

        run.List("facts.statistics", values, facts.Statistics, new Kind<YearStatistics>(
            f => f.Long("year")?.ToString(Inv), e => e.Year.ToString(Inv),
            (e, f, _, p) => new YearStatistics((int)(f.Long("year") ?? e?.Year ?? 0),
                f.Long("applications") ?? e?.Applications ?? 0, f.Long("electronicApplications") ?? e?.ElectronicApplications ?? 0,
                f.Long("refusals") ?? e?.Refusals ?? 0, f.Number("averageDays") ?? e?.AverageDays ?? 0, p),
            e => new Dictionary<string, string>
            {
                ["year"] = e.Year.ToString(Inv), ["applications"] = e.Applications.ToString(Inv),
                ["electronicApplications"] = e.ElectronicApplications.ToString(Inv), ["refusals"] = e.Refusals.ToString(Inv),
                ["averageDays"] = AnswerParser.Canonical(e.AverageDays),
            },
            e => e.Provenance, _ => Guid.Empty, item => facts.Put(actor, item)));

        run.Single("facts.practice", values, facts.PracticeAnalysis, new Kind<PracticeAnalysis>(
            _ => "practice", _ => "practice",
            (e, f, _, p) => new PracticeAnalysis(f.Text("summary") ?? e?.Summary ?? string.Empty,
                f.HasList("findings")
                    ? [.. f.Nested("findings").Select(n => new PracticeFinding(n.Text("legalAct") ?? string.Empty,
                        n.Text("observation") ?? string.Empty, n.Bool("deviatesFromLaw") ?? false))]
                    : e?.Findings ?? [], p),
            e => new Dictionary<string, string>
            {
                ["summary"] = e.Summary,
                ["findings"] = Join(e.Findings.Select(x => $"{x.LegalActReference}: {x.Observation} ({x.DeviatesFromLaw})")),
            },
            e => e.Provenance, _ => Guid.Empty, item => facts.Set(actor, item)));

        run.Single("facts.appeals", values, facts.Appeals, new Kind<AppealsAnalysis>(
            _ => "appeals", _ => "appeals",
            (e, f, _, p) => new AppealsAnalysis(f.Long("count") ?? e?.Count ?? 0,
                f.HasList("topics")
                    ? [.. f.Nested("topics").Select(n => new AppealTopic(n.Text("topic") ?? string.Empty, n.Long("count") ?? 0))]
                    : e?.Topics ?? [], p),
            e => new Dictionary<string, string>
            {
                ["count"] = e.Count.ToString(Inv), ["topics"] = Join(e.Topics.Select(t => $"{t.Topic}: {t.Count.ToString(Inv)}")),
            },
            e => e.Provenance, _ => Guid.Empty, item => facts.Set(actor, item)));
    }

    private static Kind<DocumentFact> Documents(Func<DocumentFact, Outcome> store) => new(
        f => f.Text("name"), e => e.Name,
        (e, f, id, p) => new DocumentFact(id, f.Text("name") ?? e?.Name ?? string.Empty,
            f.Has("issuer") ? f.Text("issuer") : e?.Issuer,
            f.Bool("heldByState") ?? e?.HeldByState ?? false,
            f.Has("holdingSystem") ? f.Text("holdingSystem") : e?.HoldingSystem,
            f.Has("sample") ? Sample(f) : e?.SampleFileRef, p),
        e => new Dictionary<string, string>
        {
            ["name"] = e.Name, ["issuer"] = e.Issuer ?? string.Empty, ["heldByState"] = e.HeldByState.ToString(),
            ["holdingSystem"] = e.HoldingSystem ?? string.Empty, ["sample"] = e.SampleFileRef ?? string.Empty,
        },
        e => e.Provenance, e => e.Id, store);

    /// <summary>A sample form: the attachment's address (or its name when the channel gave none).</summary>
    private static string? Sample(BoundFields f) =>
        f.Values["sample"].Value is FileRef[] { Length: > 0 } files ? files[0].ContentUrl ?? files[0].Name : f.Text("sample");

    private static CostAndTerms Cost(CostAndTerms? e, BoundFields f, Provenance p)
    {
        var fees = f.HasList("fees")
            ? [.. f.Nested("fees").Select(n => new Fee(n.Text("purpose") ?? string.Empty,
                new Amount(n.Money("amount")?.Uzs, n.Number("bhmMultiple"))))]
            : e?.Fees ?? [];
        return new CostAndTerms(
            f.Bool("isFree") ?? e?.IsFree ?? false,
            fees,
            f.Limit("timeLimit") ?? e?.TimeLimit,
            f.Has("paymentMethods") ? f.Enums<PaymentMethod>("paymentMethods") ?? [] : e?.PaymentMethods ?? [],
            f.Has("paymentDue") ? f.Enum<PaymentTiming>("paymentDue") : e?.PaymentDue,
            f.Has("paymentWithinDays") ? (int?)f.Long("paymentWithinDays") : e?.PaymentWithinDays,
            p);
    }

    private static Dictionary<string, string> DescribeCost(CostAndTerms e) => new Dictionary<string, string>
    {
        ["isFree"] = e.IsFree.ToString(),
        ["fees"] = Join(e.Fees.Select(x => $"{x.Purpose}: {x.Amount.Uzs?.ToString(Inv)}/{x.Amount.BhmMultiple?.ToString(Inv)}")),
        ["timeLimit"] = e.TimeLimit is { } t ? $"{AnswerParser.Canonical(t.Value)} {t.Unit}" : string.Empty,
        ["paymentMethods"] = Join(e.PaymentMethods.Select(m => m.ToString())),
        ["paymentDue"] = e.PaymentDue?.ToString() ?? string.Empty,
        ["paymentWithinDays"] = e.PaymentWithinDays?.ToString(Inv) ?? string.Empty,
    };

    /// <summary>"No information system is used": confirmed only when the batch names none and no other official named one.</summary>
    private static void NoSystems(Run run, IReadOnlyList<BoundValue> values, FactSheet facts, Actor actor)
    {
        var flag = values.FirstOrDefault(v => v.Path == "facts.noInformationSystems");
        if (flag is not { Value: true } || values.Any(v => v.Path.StartsWith("facts.informationSystems[", StringComparison.Ordinal))) return;
        var others = facts.InformationSystems.Where(s => s.Provenance.OfficialId != run.For(string.Empty).OfficialId).ToList();
        if (others.Count > 0)
        {
            run.Conflict(new BindConflict("facts.noInformationSystems", Join(others.Select(s => s.Name)), others[0].Provenance.OfficialId,
                flag.Display, run.For(string.Empty).OfficialId));
            return;
        }
        run.Refused(facts.ConfirmNoInformationSystems(actor, run.For("facts.noInformationSystems")));
    }
}
