using Microsoft.EntityFrameworkCore;
using Takomil.Bot.Localization;
using Takomil.Domain.Agencies;
using Takomil.Domain.Common;
using Takomil.Protocol.Activities;
using Takomil.Protocol.Routing;
using Takomil.Storage.Inspections;

namespace Takomil.Bot.Inspections;

/// <summary>
/// Officials as Teams shows them: found by Teams user id (else Entra object id) and registered on first contact
/// from what the channel sent — <c>from</c> of the activity, or a mention entity — never from card data.
/// Someone registered this way belongs to the placeholder agency until their agency is recorded.
/// </summary>
public sealed class OfficialDirectory(
    CatalogRepository catalog, IInspectionsDbContext db, InspectionsUnitOfWork unitOfWork, SystemRoleGrants grants, TimeProvider time)
{
    public const string UnassignedAgencyCode = "UNASSIGNED";

    private const int MaxNameLength = 300;

    private static readonly LocalizedText UnassignedAgencyName = new(
        "Tashkilot koʻrsatilmagan", "Ташкилот кўрсатилмаган", "Организация не указана", "Agency not specified");

    private Agency? _stagedAgency;

    /// <summary>The caller, registered (and saved) on their first inspection command.</summary>
    public async Task<Caller?> CallerAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var from = turn.Activity.From;
        if (string.IsNullOrWhiteSpace(from?.Id)) return null;
        var official = await FindAsync(from, cancellationToken).ConfigureAwait(false);
        if (official is null)
        {
            official = await StageAsync(from, LanguageOf(turn), cancellationToken).ConfigureAwait(false);
            try
            {
                await unitOfWork.CommitAsync(AuditEvent.By(official.Id, "official.register", $"official:{official.Id}",
                    new { teamsUserId = official.TeamsUserId, source = "activity.from" }, time.GetUtcNow()), cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is DuplicateEntityException or ConcurrencyConflictException)
            {
                // The same person's other message registered them (or the placeholder agency) a moment ago.
                db.ChangeTracker.Clear();
                _stagedAgency = null;
                official = await FindAsync(from, cancellationToken).ConfigureAwait(false)
                    ?? throw new InvalidOperationException("Registration raced and the official is still missing.", ex);
            }
        }
        return new Caller(official, grants.Effective(official));
    }

    /// <summary>
    /// The official a mention names, found or staged for the caller's next commit (so nobody is registered by a
    /// command that is then refused).
    /// </summary>
    public async Task<Official> FindOrStageAsync(ChannelAccount account, UiLanguage language, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(account);
        return await FindAsync(account, cancellationToken).ConfigureAwait(false)
            ?? await StageAsync(account, language, cancellationToken).ConfigureAwait(false);
    }

    public static UiLanguage LanguageOf(TurnContext turn) => turn.Language() switch
    {
        BotLanguages.UzbekCyrillic => UiLanguage.UzCyrl,
        BotLanguages.Russian => UiLanguage.Ru,
        BotLanguages.English => UiLanguage.En,
        _ => UiLanguage.UzLatn,
    };

    private async Task<Official?> FindAsync(ChannelAccount account, CancellationToken cancellationToken)
    {
        var tracked = db.Officials.Local.FirstOrDefault(o => o.TeamsUserId == account.Id);
        if (tracked is not null) return tracked;
        var entra = EntraId(account);
        return await catalog.FindOfficialByTeamsUserAsync(account.Id!, entra == Guid.Empty ? null : entra, cancellationToken).ConfigureAwait(false);
    }

    private async Task<Official> StageAsync(ChannelAccount account, UiLanguage language, CancellationToken cancellationToken)
    {
        var agency = await UnassignedAgencyAsync(cancellationToken).ConfigureAwait(false);
        var name = string.IsNullOrWhiteSpace(account.Name) ? account.Id! : account.Name.Trim();
        var official = new Official(Guid.NewGuid(), account.Id!, EntraId(account), name[..Math.Min(name.Length, MaxNameLength)],
            agency.Id, string.Empty, language);
        catalog.Add(official);
        return official;
    }

    private async Task<Agency> UnassignedAgencyAsync(CancellationToken cancellationToken)
    {
        if (_stagedAgency is not null) return _stagedAgency;
        var agency = await catalog.FindAgencyByCodeAsync(UnassignedAgencyCode, cancellationToken).ConfigureAwait(false);
        if (agency is null)
        {
            agency = new Agency(Guid.NewGuid(), UnassignedAgencyCode, UnassignedAgencyName);
            catalog.Add(agency);
        }
        return _stagedAgency = agency;
    }

    private static Guid EntraId(ChannelAccount account) =>
        Guid.TryParse(account.AadObjectId, out var id) ? id : Guid.Empty;

    /// <summary>Loads the officials of <paramref name="ids"/> in one query (names for cards).</summary>
    public async Task<IReadOnlyDictionary<Guid, Official>> LoadAsync(IEnumerable<Guid> ids, CancellationToken cancellationToken)
    {
        var wanted = ids.Distinct().ToList();
        var rows = await db.Officials.Where(o => wanted.Contains(o.Id)).ToListAsync(cancellationToken).ConfigureAwait(false);
        return rows.ToDictionary(o => o.Id);
    }
}
