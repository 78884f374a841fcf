using Takomil.Domain.Access;
using Takomil.Domain.Common;
using Takomil.Domain.Inspections;
using Takomil.Reports.Content;

namespace Takomil.Reports.Tests.Sample;

/// <summary>
/// A realistic report: the inspection of "permit for individual housing construction" in a Tashkent district —
/// four agencies, eight submitted documents, 13 procedures now and 9 after, five findings, six measures and a
/// six-item action plan.
/// </summary>
internal static class SampleReport
{
    public static ReportContent Build(UiLanguage language)
    {
        var s = new SampleText(language);
        var agency = s["Yunusobod tumani hokimligi", "Хокимият Юнусабадского района"];
        var header = new ReportHeader(
            ServiceName(language), "DX-0412", agency, 2025,
            new DateOnly(2025, 3, 14), new DateOnly(2025, 1, 15), new DateOnly(2025, 3, 7),
            [
                new(s["Sh. Mirzayev", "Ш. Мирзаев"], s["Vazirning birinchi oʻrinbosari", "Первый заместитель министра"], [WorkingGroupRole.Lead, WorkingGroupRole.Approver]),
                new(s["D. Toshmatova", "Д. Тошматова"], s["Elektron hukumat tizimini rivojlantirish markazi bosh mutaxassisi", "Главный специалист Центра развития системы «Электронное правительство»"], [WorkingGroupRole.Member]),
                new(s["A. Karimov", "А. Каримов"], s["Hokimlik qurilish boʻlimi boshligʻi", "Начальник отдела строительства хокимията"], [WorkingGroupRole.Interviewee, WorkingGroupRole.Executor]),
                new(s["N. Yusupova", "Н. Юсупова"], s["Kadastr agentligi AKT boʻlimi boshligʻi", "Начальник отдела ИКТ Кадастрового агентства"], [WorkingGroupRole.Member, WorkingGroupRole.Interviewee]),
                new(s["B. Rasulov", "Б. Расулов"], s["FVV yongʻin xavfsizligi boshqarmasi boshligʻi oʻrinbosari", "Заместитель начальника управления пожарной безопасности МЧС"], [WorkingGroupRole.Interviewee]),
            ]);
        IReadOnlyList<string> legalBasis =
        [
            s["Vazirlar Mahkamasining 2016-yil 2-iyundagi 184-son qarori bilan tasdiqlangan Elektron davlat xizmatlari koʻrsatish tartibini takomillashtirish chora-tadbirlarini amalga oshirish toʻgʻrisidagi nizom (11–26-bandlar)",
              "Положение о реализации мер по совершенствованию порядка оказания электронных государственных услуг, утверждённое постановлением Кабинета Министров от 2 июня 2016 года № 184 (пункты 11–26)"],
            s["Respublika komissiyasining 2024-yil 28-noyabrdagi qarori bilan tasdiqlangan 2025-yil uchun Roʻyxat", "Перечень на 2025 год, утверждённый решением Республиканской комиссии от 28 ноября 2024 года"],
            s["Vazirlikning 2025-yil 10-yanvardagi 12-son buyrugʻi bilan tasdiqlangan ishchi guruh tarkibi", "Состав рабочей группы, утверждённый приказом Министерства от 10 января 2025 года № 12"],
        ];
        return new ReportContent(language, header, legalBasis, SampleFacts.Build(s), SampleModels.AsIs(s), Findings(s), Measures(s),
            SampleModels.ToBe(s), Comparison(s), Plan(s),
            [
                new(s["Joriy modelning BPMN fayli", "BPMN-файл текущей модели"], "takomil-dx0412-as-is.bpmn"),
                new(s["Intervyu bayonnomalari", "Протоколы интервью"], s["A. Karimov bilan intervyu, 2025-yil 3-fevral.\nN. Yusupova bilan intervyu, 2025-yil 5-fevral.", "Интервью с А. Каримовым, 3 февраля 2025 года.\nИнтервью с Н. Юсуповой, 5 февраля 2025 года."]),
            ]);
    }

    public static string ServiceName(UiLanguage language) => new SampleText(language)[
        "Yakka tartibdagi uy-joy qurilishiga ruxsatnoma berish", "Выдача разрешения на индивидуальное жилищное строительство"];

    /// <summary>Short phrases of the content that must survive any rendering, one per kind of material.</summary>
    public static IReadOnlyList<string> KeyPhrases(UiLanguage language)
    {
        var s = new SampleText(language);
        return
        [
            ServiceName(language),
            s["Yer uchastkasini joyida koʻrish", "Осмотр земельного участка на месте"],
            s["Ariza beruvchi uch marta tashrif buyuradi", "Заявитель трижды посещает органы"],
            s["Kadastr tizimini portal bilan integratsiyalash", "Интеграция кадастровой системы с порталом"],
        ];
    }

