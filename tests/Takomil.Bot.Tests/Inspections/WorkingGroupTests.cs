using Microsoft.Extensions.DependencyInjection;
using Takomil.Bot.Inspections;
using Takomil.Bot.Tests.Inspections.Support;
using Takomil.Domain.Access;
using Takomil.Storage;

namespace Takomil.Bot.Tests.Inspections;

/// <summary><c>add @person role</c> and <c>link</c>: people come from mention entities, rights from the domain.</summary>
public sealed class WorkingGroupTests(InspectionsHost host) : Scenario(host)
{
    [Fact]
    public async Task Add_ThreeMembersByMention_StoresRolesAndRegistersPeopleAsTeamsSentThem()
    {
        var chat = Chat.Group("wg-dxa-001");
        await OpenAsync(chat, "DXA-001");

        await FormGroupAsync(chat);

        var stored = (await InspectionOfAsync("DXA-001"))!;
        Assert.Equal(4, stored.Members.Count);
        await using var scope = Host.App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TakomilDbContext>();
        var bobur = db.Officials.Single(o => o.TeamsUserId == Person.Bobur.Id);
        Assert.Equal("Bobur Toshmatov", bobur.DisplayName);
        Assert.Equal(OfficialDirectory.UnassignedAgencyCode, db.Agencies.Single(a => a.Id == bobur.AgencyId).Code);
        Assert.Equal([WorkingGroupRole.Member], stored.FindMember(bobur.Id)!.Roles);
        var nigora = db.Officials.Single(o => o.TeamsUserId == Person.Nigora.Id);
        Assert.Equal([WorkingGroupRole.Interviewee], stored.FindMember(nigora.Id)!.Roles);
        var sergey = db.Officials.Single(o => o.TeamsUserId == Person.Sergey.Id);
        Assert.Equal([WorkingGroupRole.Approver], stored.FindMember(sergey.Id)!.Roles);
    }

    [Fact]
    public async Task Add_TwoPeopleWithTwoRolesInOneMessage_AddsBothWithBoth()
    {
        var chat = Chat.Group("wg-dxa-002");
        await OpenAsync(chat, "DXA-002");

        var reply = await AskAsync(chat.Say(Person.Dilnoza, $"add {Person.Bobur.At} {Person.Sergey.At} member, executor", mentions: [Person.Bobur, Person.Sergey]));

        Assert.Equal("Added to the working group: Bobur Toshmatov, Sergey Pak — Member, Responsible executor.", reply.Text);
        var stored = (await InspectionOfAsync("DXA-002"))!;
        Assert.Equal(2, stored.Members.Count(m => m.Roles.SequenceEqual([WorkingGroupRole.Member, WorkingGroupRole.Executor])));
    }

    [Fact]
    public async Task Add_InAnotherThreadOfTheSameChannel_UsesTheChannelsInspection()
    {
        await OpenAsync(Chat.ChannelThread("inspections", "1001"), "ADL-001");

        var reply = await AskAsync(Chat.ChannelThread("inspections", "2002").Say(Person.Dilnoza, $"add {Person.Nigora.At} interviewee", mentions: Person.Nigora));

        Assert.Equal("Added to the working group: Nigora Yusupova — Interviewee.", reply.Text);
        Assert.Equal(2, (await InspectionOfAsync("ADL-001"))!.Members.Count);
    }

    [Theory]
    [InlineData("add", "en-US", "Your role does not allow this: adding members to the working group.")]
    [InlineData("qoʻsh", "uz-Latn-UZ", "Sizning rolingiz bunga ruxsat bermaydi: ishchi guruhga aʼzo qoʻshish.")]
    [InlineData("қўш", "uz-Cyrl-UZ", "Сизнинг ролингиз бунга рухсат бермайди: ишчи гуруҳга аъзо қўшиш.")]
    [InlineData("добавить", "ru-RU", "Ваша роль этого не позволяет: добавление участников в рабочую группу.")]
    public async Task Add_ByMemberWithoutTheRight_IsRefusedWithTheReason(string keyword, string locale, string expected)
    {
        var chat = Chat.Group("wg-adl-002");
        if (await InspectionOfAsync("ADL-002") is null)
        {
            await OpenAsync(chat, "ADL-002");
            await AskAsync(chat.Say(Person.Dilnoza, $"add {Person.Bobur.At} member", mentions: Person.Bobur));
        }

        var reply = await AskAsync(chat.Say(Person.Bobur, $"{keyword} {Person.Olim.At} member", locale, Person.Olim));

        Assert.Equal(expected, reply.Text);
        Assert.Equal(2, (await InspectionOfAsync("ADL-002"))!.Members.Count);
    }

