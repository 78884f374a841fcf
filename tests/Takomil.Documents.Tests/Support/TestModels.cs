using System.Globalization;
using Takomil.Domain.Common;
using Takomil.Domain.Inspections;
using Takomil.Domain.Models;

namespace Takomil.Documents.Tests.Support;

/// <summary>Process models for the tests: a realistic construction-permit service, generated chains of any size, hostile text.</summary>
internal static class TestModels
{
    public static readonly Participant Applicant = new(ParticipantKind.Applicant, "Ariza beruvchi");
    public static readonly Participant Centre = new(ParticipantKind.Agency, "Davlat xizmatlari markazi", new Guid("00000000-0000-0000-0000-0000000000a1"));
    public static readonly Participant Cadastre = new(ParticipantKind.Agency, "Kadastr agentligi", new Guid("00000000-0000-0000-0000-0000000000a2"));
    public static readonly Participant Fire = new(ParticipantKind.Agency, "Yongʻin xavfsizligi xizmati", new Guid("00000000-0000-0000-0000-0000000000a3"));
    public static readonly Participant Khokimiyat = new(ParticipantKind.Agency, "Tuman hokimligi", new Guid("00000000-0000-0000-0000-0000000000a4"));

    public const string Portal = "Yagona interaktiv davlat xizmatlari portali";
    public const string EDocs = "E-hujjat idoraviy tizimi";
    public const string Integration = "Idoralararo integratsiya platformasi";

    private static readonly Provenance Edit = Provenance.FromEdit(new Guid("00000000-0000-0000-0000-000000000001"), new DateTimeOffset(2026, 3, 1, 9, 0, 0, TimeSpan.Zero));

    public static Procedure Step(
        string key, string title, Participant lane, ProcedureKind kind, string[] preds,
        string[]? inputs = null, string[]? outputs = null, string[]? systems = null,
        TimeLimit? limit = null, DecisionPoint? decision = null, Amount? cost = null, string role = "", string description = "") =>
        new(key, title, lane, role, kind, inputs ?? [], outputs ?? [], systems ?? [], limit ?? Days(1), cost, preds, decision, description, Array.Empty<Measure>(), Edit);

    public static TimeLimit Days(decimal n) => new(n, TimeUnit.WorkingDays);

    public static TimeLimit Hours(decimal n) => new(n, TimeUnit.Hours);

