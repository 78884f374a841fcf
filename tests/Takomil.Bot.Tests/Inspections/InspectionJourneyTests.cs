using Takomil.Bot.Tests.Inspections.Support;
using Takomil.Domain.Access;

namespace Takomil.Bot.Tests.Inspections;

/// <summary>
/// Issue #3 item 7, end to end through /api/messages: the lead opens an inspection in the working group's chat,
/// adds members there by @mention, sees the status card (in Uzbek and in Russian); a member without the role is
/// refused, with the reason, in their language.
/// </summary>
public sealed class InspectionJourneyTests(InspectionsHost host) : Scenario(host)
{
    [Fact]
    public async Task LeadOpensFormsAndChecks_MemberWithoutRoleIsRefused()
    {
        var chat = Chat.Group("ishchi-guruh-pasport");

        var opened = await AskAsync(chat.Say(Person.Dilnoza, "yangi IIV-001", locale: "uz-Latn-UZ"));
        var openedText = Visible(opened);
        Assert.Contains("Biometrik pasport berish", openedText, StringComparison.Ordinal);
        Assert.Contains("tekshirish boshlandi, unga siz rahbarlik qilasiz", openedText, StringComparison.Ordinal);
        Assert.Contains("Roʻyxatga kiritilgan (1-bosqich, jami 5)", openedText, StringComparison.Ordinal);

        var added = await AskAsync(chat.Say(Person.Dilnoza, $"qoʻsh {Person.Bobur.At} aʼzo", "uz-Latn-UZ", Person.Bobur));
        Assert.Equal("Ishchi guruhga qoʻshildi: Bobur Toshmatov — Aʼzo.", added.Text);
        await AskAsync(chat.Say(Person.Dilnoza, $"add {Person.Nigora.At} interviewee", mentions: Person.Nigora));
        var russian = await AskAsync(chat.Say(Person.Dilnoza, $"добавить {Person.Sergey.At} утверждающий", "ru-RU", Person.Sergey));
        Assert.Equal("Добавлены в рабочую группу: Sergey Pak — Утверждающий.", russian.Text);

        var uzbek = Visible(await AskAsync(chat.Say(Person.Nigora, "holat", "uz-Latn-UZ")));
        foreach (var expected in new[]
        {
            "Biometrik pasport berish", "IIV-001 · Ichki ishlar vazirligi", "Roʻyxatga kiritilgan (1-bosqich, jami 5)",
            "30.11.2026", "2026-yil roʻyxati", "Ishchi guruh", "Dilnoza Karimova", "Rahbar", "Bobur Toshmatov", "Aʼzo",
            "Nigora Yusupova", "Respondent", "Sergey Pak", "Tasdiqlovchi",
            "11-band maʼlumotlari: 10 ta boʻlimdan 0 tasi toʻliq", "Normativ-huquqiy hujjatlar", "hali hech narsa kiritilmagan",
            "yetishmaydi: 2023-yil statistikasi, 2024-yil statistikasi, 2025-yil statistikasi",
            "Joriy model", "Maqbullashtirilgan model", "boshlanmagan",
            "Kim nima qilishi kerak", "Ishchi guruhni tasdiqlagan buyruq bilan tekshirishni boshlang (**boshlash** raqam sana)",
        })
        {
            Assert.Contains(expected, uzbek, StringComparison.Ordinal);
        }
        // The group is complete, so nobody is asked to add anyone any more.
        Assert.DoesNotContain("Ishchi guruhga qoʻshing", uzbek, StringComparison.Ordinal);

        var ru = Visible(await AskAsync(chat.Say(Person.Sergey, "статус", "ru-RU")));
        foreach (var expected in new[]
        {
            "Выдача биометрического паспорта", "Министерство внутренних дел", "Включена в Перечень (этап 1 из 5)",
            "Перечень на 2026 год", "Рабочая группа", "Руководитель", "Участник", "Респондент", "Утверждающий",
            "Сведения по п. 11: заполнено разделов 0 из 10", "Нормативно-правовые акты", "пока ничего не внесено",
            "Текущая модель", "Оптимизированная модель", "не начата", "Кто что должен сделать",
        })
        {
            Assert.Contains(expected, ru, StringComparison.Ordinal);
        }

        var refusedAdd = await AskAsync(chat.Say(Person.Bobur, $"добавить {Person.Olim.At} участник", "ru-RU", Person.Olim));
        Assert.Equal("Ваша роль этого не позволяет: добавление участников в рабочую группу.", refusedAdd.Text);
        var refusedNew = await AskAsync(chat.Say(Person.Bobur, "yangi DXA-002", "uz-Latn-UZ"));
        Assert.Equal("Sizning rolingiz bunga ruxsat bermaydi: tekshirish ochish.", refusedNew.Text);

        var stored = await InspectionOfAsync("IIV-001");
        Assert.NotNull(stored);
        Assert.Equal(4, stored.Members.Count);
        Assert.Null(await InspectionOfAsync("DXA-002"));
        Assert.DoesNotContain(stored.Members, m => m.Roles.Contains(WorkingGroupRole.Member) && m.Roles.Count > 1);
    }
}
