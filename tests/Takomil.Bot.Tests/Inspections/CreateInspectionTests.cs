using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Takomil.Bot.Tests.Inspections.Support;
using Takomil.Domain.Access;
using Takomil.Protocol.Activities;
using Takomil.Storage;

namespace Takomil.Bot.Tests.Inspections;

/// <summary><c>new</c> and the picker card: who may open an inspection, of which service, and what a forged button gets.</summary>
public sealed class CreateInspectionTests(InspectionsHost host) : Scenario(host)
{
    private const string CreateVerb = "inspection.create";

    /// <summary>Services on samples/service-list-2026.csv.</summary>
    private const int ListedServices = 10;

    [Fact]
    public async Task New_ByCodeInPersonalChat_OpensItWithTheCreatorAsLead()
    {
        var reply = await AskAsync(Chat.PersonalOf(Person.Dilnoza).Say(Person.Dilnoza, "new dxa-001"));

        var text = Visible(reply);
        Assert.Contains("State registration of legal entities", text, StringComparison.Ordinal);
        Assert.Contains("In the working group's chat, mention me with **link** DXA-001", text, StringComparison.Ordinal);
        var stored = await InspectionOfAsync("DXA-001");
        Assert.NotNull(stored);
        var lead = Assert.Single(stored.Members);
        Assert.Equal([WorkingGroupRole.Lead], lead.Roles);
        Assert.Equal(new DateOnly(2026, 6, 30), stored.Deadline);
    }

    [Fact]
    public async Task New_WithoutArgument_ShowsTheListWithButtonsCarryingOnlyAServiceId()
    {
        var reply = await AskAsync(Chat.PersonalOf(Person.Dilnoza).Say(Person.Dilnoza, "новая", "ru-RU"));

        Assert.Contains("Услуги Перечня на 2026 год", Visible(reply), StringComparison.Ordinal);
        Assert.Contains("Кўчмас", Visible(await AskAsync(Chat.PersonalOf(Person.Dilnoza).Say(Person.Dilnoza, "янги", "uz-Cyrl-UZ"))), StringComparison.Ordinal);
        var buttons = ButtonData(reply, CreateVerb);
        Assert.Equal(ListedServices, buttons.Count + ButtonData(reply, "inspection.status").Count);
        Assert.All(buttons, data =>
        {
            var property = Assert.Single(data.EnumerateObject());
            Assert.Equal("serviceId", property.Name);
            Assert.True(Guid.TryParse(property.Value.GetString(), out _));
        });
    }

    [Fact]
    public async Task PickerButton_Clicked_OpensTheInspectionAndTurnsIntoItsStatusCard()
    {
        var personal = Chat.PersonalOf(Person.Dilnoza);
        var picker = await AskAsync(personal.Say(Person.Dilnoza, "new"));
        var serviceId = await ServiceIdAsync("ADL-001");
        Assert.Contains(ButtonData(picker, CreateVerb), d => d.GetProperty("serviceId").GetString() == serviceId.ToString());

        var body = await ClickAsync(personal.Click(Person.Dilnoza, CreateVerb, new { serviceId = serviceId.ToString() }));

        Assert.Equal(200, body.GetProperty("statusCode").GetInt32());
        Assert.Equal(ContentTypes.AdaptiveCard, body.GetProperty("type").GetString());
        Assert.Contains("State registration of marriage", Visible(body.GetProperty("value")), StringComparison.Ordinal);
        Assert.NotNull(await InspectionOfAsync("ADL-001"));
        // The List now offers its status instead of a second inspection.
        var again = await AskAsync(personal.Say(Person.Dilnoza, "new"));
        Assert.DoesNotContain(ButtonData(again, CreateVerb), d => d.GetProperty("serviceId").GetString() == serviceId.ToString());
        Assert.NotEmpty(ButtonData(again, "inspection.status"));
    }

    [Fact]
    public async Task New_UnknownService_SaysSoAndOffersTheList()
    {
        var reply = await AskAsync(Chat.PersonalOf(Person.Dilnoza).Say(Person.Dilnoza, "new pasport stoli XYZ-999"));

        var text = Visible(reply);
        Assert.Contains("No service “pasport stoli XYZ-999” is on the List of 2026", text, StringComparison.Ordinal);
        Assert.Contains("Choose a service to start its inspection.", text, StringComparison.Ordinal);
        Assert.Equal(ListedServices, ButtonData(reply, CreateVerb).Count + ButtonData(reply, "inspection.status").Count);
    }

    [Fact]
    public async Task New_NameFragmentOfOneService_OpensIt()
    {
        var reply = await AskAsync(Chat.PersonalOf(Person.Dilnoza).Say(Person.Dilnoza, "yangi haydovchilik", "uz-Latn-UZ"));

        Assert.Contains("Haydovchilik guvohnomasini almashtirish", Visible(reply), StringComparison.Ordinal);
        Assert.NotNull(await InspectionOfAsync("IIV-002"));
    }

