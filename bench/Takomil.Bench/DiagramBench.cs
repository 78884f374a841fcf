using System.Diagnostics;
using System.Globalization;
using System.Text;
using Takomil.Documents.Diagrams;
using Takomil.Domain.Common;
using Takomil.Domain.Inspections;
using Takomil.Domain.Models;
using Takomil.Reports.Content;
using Takomil.Reports.Docx;

namespace Takomil.Bench;

/// <summary>
/// Times the diagram pipeline in process for generated models of growing size: layout + BPMN XML, SVG, and PNG
/// (SkiaSharp). Each cell is the median of several runs after one warm-up run.
/// </summary>
internal static class DiagramBench
{
    public static readonly IReadOnlyList<int> Sizes = [10, 25, 50, 60, 100, 200];

    public static async Task<int> RunAsync(BenchOptions o)
    {
        var runs = o.Quick ? 3 : 9;
        var sb = new StringBuilder();
        sb.AppendLine("| procedures | lanes × ranks | layout + BPMN ms | SVG ms | PNG ms | DOCX ms | PNG pixels | BPMN KB | SVG KB | PNG KB | DOCX KB |");
        sb.AppendLine("|---:|---|---:|---:|---:|---:|---|---:|---:|---:|---:|");
        foreach (var n in Sizes)
        {
            var model = Generate(n);
            DiagramLayout layout = null!;
            string bpmn = string.Empty, svg = string.Empty;
            byte[] png = [];
            var bpmnMs = Median(runs, () => { layout = DiagramLayoutBuilder.Build(model, UiLanguage.UzLatn, "Bench"); bpmn = BpmnWriter.Write(layout); });
            var svgMs = Median(runs, () => svg = DiagramImage.Svg(layout));
            var pngMs = Median(runs, () => png = DiagramImage.Png(layout));
            byte[] docx = [];
            var docxMs = Median(runs, () => docx = Docx(model, png));
            var (w, h) = DiagramImage.PixelSize(layout.Width, layout.Height + 40, ImageOptions.Default);
            var line = string.Create(CultureInfo.InvariantCulture,
                $"| {n} | {layout.Lanes.Count} × {ProcessGraph.Layers(model).Count} | {bpmnMs:0.0} | {svgMs:0.0} | {pngMs:0.0} | {docxMs:0.0} | {w}×{h} | {Encoding.UTF8.GetByteCount(bpmn) / 1024.0:0} | {Encoding.UTF8.GetByteCount(svg) / 1024.0:0} | {png.Length / 1024.0:0} | {docx.Length / 1024.0:0} |");
            sb.AppendLine(line);
            Console.WriteLine(line);
        }
        var note = string.Create(CultureInfo.InvariantCulture,
            $"Median of {runs} runs after one warm-up, one thread, in process (`Takomil.Bench --diagrams`). PNG at scale 1, capped at 4000 px a side (DejaVu Sans). DOCX: the p. 25 report with the model as both the current and the optimised model (procedure tables, descriptions, the PNG twice), empty facts and plan.");
        Console.WriteLine();
        Console.Write(sb);
        Console.WriteLine(note);
        if (o.OutPath is { } path)
        {
            await File.WriteAllTextAsync(path, sb.AppendLine().AppendLine(note).ToString()).ConfigureAwait(false);
        }
        return BenchRun.ExitOk;
    }

    /// <summary>The report of a model: the procedure tables and descriptions of both models with the picture, as the bot writes it.</summary>
    private static byte[] Docx(IReadOnlyList<Procedure> procedures, byte[] png)
    {
        var figure = new ReportFigure(png, "Sxema", "model.png");
        var content = new ReportContent(
            UiLanguage.UzLatn,
            new ReportHeader("Bench xizmati", "BEN-001", "Bench agentligi", 2026, new DateOnly(2026, 11, 23), null, null, []),
            [],
            new Domain.Facts.FactSheet(Guid.Empty, 2026),
            new ReportModel(procedures, figure),
            [],
            [],
            new ReportModel(procedures, figure),
            new ReportComparison([], null),
            [],
            []);
        using var stream = new MemoryStream();
        new DocxReportWriter(TimeProvider.System).Write(content, stream);
        return stream.ToArray();
    }

    private static double Median(int runs, Action action)
    {
        action(); // warm-up: JIT, font loading, Skia's first use
        var times = new double[runs];
        for (var i = 0; i < runs; i++)
        {
            var start = Stopwatch.GetTimestamp();
            action();
            times[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        }
        Array.Sort(times);
        return times[runs / 2];
    }

    /// <summary>A chain over five lanes with a fork every 7 steps joined 2 later, a decision every 11, documents and systems.</summary>
    internal static IReadOnlyList<Procedure> Generate(int count)
    {
        Participant[] lanes =
        [
            new(ParticipantKind.Applicant, "Ariza beruvchi"),
            new(ParticipantKind.Agency, "Davlat xizmatlari markazi"),
            new(ParticipantKind.Agency, "Kadastr agentligi"),
            new(ParticipantKind.Agency, "Yongʻin xavfsizligi xizmati"),
            new(ParticipantKind.Agency, "Tuman hokimligi"),
        ];
        var edit = Provenance.FromEdit(Guid.Empty, new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));
        var steps = new List<Procedure>(count);
        for (var i = 1; i <= count; i++)
        {
            string[] preds = i == 1 ? [] : i % 7 == 2 && i > 2 ? [K(i - 2)] : i % 7 == 3 && i > 3 ? [K(i - 1), K(i - 2)] : [K(i - 1)];
            steps.Add(new Procedure(K(i), $"Tartib-taomil {i}: hujjatlarni qabul qilish", lanes[i * 3 % lanes.Length], string.Empty, (ProcedureKind)(i % 4),
                i % 2 == 0 ? [$"Hujjat {i}"] : [], i % 3 == 0 ? [$"Natija {i}", $"Xat {i}"] : [], i % 4 == 1 ? [$"Tizim {i % 3}"] : [],
                new TimeLimit(i % 4 + 1, TimeUnit.WorkingDays), null, preds,
                i % 11 == 0 ? new DecisionPoint("Muvofiqmi?", ["Ha"], ["Yoʻq"]) : null, string.Empty, Array.Empty<Measure>(), edit));
        }
        return steps;

        static string K(int i) => "s" + i.ToString(CultureInfo.InvariantCulture);
    }
}
