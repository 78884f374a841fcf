using Takomil.Domain.Access;
using Takomil.Domain.Common;
using Takomil.Domain.Facts;
using Takomil.Domain.Inspections;
using Takomil.Domain.Services;

namespace Takomil.Reports.Tests.Sample;

/// <summary>The p. 11 facts of the sample building-permit inspection, filled through the domain's own FactSheet.</summary>
internal static class SampleFacts
{
    public static readonly Guid InspectionId = new("5a0c2f1e-0000-4000-8000-000000000184");
    private static readonly Guid LeadId = new("5a0c2f1e-0000-4000-8000-000000000001");
    private static readonly DateTimeOffset At = new(2025, 2, 10, 9, 0, 0, TimeSpan.Zero);

    public static FactSheet Build(SampleText s)
    {
        var facts = new FactSheet(InspectionId, 2025);
        var actor = new Actor(LeadId, Domain.Agencies.SystemRole.None, new HashSet<WorkingGroupRole> { WorkingGroupRole.Lead }, InspectionId, InspectionStage.Inspecting);
        var p = Provenance.FromEdit(LeadId, At);
        var n = 0;
        Guid Id() => new(0x5a0c2f1e, 0, 0x4000, 0x80, 0, 0, 0, 0, 0, 0, (byte)++n);
        void Ok(Outcome outcome) => Assert.True(outcome.IsSuccess, outcome.ToString());

        Ok(facts.Put(actor, new LegalAct(Id(), s["Qurilish sohasida ruxsat berish tartib-taomillari toʻgʻrisidagi nizom", "Положение о разрешительных процедурах в сфере строительства"],
            "VMQ-1060", new DateOnly(2018, 12, 29), [s["5-band", "пункт 5"], s["12-band", "пункт 12"], s["18-band", "пункт 18"]], p)));
        Ok(facts.Put(actor, new LegalAct(Id(), s["Oʻzbekiston Respublikasining Shaharsozlik kodeksi", "Градостроительный кодекс Республики Узбекистан"],
            "OʻRQ-1003", new DateOnly(2022, 10, 25), [s["20-modda", "статья 20"], s["27-modda", "статья 27"]], p)));
        Ok(facts.Put(actor, new LegalAct(Id(), s["«Elektron hukumat toʻgʻrisida»gi Qonun", "Закон «Об электронном правительстве»"],
            "OʻRQ-395", new DateOnly(2015, 12, 9), [], p)));

        Ok(facts.Put(actor, new ParticipatingAgency(Id(), null, s["Yunusobod tumani hokimligi", "Хокимият Юнусабадского района"], AgencyParticipation.Provider,
            [s["Qurilish boʻlimi", "Отдел строительства"], s["Arxitektura boʻlimi", "Отдел архитектуры"]], p)));
        Ok(facts.Put(actor, new ParticipatingAgency(Id(), null, s["Kadastr agentligi", "Кадастровое агентство"], AgencyParticipation.Participant,
            [s["Yunusobod tumani kadastr boʻlimi", "Юнусабадский районный отдел кадастра"]], p)));
        Ok(facts.Put(actor, new ParticipatingAgency(Id(), null, s["Favqulodda vaziyatlar vazirligi", "Министерство по чрезвычайным ситуациям"], AgencyParticipation.Participant,
            [s["Yongʻin xavfsizligi boshqarmasi", "Управление пожарной безопасности"]], p)));
        Ok(facts.Put(actor, new ParticipatingAgency(Id(), null, s["Yunusobod tumani davlat xizmatlari markazi", "Центр государственных услуг Юнусабадского района"], AgencyParticipation.Subordinate,
            [s["Front-ofis", "Фронт-офис"]], p)));

        Ok(facts.Set(actor, new CostAndTerms(false,
            [new Fee(s["Davlat boji", "Государственная пошлина"], new Amount(null, 1m)),
             new Fee(s["Arxitektura-rejalashtirish topshirigʻi", "Архитектурно-планировочное задание"], new Amount(340000m, null))],
            new TimeLimit(30, TimeUnit.WorkingDays), [PaymentMethod.BankCard, PaymentMethod.PaymentSystem, PaymentMethod.Cash],
            PaymentTiming.WithApplication, 10, p)));

        Ok(facts.Put(actor, new RecipientFact(Id(), RecipientCategory.Individuals,
            s["yer uchastkasiga egalik huquqiga ega fuqarolar", "граждане, владеющие земельным участком"], p)));

        foreach (var d in InputDocuments(s)) Ok(facts.PutInput(actor, d with { Id = Id(), Provenance = p }));
        Ok(facts.PutOutput(actor, Doc(s["Qurilishga ruxsatnoma", "Разрешение на строительство"], s["Hokimlik", "Хокимият"], true, "ShNQ")));
        Ok(facts.PutOutput(actor, Doc(s["Arxitektura-rejalashtirish topshirigʻi", "Архитектурно-планировочное задание"], s["Hokimlik", "Хокимият"], true, null)));
        Ok(facts.PutOutput(actor, Doc(s["Rad etish toʻgʻrisida xat", "Письмо об отказе"], s["Hokimlik", "Хокимият"], false, null)));

        Ok(facts.Put(actor, new InformationSystemFact(Id(), s["Yagona interaktiv davlat xizmatlari portali", "Единый портал интерактивных государственных услуг"],
            s["Elektron hukumat loyihalarini boshqarish markazi", "Центр управления проектами электронного правительства"], [s["Yagona identifikatsiya tizimi", "Единая система идентификации"]], p)));
        Ok(facts.Put(actor, new InformationSystemFact(Id(), s["Yagona kadastr tizimi", "Единая кадастровая система"], s["Kadastr agentligi", "Кадастровое агентство"], [], p)));
        Ok(facts.Put(actor, new InformationSystemFact(Id(), s["DXM elektron navbat tizimi", "Система электронной очереди ЦГУ"], s["Adliya vazirligi", "Министерство юстиции"], [], p)));

        Ok(facts.Put(actor, new YearStatistics(2022, 1840, 320, 210, 34.5m, p)));
        Ok(facts.Put(actor, new YearStatistics(2023, 2105, 610, 190, 31.2m, p)));
        Ok(facts.Put(actor, new YearStatistics(2024, 2390, 1020, 175, 28m, p)));

        Ok(facts.Set(actor, new PracticeAnalysis(
            s["Amalda ariza beruvchi yongʻin xavfsizligi xulosasini oʻzi olib keladi, garchi nizomda idoralararo soʻrov nazarda tutilgan boʻlsa ham.",
              "На практике заявитель сам приносит заключение о пожарной безопасности, хотя положение предусматривает межведомственный запрос."],
            [new PracticeFinding(s["Nizom, 12-band", "Положение, п. 12"], s["Xulosa ariza beruvchidan talab qilinadi", "Заключение истребуется у заявителя"], true),
             new PracticeFinding(s["Nizom, 18-band", "Положение, п. 18"], s["Joyida koʻrish 5 kun oʻrniga oʻrtacha 9 kun davom etadi", "Осмотр на месте длится в среднем 9 дней вместо 5"], true)],
            p)));
        Ok(facts.Set(actor, new AppealsAnalysis(146,
            [new AppealTopic(s["Muddatlarning buzilishi", "Нарушение сроков"], 71),
             new AppealTopic(s["Hujjatlarni qayta talab qilish", "Повторное истребование документов"], 48),
             new AppealTopic(s["Rad etish asoslari tushunarsiz", "Неясные основания отказа"], 27)],
            p)));
        return facts;

        DocumentFact Doc(string name, string issuer, bool held, string? system) => new(Id(), name, issuer, held, system, null, p);
    }

