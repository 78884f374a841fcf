using System.Security.Cryptography;
using System.Text;

namespace Takomil.Analysis.Common;

/// <summary>
/// Ids that stay the same for the same rule and elements, so a working group's accept/reject survives a re-run
/// of the analysis on an unchanged model. Card data carries only these short ids.
/// </summary>
internal static class StableId
{
    public static string Of(string prefix, IEnumerable<string> parts)
    {
        var canonical = string.Join('\u001F', parts.Select(Names.Normalize));
        return $"{prefix}/{Hash(canonical)[..10]}";
    }

    public static string Hash(string value) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(value)));
}
