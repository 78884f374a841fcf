using Takomil.Bot.Cards;
using Takomil.Bot.Inspections.Cards;
using Takomil.Bot.Localization;
using Takomil.Domain.Common;
using Takomil.Domain.Inspections;
using Takomil.Protocol.Cards;
using Takomil.Protocol.Routing;

namespace Takomil.Bot.Inspections;

/// <summary>The answers inspection commands send: a localised line, a refusal with its reason, a status card.</summary>
public sealed class InspectionReplies(Texts texts, ReasonTexts reasons, InspectionViews views, StatusCard statusCard)
{
    /// <summary>A resource text; <paramref name="args"/> must already be safe markdown (escape what users typed).</summary>
    public Task SayAsync(TurnContext turn, string key, CancellationToken cancellationToken, params object?[] args)
    {
        ArgumentNullException.ThrowIfNull(turn);
        return turn.SendTextAsync(args.Length == 0 ? texts.Get(key, turn.Culture()) : texts.Format(key, turn.Culture(), args), cancellationToken);
    }

    public Task RefuseAsync(TurnContext turn, Refusal refusal, CancellationToken cancellationToken, IReadOnlyDictionary<string, string>? shown = null)
    {
        ArgumentNullException.ThrowIfNull(turn);
        return turn.SendTextAsync(reasons.Describe(refusal, turn.Culture(), shown), cancellationToken);
    }

    public async Task<AdaptiveCard> StatusCardAsync(TurnContext turn, Inspection inspection, Notice? notice, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var view = await views.LoadAsync(inspection, cancellationToken).ConfigureAwait(false);
        return statusCard.Build(view, turn.Culture(), OfficialDirectory.LanguageOf(turn), notice);
    }

    public async Task SendStatusAsync(TurnContext turn, Inspection inspection, Notice? notice, CancellationToken cancellationToken) =>
        await turn.SendCardAsync(await StatusCardAsync(turn, inspection, notice, cancellationToken).ConfigureAwait(false), cancellationToken).ConfigureAwait(false);

    /// <summary>Text safe to quote in a markdown reply.</summary>
    public static string Quote(string userText) => MarkdownText.Escape(userText.Length > 60 ? userText[..60] + "…" : userText);
}
