using Takomil.Domain.Common;

namespace Takomil.Domain.Services;

/// <summary>A public service that may be put on the annual List and inspected.</summary>
public sealed class Service
{
    private Service()
    {
        Code = string.Empty;
        Name = new LocalizedText(string.Empty, null, null, null);
    }

    public Service(Guid id, string code, LocalizedText name, Guid providerAgencyId, RecipientCategory recipients)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(code);
        ArgumentNullException.ThrowIfNull(name);
        ArgumentException.ThrowIfNullOrWhiteSpace(name.UzLatn);
        Id = id;
        Code = code.Trim();
        Name = name;
        ProviderAgencyId = providerAgencyId;
        Recipients = recipients;
    }

    public Guid Id { get; private set; }

    /// <summary>The service's registry code, unique across the catalogue.</summary>
    public string Code { get; private set; }

    public LocalizedText Name { get; private set; }

    /// <summary>The agency that provides the service.</summary>
    public Guid ProviderAgencyId { get; private set; }

    public RecipientCategory Recipients { get; private set; }

    public int Version { get; private set; }

    public void Rename(LocalizedText name)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentException.ThrowIfNullOrWhiteSpace(name.UzLatn);
        Name = name;
    }

    public void Reassign(Guid providerAgencyId, RecipientCategory recipients)
    {
        ProviderAgencyId = providerAgencyId;
        Recipients = recipients;
    }
}