    /// <summary>The eight documents the applicant submits today; five of them the state already holds.</summary>
    public static IReadOnlyList<DocumentFact> InputDocuments(SampleText s)
    {
        var p = Provenance.FromEdit(LeadId, At);
        return
        [
            new(Guid.Empty, s["Ariza", "Заявление"], s["Ariza beruvchi", "Заявитель"], false, null, null, p),
            new(Guid.Empty, s["Pasport nusxasi", "Копия паспорта"], s["Ichki ishlar vazirligi", "Министерство внутренних дел"], true, s["Yagona identifikatsiya tizimi", "Единая система идентификации"], null, p),
            new(Guid.Empty, s["Yer uchastkasiga huquq guvohnomasi", "Свидетельство о праве на земельный участок"], s["Kadastr agentligi", "Кадастровое агентство"], true, s["Yagona kadastr tizimi", "Единая кадастровая система"], null, p),
            new(Guid.Empty, s["Kadastr pasporti", "Кадастровый паспорт"], s["Kadastr agentligi", "Кадастровое агентство"], true, s["Yagona kadastr tizimi", "Единая кадастровая система"], null, p),
            new(Guid.Empty, s["Eskiz loyiha", "Эскизный проект"], s["Loyiha tashkiloti", "Проектная организация"], false, null, null, p),
            new(Guid.Empty, s["Yongʻin xavfsizligi xulosasi", "Заключение о пожарной безопасности"], s["Favqulodda vaziyatlar vazirligi", "Министерство по чрезвычайным ситуациям"], true, s["FVV axborot tizimi", "Информационная система МЧС"], null, p),
            new(Guid.Empty, s["Davlat boji toʻlangani haqida kvitansiya", "Квитанция об уплате госпошлины"], s["Bank", "Банк"], true, s["Billing tizimi", "Биллинговая система"], null, p),
            new(Guid.Empty, s["Qoʻshnilarning roziligi", "Согласие соседей"], s["Ariza beruvchi", "Заявитель"], false, null, null, p),
        ];
    }
}