    [Fact]
    public async Task New_NameFragmentOfSeveral_AsksWhichOneAndOpensNothing()
    {
        var reply = await AskAsync(Chat.PersonalOf(Person.Dilnoza).Say(Person.Dilnoza, "new registration"));

        var text = Visible(reply);
        Assert.Contains("Several services match “registration”", text, StringComparison.Ordinal);
        Assert.Contains("State registration of rights to real estate", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Issuing a biometric passport", text, StringComparison.Ordinal);
        Assert.Null(await InspectionOfAsync("KAD-001"));
    }

    [Theory]
    [InlineData("new DXA-002", "en-US", "Your role does not allow this: starting inspections.")]
    [InlineData("yangi DXA-002", "uz-Latn-UZ", "Sizning rolingiz bunga ruxsat bermaydi: tekshirish ochish.")]
    [InlineData("янги DXA-002", "uz-Cyrl-UZ", "Сизнинг ролингиз бунга рухсат бермайди: текшириш очиш.")]
    [InlineData("новая DXA-002", "ru-RU", "Ваша роль этого не позволяет: создание обследований.")]
    public async Task New_ByOfficialWithoutMinistryRole_IsRefusedWithTheReason(string command, string locale, string expected)
    {
        var reply = await AskAsync(Chat.PersonalOf(Person.Olim).Say(Person.Olim, command, locale));

        Assert.Equal(expected, reply.Text);
        Assert.Null(await InspectionOfAsync("DXA-002"));
    }

    [Fact]
    public async Task New_ByAdministratorConfiguredByEntraObjectId_Opens()
    {
        var reply = await AskAsync(Chat.PersonalOf(Person.Aziz).Say(Person.Aziz, "new SOL-001"));

        Assert.Contains("taxpayer identification number", Visible(reply), StringComparison.Ordinal);
        Assert.NotNull(await InspectionOfAsync("SOL-001"));
    }

    [Fact]
    public async Task New_SameServiceTwice_ShowsTheInspectionAlreadyOpen()
    {
        var chat = Chat.PersonalOf(Person.Aziz);
        await AskAsync(chat.Say(Person.Aziz, "new SOL-002"));
        var first = await InspectionOfAsync("SOL-002");

        var reply = await AskAsync(chat.Say(Person.Aziz, "new SOL-002"));

        Assert.Contains("The inspection of this service has already been started.", Visible(reply), StringComparison.Ordinal);
        Assert.Equal(first!.Id, (await InspectionOfAsync("SOL-002"))!.Id);
    }

    [Theory]
    [InlineData("{\"serviceId\":\"not-a-guid\"}")]
    [InlineData("{\"serviceId\":\"0f8fad5b-d9cb-469f-a165-70867728950e\"}")]
    [InlineData("{\"serviceId\":\"\"}")]
    [InlineData("{\"inspectionId\":\"0f8fad5b-d9cb-469f-a165-70867728950e\"}")]
    [InlineData("{\"serviceId\":{\"$ne\":null}}")]
    public async Task PickerButton_TamperedData_IsRefusedAndNothingIsOpened(string data)
    {
        var before = await InspectionCountAsync();

        var body = await ClickAsync(Chat.PersonalOf(Person.Dilnoza).Click(Person.Dilnoza, CreateVerb, JsonSerializer.Deserialize<JsonElement>(data), "ru-RU"));

        Assert.Equal(200, body.GetProperty("statusCode").GetInt32());
        Assert.Equal(ContentTypes.ActivityMessage, body.GetProperty("type").GetString());
        var message = body.GetProperty("value").GetString()!;
        Assert.True(message.StartsWith("Эта кнопка", StringComparison.Ordinal) || message.StartsWith("Этой услуги нет", StringComparison.Ordinal), message);
        Assert.Equal(before, await InspectionCountAsync());
    }

    [Fact]
    public async Task PickerButton_ForgedByOfficialWithoutMinistryRole_IsRefused()
    {
        var serviceId = await ServiceIdAsync("KAD-001");

        var body = await ClickAsync(Chat.PersonalOf(Person.Olim).Click(Person.Olim, CreateVerb, new { serviceId = serviceId.ToString() }));

        Assert.Equal("Your role does not allow this: starting inspections.", body.GetProperty("value").GetString());
        Assert.Null(await InspectionOfAsync("KAD-001"));
    }

    private async Task<Guid> ServiceIdAsync(string code)
    {
        await using var scope = Host.App.Services.CreateAsyncScope();
        return scope.ServiceProvider.GetRequiredService<TakomilDbContext>().Services.Single(s => s.Code == code).Id;
    }

    private async Task<int> InspectionCountAsync()
    {
        await using var scope = Host.App.Services.CreateAsyncScope();
        return scope.ServiceProvider.GetRequiredService<TakomilDbContext>().Inspections.Count();
    }
}