    [Fact]
    public async Task Add_ByOutsider_IsRefusedAsNotInTheWorkingGroupAndRegistersNobody()
    {
        var chat = Chat.Group("wg-iiv-001");
        await OpenAsync(chat, "IIV-001");

        var reply = await AskAsync(chat.Say(Person.Olim, $"add {Person.Aziz.At} member", mentions: Person.Aziz));

        Assert.Equal("You are not in the working group of this inspection.", reply.Text);
        await using var scope = Host.App.Services.CreateAsyncScope();
        Assert.False(scope.ServiceProvider.GetRequiredService<TakomilDbContext>().Officials.Any(o => o.TeamsUserId == Person.Aziz.Id));
    }

    [Fact]
    public async Task Add_SamePersonTwice_NamesThemInTheRefusal()
    {
        var chat = Chat.Group("wg-iiv-002");
        await OpenAsync(chat, "IIV-002");
        await AskAsync(chat.Say(Person.Dilnoza, $"add {Person.Bobur.At} member", mentions: Person.Bobur));

        var reply = await AskAsync(chat.Say(Person.Dilnoza, $"добавить {Person.Bobur.At} исполнитель", "ru-RU", Person.Bobur));

        Assert.Equal("Bobur Toshmatov уже в рабочей группе.", reply.Text);
    }

    [Fact]
    public async Task Add_SecondLead_IsRefusedByTheDomainRule()
    {
        var chat = Chat.Group("wg-sol-001");
        await OpenAsync(chat, "SOL-001");

        var reply = await AskAsync(chat.Say(Person.Dilnoza, $"add {Person.Sergey.At} lead", mentions: Person.Sergey));

        Assert.Equal("The working group already has a lead; hand the role over first.", reply.Text);
        Assert.Single((await InspectionOfAsync("SOL-001"))!.Members);
    }

    [Fact]
    public async Task Add_InPersonalChat_AsksForTheGroupChat()
    {
        var reply = await AskAsync(Chat.PersonalOf(Person.Dilnoza).Say(Person.Dilnoza, "add Bobur member"));

        Assert.StartsWith("Add members in the inspection's group chat or channel", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Add_InChatLinkedToNothing_ExplainsHowToLink()
    {
        var reply = await AskAsync(Chat.Group("wg-unlinked").Say(Person.Dilnoza, $"qoʻsh {Person.Bobur.At} aʼzo", "uz-Latn-UZ", Person.Bobur));

        Assert.StartsWith("Bu chat hali hech qaysi tekshirishga bogʻlanmagan.", reply.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("add member", "Mention the person to add")]
    [InlineData("add <at>Bobur Toshmatov</at> boss", "I don't know the role “boss”. Roles: lead, member, interviewee, approver, commission, executor.")]
    [InlineData("add <at>Bobur Toshmatov</at>", "Say which role the person gets: lead, member")]
    public async Task Add_Malformed_ExplainsWhatIsMissing(string command, string expected)
    {
        var chat = Chat.Group("wg-kad-001");
        if (await InspectionOfAsync("KAD-001") is null) await OpenAsync(chat, "KAD-001");

        var reply = await AskAsync(chat.Say(Person.Dilnoza, command, mentions: command.Contains("<at>", StringComparison.Ordinal) ? [Person.Bobur] : []));

        Assert.Contains(expected, reply.Text, StringComparison.Ordinal);
        Assert.Single((await InspectionOfAsync("KAD-001"))!.Members);
    }

    [Fact]
    public async Task Link_ByLeadInAnotherChat_ThenAddWorksThere_AndMemberMayNotLink()
    {
        await AskAsync(Chat.PersonalOf(Person.Dilnoza).Say(Person.Dilnoza, "new SOL-002"));
        var room = Chat.Group("wg-sol-002");

        var linked = await AskAsync(room.Say(Person.Dilnoza, "bogʻlash sol-002", "uz-Latn-UZ"));
        var added = await AskAsync(room.Say(Person.Dilnoza, $"add {Person.Bobur.At} member", mentions: Person.Bobur));
        var refused = await AskAsync(Chat.Group("wg-elsewhere").Say(Person.Bobur, "link SOL-002"));

        Assert.Contains("Bu chat endi ushbu tekshirish ishchi guruhining chati.", Visible(linked), StringComparison.Ordinal);
        Assert.Equal("Added to the working group: Bobur Toshmatov — Member.", added.Text);
        Assert.Equal("Your role does not allow this: adding members to the working group.", refused.Text);
    }
}
