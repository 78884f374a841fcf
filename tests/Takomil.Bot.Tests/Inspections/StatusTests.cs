using System.Text.Json;
using Takomil.Bot.Tests.Inspections.Support;
using Takomil.Protocol.Activities;

namespace Takomil.Bot.Tests.Inspections;

/// <summary><c>status</c> and the status card's button: which inspection, who may see it, forged ids.</summary>
public sealed class StatusTests(InspectionsHost host) : Scenario(host)
{
    private const string StatusVerb = "inspection.status";

    [Fact]
    public async Task Status_ByCodeInPersonalChat_ShowsTheCardToAMember()
    {
        var chat = Chat.Group("st-dxa-001");
        await OpenAsync(chat, "DXA-001");
        await FormGroupAsync(chat);

        var reply = await AskAsync(Chat.PersonalOf(Person.Bobur).Say(Person.Bobur, "status DXA-001"));

        var text = Visible(reply);
        Assert.Contains("State registration of legal entities", text, StringComparison.Ordinal);
        Assert.Contains("On the List (stage 1 of 5)", text, StringComparison.Ordinal);
        Assert.Contains("Facts of p. 11: 0 of 10 sections complete", text, StringComparison.Ordinal);
        Assert.Contains("Start the inspection with the order approving the working group (**start** number date)", text, StringComparison.Ordinal);
        var refresh = Assert.Single(ButtonData(reply, StatusVerb));
        Assert.Equal("inspectionId", Assert.Single(refresh.EnumerateObject()).Name);
    }

    [Fact]
    public async Task Status_InUzbekCyrillic_ShowsEverythingInCyrillic()
    {
        var chat = Chat.Group("st-dxa-002");
        await OpenAsync(chat, "DXA-002");

        var text = Visible(await AskAsync(chat.Say(Person.Dilnoza, "ҳолат", "uz-Cyrl-UZ")));

        foreach (var expected in new[]
        {
            "Якка тартибдаги тадбиркорларни давлат рўйхатидан ўтказиш", "Рўйхатга киритилган (1-босқич, жами 5)",
            "Раҳбар", "11-банд маълумотлари: 10 та бўлимдан 0 таси тўлиқ", "Жорий модель", "бошланмаган",
            "Ишчи гуруҳга қўшинг: Аъзо, Респондент", "Бошлаш учун яна керак: Аъзо, Респондент.",
        })
        {
            Assert.Contains(expected, text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Status_UnknownCode_SaysNothingWasFound()
    {
        var reply = await AskAsync(Chat.PersonalOf(Person.Dilnoza).Say(Person.Dilnoza, "статус ZZZ-404", "ru-RU"));

        Assert.Equal("Обследование по запросу «ZZZ-404» не найдено. Укажите код услуги, например: **статус** DXA-001.", reply.Text);
    }

    [Fact]
    public async Task Status_ByOutsider_IsRefused()
    {
        await OpenAsync(Chat.Group("st-adl-001"), "ADL-001");

        var reply = await AskAsync(Chat.PersonalOf(Person.Olim).Say(Person.Olim, "holat ADL-001", "uz-Latn-UZ"));

        Assert.Equal("Siz bu tekshirishning ishchi guruhida emassiz.", reply.Text);
    }

    [Fact]
    public async Task Status_WithoutArgumentInPersonalChat_NamesTheCallersInspectionsOrShowsTheOnlyOne()
    {
        // Aziz is in no working group of this class's database until this test adds him.
        var none = await AskAsync(Chat.PersonalOf(Person.Aziz).Say(Person.Aziz, "status"));
        Assert.StartsWith("You are not in any inspection's working group yet.", none.Text, StringComparison.Ordinal);

        var chat = Chat.Group("st-adl-002");
        await OpenAsync(chat, "ADL-002");
        await AskAsync(chat.Say(Person.Dilnoza, $"add {Person.Aziz.At} approver", mentions: Person.Aziz));
        var only = await AskAsync(Chat.PersonalOf(Person.Aziz).Say(Person.Aziz, "status"));
        Assert.Contains("Issuing a birth certificate", Visible(only), StringComparison.Ordinal);

        await AskAsync(Chat.PersonalOf(Person.Dilnoza).Say(Person.Dilnoza, "new KAD-001"));
        var several = await AskAsync(Chat.PersonalOf(Person.Dilnoza).Say(Person.Dilnoza, "status"));
        Assert.StartsWith("Which inspection? Type **status** and one of: ", several.Text, StringComparison.Ordinal);
        Assert.Contains("ADL-002", several.Text, StringComparison.Ordinal);
        Assert.Contains("KAD-001", several.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RefreshButton_ReturnsTheCurrentCard()
    {
        var chat = Chat.Group("st-iiv-001");
        var card = await OpenAsync(chat, "IIV-001");
        var data = Assert.Single(ButtonData(card, StatusVerb));
        await AskAsync(chat.Say(Person.Dilnoza, $"add {Person.Nigora.At} interviewee", mentions: Person.Nigora));

        var body = await ClickAsync(chat.Click(Person.Dilnoza, StatusVerb, data));

        Assert.Equal(ContentTypes.AdaptiveCard, body.GetProperty("type").GetString());
        Assert.Contains("Nigora Yusupova", Visible(body.GetProperty("value")), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{\"inspectionId\":\"' OR 1=1 --\"}")]
    [InlineData("{\"inspectionId\":\"0f8fad5b-d9cb-469f-a165-70867728950e\"}")]
    [InlineData("{}")]
    [InlineData("[1,2,3]")]
    public async Task RefreshButton_TamperedId_IsRefusedNotCrashed(string data)
    {
        var body = await ClickAsync(Chat.PersonalOf(Person.Dilnoza).Click(Person.Dilnoza, StatusVerb, JsonSerializer.Deserialize<JsonElement>(data), "uz-Latn-UZ"));

        Assert.Equal(200, body.GetProperty("statusCode").GetInt32());
        Assert.Equal(ContentTypes.ActivityMessage, body.GetProperty("type").GetString());
        Assert.StartsWith("Bu tugma endi mavjud boʻlmagan", body.GetProperty("value").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RefreshButton_ForwardedToAnOutsider_IsRefused()
    {
        var card = await OpenAsync(Chat.Group("st-iiv-002"), "IIV-002");
        var data = Assert.Single(ButtonData(card, StatusVerb));

        var body = await ClickAsync(Chat.PersonalOf(Person.Olim).Click(Person.Olim, StatusVerb, data, "ru-RU"));

        Assert.Equal("Вы не входите в рабочую группу этого обследования.", body.GetProperty("value").GetString());
    }
}
