using Takomil.Protocol.Cards;
using Takomil.Protocol.Tests.Cards;
using Takomil.Testing.Schemas;

namespace Takomil.Protocol.Tests.Schemas;

/// <summary>Every card the builder makes must satisfy the official Adaptive Card 1.5 schema.</summary>
public class AdaptiveCardSchemaTests
{
    private const string Card = """{"type":"AdaptiveCard","$schema":"http://adaptivecards.io/schemas/adaptive-card.json","version":"1.5" """;

    [SchemaTheory]
    [MemberData(nameof(SampleCards.Names), MemberType = typeof(SampleCards))]
    public void SampleCard_Built_IsValidAgainstSchema15WithTeamsExtension(string name)
    {
        SchemaValidator.AdaptiveCard15WithTeams.AssertValid(SampleCards.All[name].ToJsonObject().ToJsonString(), name);
    }

    [SchemaTheory]
    [MemberData(nameof(SampleCards.Names), MemberType = typeof(SampleCards))]
    public void SampleCard_WithoutTeamsWidth_IsValidAgainstUnchangedSchema15(string name)
    {
        var card = SampleCards.All[name] with { MsTeams = null };

        SchemaValidator.AdaptiveCard15.AssertValid(card.ToJsonObject().ToJsonString(), name);
    }

    [SchemaFact]
    public void MsTeamsWidth_UnchangedSchema_IsRejectedWhichIsWhyTheExtensionIsDeclared()
    {
        var json = new AdaptiveCard { MsTeams = TeamsCardExtension.FullWidth }.ToJsonObject().ToJsonString();

        Assert.Contains(SchemaValidator.AdaptiveCard15.Validate(json), e => e.Contains("msteams", StringComparison.Ordinal));
        Assert.Empty(SchemaValidator.AdaptiveCard15WithTeams.Validate(json));
    }

    [SchemaTheory]
    [InlineData("wrong type of text", Card + ""","body":[{"type":"TextBlock","text":5}]}""", "StringExpected")]
    [InlineData("missing required facts", Card + ""","body":[{"type":"FactSet"}]}""", "PropertyRequired")]
    [InlineData("missing required input id", Card + ""","body":[{"type":"Input.Text","label":"x"}]}""", "PropertyRequired")]
    [InlineData("unknown property", Card + ""","body":[{"type":"TextBlock","text":"x","colour":"red"}]}""", "NoAdditionalPropertiesAllowed")]
    [InlineData("unknown element type", Card + ""","body":[{"type":"Fancy","text":"x"}]}""", "NotAnyOf")]
    [InlineData("invalid enum value", Card + ""","body":[{"type":"TextBlock","text":"x","size":"huge"}]}""", "NotInEnumeration")]
    [InlineData("string fallback from the docs", Card + ""","body":[],"actions":[{"type":"Action.Execute","verb":"a","fallback":"Action.Submit"}]}""", "NotAnyOf")]
    [InlineData("unknown root property", Card + ""","body":[],"teams":{}}""", "NoAdditionalPropertiesAllowed")]
    [InlineData("wrong msteams width", Card + ""","body":[],"msteams":{"width":"Wide"}}""", "NotInEnumeration")]
    [InlineData("not a card at all", """{"type":"Message","text":"x"}""", "NotInEnumeration")]
    public void InvalidCard_Validate_Fails(string why, string json, string expectedKind)
    {
        var errors = SchemaValidator.AdaptiveCard15WithTeams.Validate(json);

        Assert.True(errors.Count > 0, $"{why}: expected a schema violation");
        Assert.Contains(errors, e => e.Contains(expectedKind, StringComparison.Ordinal));
    }
}
