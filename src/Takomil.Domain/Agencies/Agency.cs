using Takomil.Domain.Common;

namespace Takomil.Domain.Agencies;

/// <summary>A state body that provides a service or takes part in one (p. 2, p. 11).</summary>
public sealed class Agency
{
    private Agency()
    {
        Code = string.Empty;
        Name = new LocalizedText(string.Empty, null, null, null);
    }

    public Agency(Guid id, string code, LocalizedText name, Guid? parentAgencyId = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(code);
        ArgumentNullException.ThrowIfNull(name);
        ArgumentException.ThrowIfNullOrWhiteSpace(name.UzLatn);
        Id = id;
        Code = code.Trim();
        Name = name;
        ParentAgencyId = parentAgencyId;
    }

    public Guid Id { get; private set; }

    /// <summary>A short code used in imported files (e.g. "ADLIYA").</summary>
    public string Code { get; private set; }

    public LocalizedText Name { get; private set; }

    /// <summary>The agency this one is subordinate to, if any (p. 11: "subordinate organisations").</summary>
    public Guid? ParentAgencyId { get; private set; }

    /// <summary>Optimistic-concurrency token; the storage increments it on every save.</summary>
    public int Version { get; private set; }

    public void Rename(LocalizedText name)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentException.ThrowIfNullOrWhiteSpace(name.UzLatn);
        Name = name;
    }
}