    /// <summary>
    /// Construction permit: 14 procedures, the applicant and 4 agencies, 10 documents, 3 systems, a three-way
    /// parallel branch (payment, cadastre, fire safety) joined before a decision with a refusal.
    /// </summary>
    public static IReadOnlyList<Procedure> Realistic() =>
    [
        Step("p1", "Ariza va hujjatlarni topshirish", Applicant, ProcedureKind.ApplicantVisit, [],
            inputs: ["Pasport nusxasi", "Loyiha hujjatlari"], outputs: ["Ariza"], limit: Days(1)),
        Step("p2", "Hujjatlarning toʻliqligini tekshirish", Centre, ProcedureKind.Manual, ["p1"],
            inputs: ["Ariza", "Pasport nusxasi", "Loyiha hujjatlari"], limit: Days(1), role: "Bosh mutaxassis"),
        Step("p3", "Arizani qabul qilish va roʻyxatga olish", Centre, ProcedureKind.Electronic, ["p2"],
            outputs: ["Roʻyxatga olish varaqasi"], systems: [Portal], limit: Hours(2), role: "Operator"),
        Step("p14", "Davlat bojini toʻlash", Applicant, ProcedureKind.Electronic, ["p3"],
            outputs: ["Toʻlov kvitansiyasi"], systems: [Portal], limit: Hours(0.5m), cost: new Amount(null, 1m)),
        Step("p4", "Toʻlovni tekshirish", Centre, ProcedureKind.Electronic, ["p14"],
            inputs: ["Toʻlov kvitansiyasi"], systems: [Portal], limit: Hours(4)),
        Step("p5", "Kadastr maʼlumotlarini soʻrash", Centre, ProcedureKind.InteragencyRequest, ["p3"],
            systems: [Integration], limit: Days(1)),
        Step("p6", "Kadastr koʻchirmasini tayyorlash", Cadastre, ProcedureKind.Manual, ["p5"],
            outputs: ["Kadastr koʻchirmasi"], systems: [EDocs], limit: Days(3), role: "Kadastr muhandisi"),
        Step("p7", "Yongʻin xavfsizligi xulosasini soʻrash", Centre, ProcedureKind.InteragencyRequest, ["p3"],
            systems: [Integration], limit: Days(1)),
        Step("p8", "Obyektni joyida koʻrikdan oʻtkazish", Fire, ProcedureKind.Manual, ["p7"],
            outputs: ["Koʻrik dalolatnomasi"], limit: Days(5), role: "Inspektor"),
        Step("p9", "Xulosa tayyorlash", Fire, ProcedureKind.Manual, ["p8"],
            inputs: ["Koʻrik dalolatnomasi"], outputs: ["Yongʻin xavfsizligi xulosasi"], limit: Days(2)),
        Step("p10", "Hujjatlarni koʻrib chiqish va qaror qabul qilish", Khokimiyat, ProcedureKind.Manual, ["p4", "p6", "p9"],
            inputs: ["Kadastr koʻchirmasi", "Yongʻin xavfsizligi xulosasi"], systems: [EDocs], limit: Days(5),
            decision: new DecisionPoint("Talablarga muvofiqmi?", ["Hujjatlar toʻliq", "Xulosalar ijobiy"], ["Xulosa salbiy", "Hujjatlar soxta"]),
            role: "Hokim oʻrinbosari"),
        Step("p11", "Qarorni tasdiqlash", Khokimiyat, ProcedureKind.Manual, ["p10"],
            outputs: ["Hokim qarori"], limit: Days(1), role: "Hokim"),
        Step("p12", "Ruxsatnomani rasmiylashtirish", Centre, ProcedureKind.Electronic, ["p11"],
            inputs: ["Hokim qarori"], outputs: ["Ruxsatnoma"], systems: [Portal], limit: Days(1)),
        Step("p13", "Natijani olish", Applicant, ProcedureKind.ApplicantVisit, ["p12"],
            inputs: ["Ruxsatnoma"], limit: Days(1)),
    ];

    /// <summary>
    /// A deterministic model of <paramref name="count"/> procedures over 5 lanes: mostly a chain, a fork every
    /// 7 steps joined 2 steps later, a decision every 11, documents and systems on most steps.
    /// </summary>
    public static IReadOnlyList<Procedure> Generated(int count)
    {
        Participant[] lanes = [Applicant, Centre, Cadastre, Fire, Khokimiyat];
        var steps = new List<Procedure>();
        for (var i = 1; i <= count; i++)
        {
            string[] preds = i == 1 ? [] : i % 7 == 2 && i > 2 ? [K(i - 2)] : i % 7 == 3 && i > 3 ? [K(i - 1), K(i - 2)] : [K(i - 1)];
            var kind = (ProcedureKind)(i % 4);
            steps.Add(Step(K(i), $"Tartib-taomil {i}: hujjatlarni qabul qilish", lanes[(i * 3) % lanes.Length], kind, preds,
                inputs: i % 2 == 0 ? [$"Hujjat {i}"] : [],
                outputs: i % 3 == 0 ? [$"Natija {i}", $"Xat {i}"] : [],
                systems: i % 4 == 1 ? [$"Tizim {i % 3}"] : [],
                limit: i % 5 == 0 ? Hours(i % 8 + 1) : Days(i % 4 + 1),
                decision: i % 11 == 0 ? new DecisionPoint("Muvofiqmi?", ["Ha"], ["Yoʻq"]) : null));
        }
        return steps;

        static string K(int i) => "s" + i.ToString(CultureInfo.InvariantCulture);
    }
}
