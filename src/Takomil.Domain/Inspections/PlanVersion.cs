using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Takomil.Domain.Audit;

namespace Takomil.Domain.Inspections;

/// <summary>
/// One version of the action plan: its number (raised by every change of content) and the SHA-256 of its content.
/// Approvals bind to the hash, so a decision can never count for a plan other than the one the approver saw.
/// </summary>
public sealed record PlanVersion(int Number, string Hash)
{
    /// <summary>How cards show it: <c>v3 · 4f2a9c1e</c>.</summary>
    public string Label => $"v{Number.ToString(CultureInfo.InvariantCulture)} · {ShortHash}";

    public string ShortHash => Hash[..8];

    public static PlanVersion Of(int number, IEnumerable<PlanItem> items) => new(number, PlanHash.Of(items));
}

/// <summary>
/// The content hash of a plan: SHA-256 (lower-case hex) over a canonical JSON array of its items in plan order. Only
/// what the plan says counts (measure, text, order, dependencies, deadline, agency, executor, effect, whether an
/// information system is needed); execution status and provenance do not, so reporting progress keeps the version.
/// </summary>
public static class PlanHash
{
    public static string Of(IEnumerable<PlanItem> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        var array = new JsonArray();
        foreach (var item in items.OrderBy(i => i.Order).ThenBy(i => i.Id))
        {
            array.Add(new JsonObject
            {
                ["id"] = item.Id.ToString("D"),
                ["order"] = item.Order,
                ["measure"] = item.Measure.Letter(),
                ["description"] = item.Description,
                ["deadline"] = item.Deadline?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                ["agencyId"] = item.ResponsibleAgencyId?.ToString("D"),
                ["executorId"] = item.ExecutorId?.ToString("D"),
                ["dependsOn"] = new JsonArray([.. item.Dependencies.Select(d => d.ToString("D")).Order(StringComparer.Ordinal).Select(d => (JsonNode)d!)]),
                ["expectedEffect"] = item.ExpectedEffect,
                ["requiresInformationSystem"] = item.RequiresInformationSystem,
            });
        }
        var canonical = CanonicalJson.Normalize(array.ToJsonString());
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)));
    }
}

/// <summary>An accepted measure of the analysis (p. 14, 18) that becomes a plan item.</summary>
public sealed record AcceptedMeasure(string SourceKey, Measure Measure, string Description, string? ExpectedEffect = null, bool RequiresInformationSystem = false);
