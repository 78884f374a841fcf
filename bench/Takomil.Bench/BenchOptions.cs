using System.Globalization;

namespace Takomil.Bench;

/// <summary>Command-line settings of one benchmark run.</summary>
internal sealed record BenchOptions
{
    public IReadOnlyList<string> Targets { get; init; } = [TargetNames.Takomil, TargetNames.Js, TargetNames.Raw];
    public IReadOnlyList<int> Concurrency { get; init; } = [1, 16, 64];
    public TimeSpan Warmup { get; init; } = TimeSpan.FromSeconds(3);
    public TimeSpan Measure { get; init; } = TimeSpan.FromSeconds(12);

    /// <summary>Hard cap on turns per measured phase, so a phase is bounded in count as well as time.</summary>
    public int MaxTurnsPerPhase { get; init; } = 500_000;

    /// <summary>How long one turn may take (POST plus its reply reaching the sink) before it counts as an error.</summary>
    public TimeSpan TurnTimeout { get; init; } = TimeSpan.FromSeconds(10);

    public bool Quick { get; init; }

    /// <summary>Time the diagram renderers (BPMN, SVG, PNG) in process instead of benchmarking chat turns.</summary>
    public bool Diagrams { get; init; }
    public bool Help { get; init; }
    public string? OutPath { get; init; }
    public string? TakomilDll { get; init; }
    public string? JsBot { get; init; }
    public string Node { get; init; } = "node";
    public string Text { get; init; } = "help";

    /// <summary>Internal: run as the raw ASP.NET Core echo target on this port instead of benchmarking.</summary>
    public int? ServeRawPort { get; init; }

    public const string Usage = """
        Takomil.Bench — turns/s and p50/p99 latency of a plain message turn, loopback only.
          --targets takomil,js,raw   which targets to run (default: all three)
          --concurrency 1,16,64      concurrent conversations per level
          --warmup SEC --duration SEC   warm-up and measured time per level (default 3 and 12)
          --quick                    warm-up 1 s, measured 2 s per level (about 30 s in all)
          --turn-timeout SEC         a turn slower than this is an error (default 10)
          --max-turns N              cap on turns per measured phase (default 500000)
          --takomil-dll PATH         Takomil.Bot.dll built in Release (required for target takomil)
          --js-bot PATH              bench/js/echo-bot.js (required for target js)
          --node PATH                node executable (default: node on PATH)
          --text TEXT                message text sent on every turn (default: help)
          --out PATH                 also write the result table as markdown to PATH
          --diagrams                 time BPMN + SVG + PNG of generated models (10 to 200 procedures) in process
          --help                     this text
        """;

    public static BenchOptions Parse(IReadOnlyList<string> args)
    {
        var o = new BenchOptions();
        TimeSpan? warmup = null, measure = null;
        for (var i = 0; i < args.Count; i++)
        {
            var a = args[i];
            string Value() => i + 1 < args.Count ? args[++i] : throw new ArgumentException($"{a} needs a value");
            switch (a)
            {
                case "--targets": o = o with { Targets = SplitTargets(Value()) }; break;
                case "--concurrency": o = o with { Concurrency = Value().Split(',').Select(ParsePositive).ToArray() }; break;
                case "--warmup": warmup = Seconds(Value()); break;
                case "--duration": measure = Seconds(Value()); break;
                case "--quick": o = o with { Quick = true }; break;
                case "--diagrams": o = o with { Diagrams = true }; break;
                case "--help" or "-h": o = o with { Help = true }; break;
                case "--turn-timeout": o = o with { TurnTimeout = Seconds(Value()) }; break;
                case "--max-turns": o = o with { MaxTurnsPerPhase = ParsePositive(Value()) }; break;
                case "--takomil-dll": o = o with { TakomilDll = Path.GetFullPath(Value()) }; break;
                case "--js-bot": o = o with { JsBot = Path.GetFullPath(Value()) }; break;
                case "--node": o = o with { Node = Value() }; break;
                case "--text": o = o with { Text = Value() }; break;
                case "--out": o = o with { OutPath = Path.GetFullPath(Value()) }; break;
                case "--serve-raw": o = o with { ServeRawPort = ParsePort(Value()) }; break;
                default: throw new ArgumentException($"unknown argument '{a}'");
            }
        }
        if (o.Quick)
        {
            o = o with { Warmup = TimeSpan.FromSeconds(1), Measure = TimeSpan.FromSeconds(2) };
        }
        return o with { Warmup = warmup ?? o.Warmup, Measure = measure ?? o.Measure };
    }

    private static string[] SplitTargets(string value)
    {
        var names = value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        foreach (var n in names)
        {
            if (!TargetNames.All.Contains(n))
            {
                throw new ArgumentException($"unknown target '{n}' (known: {string.Join(", ", TargetNames.All)})");
            }
        }
        return names;
    }

    private static TimeSpan Seconds(string s)
    {
        var v = double.Parse(s, CultureInfo.InvariantCulture);
        return v > 0 ? TimeSpan.FromSeconds(v) : throw new ArgumentException($"'{s}' must be > 0 seconds");
    }

    private static int ParsePositive(string s)
    {
        var v = int.Parse(s, CultureInfo.InvariantCulture);
        return v > 0 ? v : throw new ArgumentException($"'{s}' must be > 0");
    }

    private static int ParsePort(string s)
    {
        var v = int.Parse(s, CultureInfo.InvariantCulture);
        return v is >= 0 and <= 65535 ? v : throw new ArgumentException($"'{s}' is not a port");
    }
}

/// <summary>The three targets, by their command-line names.</summary>
internal static class TargetNames
{
    public const string Takomil = "takomil";
    public const string Js = "js";
    public const string Raw = "raw";
    public static readonly IReadOnlyList<string> All = [Takomil, Js, Raw];

    public static string Display(string name) => name switch
    {
        Takomil => "Takomil",
        Js => "JS SDK 4.23.3",
        Raw => "raw ASP.NET Core",
        _ => name,
    };
}