    private static IReadOnlyList<ReportFinding> Findings(SampleText s) =>
    [
        new("P14-DOC-HELD", s["14-band, 2-xatboshi", "п. 14, абз. 2"], s["Davlatda mavjud beshta hujjat ariza beruvchidan talab qilinadi", "У заявителя истребуются пять документов, имеющихся у государства"],
            s["Pasport, yer huquqi guvohnomasi, kadastr pasporti, yongʻin xavfsizligi xulosasi va kvitansiya idoralararo soʻrov orqali olinishi mumkin.", "Паспорт, свидетельство о праве на участок, кадастровый паспорт, заключение МЧС и квитанцию можно получить межведомственным запросом."],
            [s["Pasport nusxasi", "Копия паспорта"], s["Kadastr pasporti", "Кадастровый паспорт"], s["Yongʻin xavfsizligi xulosasi", "Заключение о пожарной безопасности"]]),
        new("P14-VISIT", s["14-band, 3-xatboshi", "п. 14, абз. 3"], s["Ariza beruvchi uch marta tashrif buyuradi", "Заявитель трижды посещает органы"],
            s["Ariza topshirish, FVV xulosasini olish va ruxsatnomani olish uchun shaxsan kelish talab etiladi.", "Личная явка нужна для подачи заявления, получения заключения МЧС и получения разрешения."],
            [s["Ariza va hujjatlarni qabul qilish", "Приём заявления и документов"], s["Yongʻin xavfsizligi xulosasini olish", "Получение заключения о пожарной безопасности"], s["Ruxsatnomani berish", "Выдача разрешения"]]),
        new("P14-DUP", s["6-band, b", "п. 6, б"], s["Hujjatlarni tekshirish ikki marta takrorlanadi", "Проверка документов повторяется дважды"],
            s["DXM operatori va hokimlik yuriskonsulti bir xil tekshiruvni bajaradi.", "Оператор ЦГУ и юрисконсульт хокимията выполняют одну и ту же проверку."], [s["Hujjatlarning toʻliqligini tekshirish", "Проверка комплектности документов"], s["Qaror loyihasini tayyorlash", "Подготовка проекта решения"]]),
        new("P14-TIME", s["14-band, 4-xatboshi", "п. 14, абз. 4"], s["Joyida koʻrish muddati meʼyordan oshadi", "Срок осмотра превышает норматив"],
            s["Amalda 9 kun, nizomda 5 kun.", "На практике 9 дней, по положению 5 дней."], [s["Yer uchastkasini joyida koʻrish", "Осмотр земельного участка на месте"]]),
        new("P14-CRITERIA", s["14-band, 6-xatboshi", "п. 14, абз. 6"], s["Rad etish mezonlari toʻliq belgilanmagan", "Критерии отказа определены не полностью"],
            s["Murojaatlarning 27 tasi rad etish asoslari tushunarsizligi haqida.", "27 обращений касаются неясных оснований отказа."], [s["Qarorni tasdiqlash", "Утверждение решения"]]),
    ];

    private static IReadOnlyList<ReportMeasure> Measures(SampleText s) =>
    [
        new(Measure.ChangeProcedures, s["Tartib-taomillarni oʻzgartirish", "Изменение процедур"], s["Kadastr va FVV maʼlumotlari elektron olinadi.", "Сведения кадастра и МЧС получаются электронно."], true),
        new(Measure.RemoveRedundantProcedures, s["Takroriy tekshirishni chiqarib tashlash", "Исключение повторной проверки"], s["Toʻliqlikni portal tekshiradi.", "Комплектность проверяет портал."], true),
        new(Measure.SetOrCutTimeLimits, s["Muddatlarni qisqartirish", "Сокращение сроков"], s["30 ish kunidan 12 ish kuniga.", "С 30 до 12 рабочих дней."], true),
        new(Measure.CutApplicantDocuments, s["Hujjatlar roʻyxatini qisqartirish", "Сокращение перечня документов"], s["8 ta hujjatdan 3 tasi qoladi.", "Из 8 документов остаются 3."], true),
        new(Measure.DelegateDecisions, s["Qaror qabul qilish vakolatini berish", "Делегирование права принятия решения"], s["Shaharsozlik kodeksi hokim qarorini talab qiladi.", "Градостроительный кодекс требует решения хокима."], false),
        new(Measure.SingleWindow, s["«Yagona darcha» orqali koʻrsatish", "Оказание через «единое окно»"], s["Portal va DXM yagona kirish nuqtasi boʻladi.", "Портал и ЦГУ становятся единой точкой входа."], true),
    ];

