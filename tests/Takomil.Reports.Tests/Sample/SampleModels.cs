using Takomil.Domain.Common;
using Takomil.Domain.Inspections;
using Takomil.Domain.Models;
using Takomil.Reports.Content;

namespace Takomil.Reports.Tests.Sample;

/// <summary>The sample's current model (13 procedures over five lanes) and optimised model (9 procedures).</summary>
internal static class SampleModels
{
    private static readonly Provenance P = Provenance.FromEdit(new Guid("5a0c2f1e-0000-4000-8000-000000000001"), new DateTimeOffset(2025, 2, 20, 9, 0, 0, TimeSpan.Zero));

    public static ReportModel AsIs(SampleText s)
    {
        var centre = new Participant(ParticipantKind.Agency, s["Davlat xizmatlari markazi", "Центр госуслуг"]);
        var hokimlik = new Participant(ParticipantKind.Agency, s["Tuman hokimligi", "Хокимият района"]);
        var fire = new Participant(ParticipantKind.Agency, s["FVV", "МЧС"]);
        var wd = TimeUnit.WorkingDays;
        var application = s["Ariza", "Заявление"];
        var permit = s["Qurilishga ruxsatnoma", "Разрешение на строительство"];
        Procedure[] procedures =
        [
            Step("p01", s["Ariza va hujjatlarni qabul qilish", "Приём заявления и документов"], centre, s["operator", "оператор"], ProcedureKind.ApplicantVisit, 1, wd,
                [application, s["Pasport nusxasi", "Копия паспорта"], s["Kadastr pasporti", "Кадастровый паспорт"]], [s["Tilxat", "Расписка"]], [s["DXM elektron navbat tizimi", "Система электронной очереди ЦГУ"]], [],
                s["Ariza beruvchi markazga shaxsan keladi va sakkiz hujjatni qogʻozda topshiradi.", "Заявитель лично приходит в центр и сдаёт восемь документов на бумаге."]),
            Step("p02", s["Hujjatlarning toʻliqligini tekshirish", "Проверка комплектности документов"], centre, s["operator", "оператор"], ProcedureKind.Manual, 1, wd, [], [], [], ["p01"],
                s["Operator hujjatlarni roʻyxat boʻyicha qoʻlda tekshiradi.", "Оператор вручную сверяет документы с перечнем."]),
            Step("p03", s["Arizani roʻyxatga olish", "Регистрация заявления"], centre, s["operator", "оператор"], ProcedureKind.Electronic, 1, wd, [], [s["Roʻyxatga olish raqami", "Регистрационный номер"]], [s["DXM elektron navbat tizimi", "Система электронной очереди ЦГУ"]], ["p02"],
                s["Ariza elektron jurnalda roʻyxatga olinadi.", "Заявление регистрируется в электронном журнале."]),
            Step("p04", s["Hujjatlarni hokimlikka yuborish", "Передача документов в хокимият"], centre, s["kuryer", "курьер"], ProcedureKind.Manual, 2, wd, [], [s["Kuzatuv xati", "Сопроводительное письмо"]], [], ["p03"],
                s["Hujjatlar toʻplami kuryer orqali qogʻozda yuboriladi.", "Пакет документов передаётся курьером на бумаге."]),
            Step("p05", s["Kadastr maʼlumotnomasini soʻrash", "Запрос кадастровой справки"], hokimlik, s["qurilish boʻlimi mutaxassisi", "специалист отдела строительства"], ProcedureKind.InteragencyRequest, 5, wd, [], [s["Kadastr maʼlumotnomasi", "Кадастровая справка"]], [s["Yagona kadastr tizimi", "Единая кадастровая система"]], ["p04"],
                s["Soʻrov xat bilan yuboriladi, javob qogʻozda keladi.", "Запрос направляется письмом, ответ приходит на бумаге."]),
            Step("p06", s["Yer uchastkasini joyida koʻrish", "Осмотр земельного участка на месте"], hokimlik, s["arxitektor", "архитектор"], ProcedureKind.Manual, 5, wd, [], [s["Koʻrik dalolatnomasi", "Акт осмотра"]], [], ["p04"],
                s["Arxitektor uchastkaga chiqadi va dalolatnoma tuzadi.", "Архитектор выезжает на участок и составляет акт."]),
            Step("p07", s["Yongʻin xavfsizligi xulosasini olish", "Получение заключения о пожарной безопасности"], fire, s["inspektor", "инспектор"], ProcedureKind.ApplicantVisit, 7, wd, [s["Eskiz loyiha", "Эскизный проект"]], [s["Yongʻin xavfsizligi xulosasi", "Заключение о пожарной безопасности"]], [], ["p04"],
                s["Ariza beruvchi xulosani FVVdan oʻzi olib keladi.", "Заявитель сам получает заключение в МЧС и приносит его."]),
            Step("p08", s["Arxitektura-rejalashtirish topshirigʻini tayyorlash", "Подготовка архитектурно-планировочного задания"], hokimlik, s["arxitektor", "архитектор"], ProcedureKind.Manual, 5, wd, [], [s["Arxitektura-rejalashtirish topshirigʻi", "Архитектурно-планировочное задание"]], [], ["p05", "p06", "p07"],
                s["Topshiriq Word shablonida tayyorlanadi.", "Задание готовится по шаблону Word."]),
            Step("p09", s["Qaror loyihasini tayyorlash", "Подготовка проекта решения"], hokimlik, s["yuriskonsult", "юрисконсульт"], ProcedureKind.Manual, 3, wd, [], [s["Qaror loyihasi", "Проект решения"]], [], ["p08"],
                s["Yuriskonsult hujjatlarni qayta tekshiradi va loyihani yozadi.", "Юрисконсульт повторно проверяет документы и пишет проект."]),
            Step("p10", s["Qaror loyihasini kelishish", "Согласование проекта решения"], hokimlik, s["hokim oʻrinbosari", "заместитель хокима"], ProcedureKind.Manual, 3, wd, [], [], [], ["p09"],
                s["Loyiha uchta imzo bilan qogʻozda kelishiladi.", "Проект согласуется на бумаге тремя подписями."]),
            Step("p11", s["Qarorni tasdiqlash", "Утверждение решения"], hokimlik, s["hokim", "хоким"], ProcedureKind.Manual, 2, wd, [], [s["Hokim qarori", "Решение хокима"]], [], ["p10"],
                s["Hokim qarorni imzolaydi.", "Хоким подписывает решение."],
                new DecisionPoint(s["Ruxsatnoma berilsinmi?", "Выдать разрешение?"],
                    [s["hujjatlar toʻliq", "документы полные"], s["loyiha shaharsozlik talablariga mos", "проект соответствует градостроительным требованиям"]],
                    [s["uchastka qurilish uchun ajratilmagan", "участок не отведён под строительство"]])),
            Step("p12", s["Ariza beruvchini xabardor qilish", "Уведомление заявителя"], centre, s["operator", "оператор"], ProcedureKind.Manual, 1, wd, [], [s["Xabarnoma", "Уведомление"]], [], ["p11"],
                s["Operator ariza beruvchiga telefon qiladi.", "Оператор звонит заявителю."]),
            Step("p13", s["Ruxsatnomani berish", "Выдача разрешения"], centre, s["operator", "оператор"], ProcedureKind.ApplicantVisit, 1, wd, [], [permit], [], ["p12"],
                s["Ariza beruvchi ruxsatnomani olish uchun yana keladi.", "Заявитель снова приходит за разрешением."]),
        ];
        var diagram = new ReportFigure(SampleFigures.Scheme(procedures.Length, 4),
            s["Joriy model sxemasi", "Схема текущей модели"], "diagrams/as-is.png");
        return new ReportModel(procedures, diagram);
    }

