using Takomil.Protocol.Activities;

namespace Takomil.Bot.Tests.Inspections.Support;

/// <summary>A test user as Teams knows them (the Agents Playground's people, plus an outsider).</summary>
public sealed record Person(string Id, string Name, string AadObjectId)
{
    /// <summary>A ministry lead through the development seed's list (appsettings.json), by Teams id.</summary>
    public static Person Dilnoza { get; } = new("29:dilnoza-karimova", "Dilnoza Karimova", "6a1e2b3c-0001-4d5e-8f90-a1b2c3d4e501");

    public static Person Bobur { get; } = new("29:bobur-toshmatov", "Bobur Toshmatov", "6a1e2b3c-0002-4d5e-8f90-a1b2c3d4e502");

    public static Person Nigora { get; } = new("29:nigora-yusupova", "Nigora Yusupova", "6a1e2b3c-0003-4d5e-8f90-a1b2c3d4e503");

    public static Person Sergey { get; } = new("29:sergey-pak", "Sergey Pak", "6a1e2b3c-0004-4d5e-8f90-a1b2c3d4e504");

    /// <summary>An administrator through <c>Inspections:Administrators</c>, by Entra object id (see <see cref="InspectionsHost"/>).</summary>
    public static Person Aziz { get; } = new("29:aziz-rahimov", "Aziz Rahimov", "6a1e2b3c-0005-4d5e-8f90-a1b2c3d4e505");

    /// <summary>Nobody in particular: no system role, in no working group.</summary>
    public static Person Olim { get; } = new("29:olim-qodirov", "Olim Qodirov", "6a1e2b3c-0009-4d5e-8f90-a1b2c3d4e509");

    public ChannelAccount Account => new() { Id = Id, Name = Name, AadObjectId = AadObjectId };

    /// <summary>How Teams writes an @mention of this person in a message's text.</summary>
    public string At => $"<at>{Name}</at>";

    public Entity Mention => Entity.FromMention(new ChannelAccount { Id = Id, Name = Name }, At);
}
