using Microsoft.Extensions.DependencyInjection;
using Takomil.Bot.Approvals.Cards;
using Takomil.Bot.Cards;
using Takomil.Bot.Localization;
using Takomil.Protocol.Cards;
using Takomil.Bot.Tests.Approvals.Support;

namespace Takomil.Bot.Tests.Cards;

/// <summary>
/// Every card the bot can send, in every language, built by the bot's own card classes from the
/// real service container. A new card class must be added here; the gallery tests then hold it
/// to the schema and the official renderer.
/// </summary>
public static class BotCardGallery
{
    public static IEnumerable<(string Name, AdaptiveCard Card)> All(IServiceProvider services)
    {
        ArgumentNullException.ThrowIfNull(services);
        var help = services.GetRequiredService<HelpCard>();
        var welcome = services.GetRequiredService<WelcomeCard>();
        var language = services.GetRequiredService<LanguageCard>();
        var texts = services.GetRequiredService<Texts>();
        var approval = services.GetRequiredService<ApprovalCard>();
        var plan = services.GetRequiredService<PlanCard>();
        var item = services.GetRequiredService<PlanItemCard>();
        var settings = services.GetRequiredService<ApprovalSettingsCard>();
        var review = ApprovalSamples.InReview();
        var done = new Takomil.Bot.Inspections.Cards.Notice(Takomil.Bot.Inspections.Cards.NoticeKind.Done, "Saved.");
        foreach (var code in BotLanguages.All)
        {
            var culture = BotLanguages.Culture(code);
            yield return ($"welcome.{code}", welcome.Build(culture));
            yield return ($"welcome-group.{code}", welcome.Build(culture, inGroup: true));
            yield return ($"help.{code}", help.Build(culture, intro: null));
            yield return ($"help-fallback.{code}", help.Build(culture, texts.Format("Fallback.NotUnderstood", culture, "**bold** ${x} <at>x</at> {{DATE(2026-01-01T00:00:00Z)}}")));
            yield return ($"language.{code}", language.Build(code, confirmed: false));
            yield return ($"language-confirmed.{code}", language.Build(code, confirmed: true));
            var ui = Takomil.Bot.Approvals.ApprovalBroadcast.UiOf(code);
            yield return ($"approval-status.{code}", approval.Status(review, culture, ui));
            yield return ($"approval-approver.{code}", approval.ForApprover(review, culture, ui, done));
            yield return ($"approval-pending.{code}", approval.ForApprover(ApprovalSamples.InReview(decided: false), culture, ui));
            yield return ($"plan.{code}", plan.Build(review, culture, ui, done));
            yield return ($"plan-item-new.{code}", item.Build(review, null, culture, ui));
            yield return ($"plan-item-edit.{code}", item.Build(review, review.Inspection.PlanItems[1], culture, ui));
            yield return ($"approval-settings.{code}", settings.Build(review, culture));
            foreach (var card in ExecutionGallery.Cards(services, culture)) yield return ($"{card.Name}.{code}", card.Card);
            foreach (var card in InterviewCardGallery.All(services, code)) yield return card;
        }
    }
}