    public static ReportModel ToBe(SampleText s)
    {
        var applicant = new Participant(ParticipantKind.Applicant, s["Ariza beruvchi", "Заявитель"]);
        var hokimlik = new Participant(ParticipantKind.Agency, s["Tuman hokimligi", "Хокимият района"]);
        var portal = new Participant(ParticipantKind.Other, s["Yagona portal", "Единый портал"]);
        var h = TimeUnit.Hours;
        var wd = TimeUnit.WorkingDays;
        var permit = s["Qurilishga ruxsatnoma", "Разрешение на строительство"];
        Procedure[] procedures =
        [
            Step("t01", s["Arizani portal orqali yuborish", "Подача заявления через портал"], applicant, s["ariza beruvchi", "заявитель"], ProcedureKind.Electronic, 1, h,
                [s["Elektron ariza", "Электронное заявление"], s["Eskiz loyiha", "Эскизный проект"]], [], [s["Yagona interaktiv davlat xizmatlari portali", "Единый портал интерактивных государственных услуг"]], [],
                s["Ariza beruvchi faqat ariza, eskiz loyiha va qoʻshnilar roziligini yuklaydi.", "Заявитель загружает только заявление, эскизный проект и согласие соседей."],
                measures: [Measure.CutApplicantDocuments, Measure.SingleWindow]),
            Step("t02", s["Arizani avtomatik roʻyxatga olish", "Автоматическая регистрация заявления"], portal, s["portal", "портал"], ProcedureKind.Electronic, 1, h, [], [s["Roʻyxatga olish raqami", "Регистрационный номер"]], [s["Yagona interaktiv davlat xizmatlari portali", "Единый портал интерактивных государственных услуг"]], ["t01"],
                s["Portal arizani roʻyxatga oladi va toʻliqligini tekshiradi.", "Портал регистрирует заявление и проверяет его комплектность."], measures: [Measure.RemoveRedundantProcedures]),
            Step("t03", s["Kadastr maʼlumotlarini avtomatik olish", "Автоматическое получение кадастровых сведений"], portal, s["portal", "портал"], ProcedureKind.InteragencyRequest, 1, wd, [], [s["Kadastr maʼlumotnomasi", "Кадастровая справка"]], [s["Yagona kadastr tizimi", "Единая кадастровая система"]], ["t02"],
                s["Maʼlumotlar Yagona kadastr tizimidan elektron olinadi.", "Сведения получаются из Единой кадастровой системы электронно."], measures: [Measure.ChangeProcedures]),
            Step("t04", s["Yongʻin xavfsizligi xulosasini idoralararo soʻrash", "Межведомственный запрос заключения о пожарной безопасности"], portal, s["portal", "портал"], ProcedureKind.InteragencyRequest, 3, wd, [], [s["Yongʻin xavfsizligi xulosasi", "Заключение о пожарной безопасности"]], [s["FVV axborot tizimi", "Информационная система МЧС"]], ["t02"],
                s["Xulosa FVVdan elektron soʻraladi; ariza beruvchi bormaydi.", "Заключение запрашивается в МЧС электронно; заявитель никуда не ходит."], measures: [Measure.ChangeProcedures, Measure.CutApplicantDocuments]),
            Step("t05", s["Joyida koʻrish", "Осмотр на месте"], hokimlik, s["arxitektor", "архитектор"], ProcedureKind.Manual, 3, wd, [], [s["Koʻrik dalolatnomasi", "Акт осмотра"]], [], ["t02"],
                s["Muddat 3 ish kuniga qisqartiriladi.", "Срок сокращается до 3 рабочих дней."], measures: [Measure.SetOrCutTimeLimits]),
            Step("t06", s["Topshiriq va qaror loyihasini tayyorlash", "Подготовка АПЗ и проекта решения"], hokimlik, s["arxitektor", "архитектор"], ProcedureKind.Electronic, 4, wd, [], [s["Qaror loyihasi", "Проект решения"]], [s["Yagona interaktiv davlat xizmatlari portali", "Единый портал интерактивных государственных услуг"]], ["t03", "t04", "t05"],
                s["Topshiriq va qaror loyihasi bitta elektron shaklda tayyorlanadi.", "Задание и проект решения готовятся в одной электронной форме."], measures: [Measure.UnifyDocuments]),
            Step("t07", s["Qarorni elektron kelishish va tasdiqlash", "Электронное согласование и утверждение решения"], hokimlik, s["hokim", "хоким"], ProcedureKind.Electronic, 2, wd, [], [s["Hokim qarori", "Решение хокима"]], [s["Yagona interaktiv davlat xizmatlari portali", "Единый портал интерактивных государственных услуг"]], ["t06"],
                s["Kelishish va tasdiqlash elektron raqamli imzo bilan.", "Согласование и утверждение электронной цифровой подписью."],
                new DecisionPoint(s["Ruxsatnoma berilsinmi?", "Выдать разрешение?"],
                    [s["loyiha shaharsozlik talablariga mos", "проект соответствует градостроительным требованиям"]],
                    [s["uchastka qurilish uchun ajratilmagan", "участок не отведён под строительство"], s["xulosa salbiy", "заключение отрицательное"]])),
            Step("t08", s["Ariza beruvchini elektron xabardor qilish", "Электронное уведомление заявителя"], portal, s["portal", "портал"], ProcedureKind.Electronic, 1, h, [], [s["Xabarnoma", "Уведомление"]], [s["Yagona interaktiv davlat xizmatlari portali", "Единый портал интерактивных государственных услуг"]], ["t07"],
                s["Ariza beruvchi shaxsiy kabinetida xabar oladi.", "Заявитель получает уведомление в личном кабинете."]),
            Step("t09", s["Ruxsatnomani elektron shaklda berish", "Выдача разрешения в электронной форме"], portal, s["portal", "портал"], ProcedureKind.Electronic, 1, h, [], [permit], [s["Yagona interaktiv davlat xizmatlari portali", "Единый портал интерактивных государственных услуг"]], ["t08"],
                s["Ruxsatnoma QR-kod bilan elektron beriladi.", "Разрешение выдаётся электронно с QR-кодом."], measures: [Measure.SingleWindow]),
        ];
        var diagram = new ReportFigure(SampleFigures.Scheme(procedures.Length, 3),
            s["Maqbullashtirilgan model sxemasi", "Схема оптимизированной модели"], "diagrams/to-be.png");
        var justification = s[
            "Joriy modelda ariza beruvchi uch marta tashrif buyuradi va davlatda mavjud beshta hujjatni taqdim etadi. Maqbullashtirilgan model bu hujjatlarni idoralararo soʻrov orqali oladi, tashriflarni bekor qiladi va muddatni 30 ish kunidan 12 ish kuniga qisqartiradi.",
            "В текущей модели заявитель трижды посещает органы и представляет пять документов, которые уже есть у государства. Оптимизированная модель получает их межведомственным запросом, исключает визиты и сокращает срок с 30 до 12 рабочих дней."];
        var descriptions = new Dictionary<string, string>
        {
            ["t05"] = s["Arxitektor uchastkani 3 ish kuni ichida koʻradi; dalolatnoma planshetda tuziladi.", "Архитектор осматривает участок за 3 рабочих дня; акт составляется на планшете."],
        };
        return new ReportModel(procedures, diagram, justification, descriptions);
    }

    private static Procedure Step(
        string key, string title, Participant lane, string performer, ProcedureKind kind, decimal limit, TimeUnit unit,
        IReadOnlyList<string> inputs, IReadOnlyList<string> outputs, IReadOnlyList<string> systems, IReadOnlyList<string> after,
        string description, DecisionPoint? decision = null, IReadOnlyList<Measure>? measures = null) =>
        new(key, title, lane, performer, kind, inputs, outputs, systems, new TimeLimit(limit, unit), null, after, decision, description, measures ?? [], P);
}
