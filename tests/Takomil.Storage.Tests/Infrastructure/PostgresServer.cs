using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Takomil.Storage.Tests.Infrastructure;

/// <summary>
/// A throw-away PostgreSQL server in a temporary folder, on a free loopback port with trust authentication.
/// Started on first use (so skipped tests never start it) and stopped when the test collection ends.
/// </summary>
public sealed class PostgresServer : IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private string? _root;
    private string? _connectionString;

    public async Task<string> GetConnectionStringAsync()
    {
        await _gate.WaitAsync();
        try
        {
            return _connectionString ??= await Task.Run(Start);
        }
        finally
        {
            _gate.Release();
        }
    }

    private string Start()
    {
        if (!PostgresBinaries.TryLocate(out var reason)) throw new InvalidOperationException(reason);
        _root = System.IO.Directory.CreateTempSubdirectory("takomil-pg-").FullName;
        var data = Path.Combine(_root, "data");
        var sockets = Path.Combine(_root, "sockets");
        System.IO.Directory.CreateDirectory(sockets);
        if (PostgresBinaries.RunAsPostgresUser) Run("chown", ["-R", "postgres:postgres", _root], asPostgres: false);
        Pg("initdb", ["-D", data, "-U", "postgres", "-A", "trust", "-E", "UTF8", "--no-locale", "--no-sync"]);
        var port = FreePort();
        var options = $"-p {port} -c listen_addresses=127.0.0.1 -k {sockets} -c fsync=off -c synchronous_commit=off -c full_page_writes=off";
        Pg("pg_ctl", ["-D", data, "-l", Path.Combine(_root, "server.log"), "-o", options, "-w", "-t", "60", "start"]);
        return $"Host=127.0.0.1;Port={port};Username=postgres;Database=postgres;Timeout=30;Command Timeout=60";
    }

    public void Dispose()
    {
        if (_root is null) return;
        try
        {
            if (_connectionString is not null)
            {
                Pg("pg_ctl", ["-D", Path.Combine(_root, "data"), "-m", "fast", "-w", "-t", "30", "stop"]);
            }
        }
        finally
        {
            System.IO.Directory.Delete(_root, recursive: true);
            _gate.Dispose();
        }
    }

    private void Pg(string tool, string[] args) => Run(Path.Combine(PostgresBinaries.Directory, tool), args, PostgresBinaries.RunAsPostgresUser);

    private void Run(string fileName, string[] args, bool asPostgres)
    {
        var start = new ProcessStartInfo
        {
            FileName = asPostgres ? PostgresBinaries.RunUser! : fileName,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = _root ?? Path.GetTempPath(),
        };
        if (asPostgres)
        {
            foreach (var a in new[] { "-u", "postgres", "--", fileName }) start.ArgumentList.Add(a);
        }
        foreach (var a in args) start.ArgumentList.Add(a);
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {fileName}.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromSeconds(120)))
        {
            process.Kill(entireProcessTree: true);
            throw new InvalidOperationException($"{fileName} did not finish in time.");
        }
        if (process.ExitCode != 0)
        {
            var log = _root is not null && File.Exists(Path.Combine(_root, "server.log")) ? File.ReadAllText(Path.Combine(_root, "server.log")) : string.Empty;
            throw new InvalidOperationException($"{fileName} {string.Join(' ', args)} exited with {process.ExitCode}: {stdout.Result} {stderr.Result} {log}");
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

[CollectionDefinition(Name)]
public sealed class PostgresServerGroup : ICollectionFixture<PostgresServer>
{
    public const string Name = "postgres";
}
