using System.Globalization;

namespace Takomil.Interviews;

/// <summary>
/// The engine's own sentences (a script's required/constraint messages win over these). Every key exists in the
/// four languages; a test walks the table. Placeholders are {name}.
/// </summary>
internal static class BuiltInMessages
{
    public static readonly IReadOnlyDictionary<string, LocalText> All = new Dictionary<string, LocalText>(StringComparer.Ordinal)
    {
        ["required"] = new("Bu savolga javob berish majburiy.", "Бу саволга жавоб бериш мажбурий.",
            "На этот вопрос нужно ответить.", "This question needs an answer."),
        ["not_number"] = new("Raqam kiriting, masalan: 1 250 000 yoki 1,5.", "Рақам киритинг, масалан: 1 250 000 ёки 1,5.",
            "Введите число, например: 1 250 000 или 1,5.", "Enter a number, e.g. 1 250 000 or 1.5."),
        ["not_whole"] = new("Butun son kiriting, masalan: 120.", "Бутун сон киритинг, масалан: 120.",
            "Введите целое число, например: 120.", "Enter a whole number, e.g. 120."),
        ["negative"] = new("Qiymat manfiy boʻlishi mumkin emas.", "Қиймат манфий бўлиши мумкин эмас.",
            "Значение не может быть отрицательным.", "The value cannot be negative."),
        ["not_money"] = new("Summani soʻmda kiriting, masalan: 340 000 soʻm.", "Суммани сўмда киритинг, масалан: 340 000 сўм.",
            "Введите сумму в сумах, например: 340 000 сум.", "Enter an amount in soʻm, e.g. 340 000 UZS."),
        ["not_date"] = new("Sanani KK.OO.YYYY koʻrinishida kiriting, masalan: 25.12.2026.",
            "Санани КК.ОО.ЙЙЙЙ кўринишида киритинг, масалан: 25.12.2026.",
            "Введите дату в виде ДД.ММ.ГГГГ, например: 25.12.2026.",
            "Enter a date as DD.MM.YYYY or YYYY-MM-DD, e.g. 25.12.2026."),
        ["not_duration"] = new("Muddatni birligi bilan kiriting, masalan: 5 ish kuni, 10 kun yoki 24 soat.",
            "Муддатни бирлиги билан киритинг, масалан: 5 иш куни, 10 кун ёки 24 соат.",
            "Укажите срок с единицей, например: 5 рабочих дней, 10 дней или 24 часа.",
            "Enter a time limit with its unit, e.g. 5 working days, 10 days or 24 hours."),
        ["not_yes_no"] = new("“Ha” yoki “Yoʻq” deb javob bering.", "«Ҳа» ёки «Йўқ» деб жавоб беринг.",
            "Ответьте «да» или «нет».", "Answer yes or no."),
        ["not_choice"] = new("Roʻyxatdagi variantni raqami yoki nomi bilan tanlang.", "Рўйхатдаги вариантни рақами ёки номи билан танланг.",
            "Выберите вариант из списка по номеру или названию.", "Choose an option from the list by its number or name."),
        ["not_person"] = new("Odamni @ bilan belgilang yoki elektron pochta manzilini yozing.",
            "Одамни @ билан белгиланг ёки электрон почта манзилини ёзинг.",
            "Отметьте человека через @ или напишите адрес электронной почты.",
            "Mention the person with @ or write their e-mail address."),
        ["not_file"] = new("Faylni xabarga biriktiring.", "Файлни хабарга бириктиринг.",
            "Прикрепите файл к сообщению.", "Attach the file to your message."),
        ["too_long"] = new("Javob juda uzun ({length} belgi); koʻpi bilan {max} belgi boʻlishi mumkin. Iltimos, qisqartiring.",
            "Жавоб жуда узун ({length} белги); кўпи билан {max} белги бўлиши мумкин. Илтимос, қисқартиринг.",
            "Ответ слишком длинный ({length} знаков); допустимо не более {max}. Пожалуйста, сократите его.",
            "The answer is too long ({length} characters); at most {max} are allowed. Please shorten it."),
        ["constraint"] = new("Javob shartga mos kelmaydi.", "Жавоб шартга мос келмайди.",
            "Ответ не соответствует условию.", "The answer does not meet the condition."),
        ["skip_required"] = new("Bu savol majburiy, uni oʻtkazib yuborib boʻlmaydi.", "Бу савол мажбурий, уни ўтказиб юбориб бўлмайди.",
            "Это обязательный вопрос, его нельзя пропустить.", "This question is required and cannot be skipped."),
        ["first_question"] = new("Bu birinchi savol, orqaga qaytib boʻlmaydi.", "Бу биринчи савол, орқага қайтиб бўлмайди.",
            "Это первый вопрос, назад вернуться нельзя.", "This is the first question; there is nothing to go back to."),
        ["already_confirmed"] = new("Suhbat allaqachon tasdiqlangan.", "Суҳбат аллақачон тасдиқланган.",
            "Интервью уже подтверждено.", "The interview is already confirmed."),
        ["not_reviewing"] = new("Avval barcha savollarga javob bering.", "Аввал барча саволларга жавоб беринг.",
            "Сначала ответьте на все вопросы.", "Answer all the questions first."),
        ["no_such_number"] = new("{number}-raqamli savol yoʻq.", "{number}-рақамли савол йўқ.",
            "Вопроса с номером {number} нет.", "There is no question number {number}."),
        ["not_editable"] = new("{number}-bandni tahrirlab boʻlmaydi.", "{number}-бандни таҳрирлаб бўлмайди.",
            "Пункт {number} нельзя изменить.", "Item {number} cannot be edited."),
        ["unanswered_required"] = new("{count} ta majburiy savolga javob berilmagan.", "{count} та мажбурий саволга жавоб берилмаган.",
            "Без ответа осталось обязательных вопросов: {count}.", "{count} required question(s) still have no answer."),
        ["reviewing"] = new("Barcha savollarga javob berilgan: tasdiqlang yoki tahrirlash uchun raqamni tanlang.",
            "Барча саволларга жавоб берилган: тасдиқланг ёки таҳрирлаш учун рақамни танланг.",
            "На все вопросы даны ответы: подтвердите или выберите номер, чтобы изменить ответ.",
            "All questions are answered: confirm, or pick a number to change an answer."),
        ["script_changed"] = new("Suhbat skripti oʻzgargan; suhbatni qaytadan boshlang.", "Суҳбат скрипти ўзгарган; суҳбатни қайтадан бошланг.",
            "Сценарий интервью изменился; начните интервью заново.", "The interview script has changed; please start the interview again."),
        ["yes"] = new("Ha", "Ҳа", "Да", "Yes"),
        ["no"] = new("Yoʻq", "Йўқ", "Нет", "No"),
        ["unit.WorkingDays"] = new("ish kuni", "иш куни", "раб. дн.", "working days"),
        ["unit.CalendarDays"] = new("kalendar kuni", "календар куни", "календ. дн.", "calendar days"),
        ["unit.Hours"] = new("soat", "соат", "ч.", "hours"),
        ["currency"] = new("soʻm", "сўм", "сум", "UZS"),
        ["no_answer"] = new("—", "—", "—", "—"),
    };

    public static string Get(string key, string language, params (string Name, object Value)[] args)
    {
        var text = All[key].For(language);
        foreach (var (name, value) in args)
        {
            text = text.Replace("{" + name + "}", Convert.ToString(value, CultureInfo.InvariantCulture), StringComparison.Ordinal);
        }
        return text;
    }
}
