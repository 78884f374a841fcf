using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using Takomil.Protocol.Cards;

namespace Takomil.Protocol.Tests.Cards;

public class ActionDataTests
{
    [Fact]
    public void From_Dictionary_WritesFlatStringObjectInOrder()
    {
        var data = ActionData.From(new Dictionary<string, string> { ["inspectionId"] = "42", ["stage"] = "3" });

        Assert.Equal("""{"inspectionId":"42","stage":"3"}""", JsonSerializer.Serialize(data, CardJson.Options));
    }

    [Theory]
    [InlineData("verb")]
    [InlineData("VERB")]
    [InlineData("msteams")]
    [InlineData("")]
    [InlineData("1id")]
    [InlineData("inspection id")]
    [InlineData("inspection.id")]
    [InlineData("id$")]
    public void Of_ReservedOrMalformedKey_Throws(string key)
    {
        Assert.Throws<ArgumentException>(() => ActionData.Of((key, "1")));
    }

    [Fact]
    public void Of_KeyTwiceIgnoringCase_Throws()
    {
        Assert.Throws<ArgumentException>(() => ActionData.Of(("id", "1"), ("ID", "2")));
    }

    [Fact]
    public void Of_ValueLongerThanAnId_Throws()
    {
        Assert.Throws<ArgumentException>(() => ActionData.Of(("id", new string('x', ActionData.MaxValueLength + 1))));
    }

    [Fact]
    public void Of_ValueWithControlCharacters_Throws()
    {
        Assert.Throws<ArgumentException>(() => ActionData.Of(("id", "1\n2")));
    }

    [Fact]
    public void Of_TooManyEntries_Throws()
    {
        var pairs = Enumerable.Range(0, ActionData.MaxEntries + 1).Select(i => ("k" + i, "v")).ToArray();

        Assert.Throws<ArgumentException>(() => ActionData.Of(pairs));
    }

    [Fact]
    public void Of_MaximumSizedIds_Accepted()
    {
        var pairs = Enumerable.Range(0, ActionData.MaxEntries).Select(i => ("k" + i, new string('v', ActionData.MaxValueLength))).ToArray();

        Assert.Equal(ActionData.MaxEntries, ActionData.Of(pairs).Count);
    }

    [Theory]
    [InlineData("")]
    [InlineData("has space")]
    [InlineData(".starts.with.dot")]
    [InlineData("verb/with/slash")]
    public void ExecuteAction_MalformedVerb_Throws(string verb)
    {
        Assert.Throws<ArgumentException>(() => new ExecuteAction(verb));
    }

    [Fact]
    public void SubmitAction_NoData_StillSendsVerb()
    {
        var data = JsonSerializer.SerializeToNode(new SubmitAction("inspection.open").Data, CardJson.Options)!.AsObject();

        Assert.Equal("inspection.open", (string?)data[ActionData.VerbKey]);
        Assert.Single(data);
    }

    // Card data must stay a handful of ids: no public way into a card may accept an arbitrary
    // object, JSON tree or dictionary of non-strings, so a domain object cannot be serialised in.
    [Fact]
    public void PublicCardApi_AnyMember_AcceptsNoArbitraryObjectsOrJson()
    {
        var forbidden = new[] { typeof(object), typeof(JsonElement), typeof(JsonNode), typeof(JsonObject), typeof(JsonDocument) };
        var offenders = typeof(AdaptiveCard).Assembly.GetExportedTypes()
            .Where(t => t.Namespace == typeof(AdaptiveCard).Namespace)
            .SelectMany(t => t.GetMembers(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
            .SelectMany(m => m switch
            {
                MethodBase method when method.Name != nameof(Equals) => method.GetParameters().Select(p => (Member: m, p.ParameterType)),
                PropertyInfo property when property.SetMethod?.IsPublic == true => [(Member: m, property.PropertyType)],
                _ => [],
            })
            .Where(x => forbidden.Contains(x.ParameterType) || IsNonStringDictionary(x.ParameterType))
            .Select(x => $"{x.Member.DeclaringType!.Name}.{x.Member.Name}({x.ParameterType.Name})")
            .ToList();

        Assert.Empty(offenders);
    }

    private static bool IsNonStringDictionary(Type type) =>
        type.IsGenericType
        && type.GetGenericArguments() is [var keyType, var valueType]
        && type.GetInterfaces().Append(type).Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>))
        && (keyType != typeof(string) || valueType != typeof(string));
}