    private static ReportComparison Comparison(SampleText s)
    {
        (string Metric, decimal Before, decimal After)[] rows =
        [
            (s["Tartib-taomillar soni", "Число процедур"], 13, 9),
            (s["Muddat, ish kuni", "Срок, рабочих дней"], 30, 12),
            (s["Ariza beruvchining tashriflari", "Визиты заявителя"], 3, 0),
            (s["Taqdim etiladigan hujjatlar", "Представляемые документы"], 8, 3),
            (s["Jalb etilgan davlat organlari", "Участвующие органы"], 4, 4),
        ];
        var list = rows.Select(r => new ComparisonRow(r.Metric, r.Before.ToString(System.Globalization.CultureInfo.InvariantCulture),
            r.After.ToString(System.Globalization.CultureInfo.InvariantCulture), Math.Round((r.After - r.Before) / r.Before * 100m, 1))).ToList();
        list.Add(new ComparisonRow(s["Qiymati", "Стоимость"], s["340 000 soʻm + 1 BHM", "340 000 сум + 1 БРВ"], s["1 BHM", "1 БРВ"], null));
        var chart = new ReportFigure(SampleFigures.Chart([.. rows.Select(r => (r.Before, r.After))]),
            s["Koʻrsatkichlar: joriy (kulrang) va maqbullashtirilgan (koʻk)", "Показатели: текущая (серый) и оптимизированная (синий) модели"], "charts/comparison.png");
        return new ReportComparison(list, chart);
    }

    private static IReadOnlyList<ReportPlanRow> Plan(SampleText s) =>
    [
        new(1, s["e) hujjatlar roʻyxatini qisqartirish", "е) сокращение перечня документов"], s["Nizomdan davlatda mavjud beshta hujjatni chiqarish", "Исключить из положения пять документов, имеющихся у государства"],
            s["Qurilish vazirligi", "Министерство строительства"], s["A. Karimov", "А. Каримов"], s["2025-yil II chorak", "II квартал 2025 года"], s["Hujjatlar soni 8 tadan 3 taga kamayadi", "Число документов сократится с 8 до 3"]),
        new(2, s["a) tartib-taomillarni oʻzgartirish", "а) изменение процедур"], s["FVV xulosasini idoralararo elektron soʻrashni joriy etish", "Ввести межведомственный электронный запрос заключения МЧС"],
            s["Favqulodda vaziyatlar vazirligi", "Министерство по чрезвычайным ситуациям"], s["B. Rasulov", "Б. Расулов"], s["2025-yil III chorak", "III квартал 2025 года"], s["Bitta tashrif bekor qilinadi", "Исключается один визит"]),
        new(3, s["v) muddatlarni qisqartirish", "в) сокращение сроков"], s["Joyida koʻrish muddatini 3 ish kuniga qisqartirish", "Сократить срок осмотра до 3 рабочих дней"],
            s["Yunusobod tumani hokimligi", "Хокимият Юнусабадского района"], s["A. Karimov", "А. Каримов"], s["2025-yil II chorak", "II квартал 2025 года"], s["Umumiy muddat 12 ish kuni", "Общий срок 12 рабочих дней"]),
        new(4, s["b) takroriy tartib-taomilni chiqarish", "б) исключение дублирующей процедуры"], s["Yuriskonsult tomonidan qayta tekshirishni bekor qilish", "Отменить повторную проверку юрисконсультом"],
            s["Yunusobod tumani hokimligi", "Хокимият Юнусабадского района"], s["A. Karimov", "А. Каримов"], s["2025-yil II chorak", "II квартал 2025 года"], s["3 ish kuni tejaladi", "Экономия 3 рабочих дней"]),
        new(5, s["a) tartib-taomillarni oʻzgartirish", "а) изменение процедур"], s["Kadastr tizimini portal bilan integratsiyalash", "Интеграция кадастровой системы с порталом"],
            s["Kadastr agentligi", "Кадастровое агентство"], s["N. Yusupova", "Н. Юсупова"], s["2025-yil IV chorak", "IV квартал 2025 года"], s["Kadastr maʼlumotlari avtomatik olinadi", "Кадастровые сведения получаются автоматически"]),
        new(6, s["i) «yagona darcha»", "и) «единое окно»"], s["Xizmatni portal va DXM orqali koʻrsatish", "Оказывать услугу через портал и ЦГУ"],
            s["Davlat xizmatlari agentligi", "Агентство государственных услуг"], s["D. Toshmatova", "Д. Тошматова"], s["2025-yil IV chorak", "IV квартал 2025 года"], s["Tashriflar soni 0 ga tushadi", "Число визитов снижается до 0"]),
    ];
}
