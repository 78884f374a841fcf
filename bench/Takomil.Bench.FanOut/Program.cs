using System.Globalization;
using System.Text;
using Takomil.Bench.FanOut;

// Usage: Takomil.Bench.FanOut [--people N] [--one-conversation M] [--app-rps R] [--margin-ms MS] [--out FILE]
var people = 600;
var oneConversation = 70;
var appRps = 30;
var marginMs = 100;
string? outPath = null;
for (var i = 0; i < args.Length; i++)
{
    string Next() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value");
    switch (args[i])
    {
        case "--people": people = int.Parse(Next(), CultureInfo.InvariantCulture); break;
        case "--one-conversation": oneConversation = int.Parse(Next(), CultureInfo.InvariantCulture); break;
        case "--app-rps": appRps = int.Parse(Next(), CultureInfo.InvariantCulture); break;
        case "--margin-ms": marginMs = int.Parse(Next(), CultureInfo.InvariantCulture); break;
        case "--out": outPath = Next(); break;
        case "--help":
            Console.WriteLine("Takomil.Bench.FanOut [--people 600] [--one-conversation 70] [--app-rps 30] [--margin-ms 100] [--out FILE]");
            return 0;
        default:
            await Console.Error.WriteLineAsync($"unknown argument {args[i]}");
            return 64;
    }
}
if (people < 1 || oneConversation < 0 || appRps < 1)
{
    await Console.Error.WriteLineAsync("--people and --app-rps must be positive, --one-conversation not negative");
    return 64;
}

using var cts = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cts.Cancel();
};
var phases = await FanOutRun.RunAsync(people, oneConversation, appRps, TimeSpan.FromMilliseconds(marginMs), cts.Token);

var table = new StringBuilder();
table.AppendLine("| phase | messages | requests | elapsed s | achieved req/s | allowed req/s | achieved ÷ allowed | 429 answers |");
table.AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|");
foreach (var p in phases)
{
    table.AppendLine(string.Create(CultureInfo.InvariantCulture,
        $"| {p.Name} | {p.Messages} | {p.Requests} | {p.Elapsed.TotalSeconds:F1} | {p.PerSecond:F2} | {p.AllowedPerSecond:F2} | {p.PerSecond / p.AllowedPerSecond:F2}× | {p.Throttled} |"));
}
table.AppendLine();
table.AppendLine(string.Create(CultureInfo.InvariantCulture,
    $"Allowed req/s: the fastest schedule Teams' rules permit for that many requests from idle — {appRps} per any 1 s per app (creates and sends together; the first {appRps} may go at once), and in one conversation 7/1 s, 8/2 s, 60/30 s, 1800/h. Limiter margin {marginMs} ms (Connector:RateLimitMargin). Real time, loopback, after an unmeasured warm-up; every message delivered."));
Console.WriteLine(table.ToString());
if (outPath is not null) await File.WriteAllTextAsync(outPath, table.ToString());
return 0;
