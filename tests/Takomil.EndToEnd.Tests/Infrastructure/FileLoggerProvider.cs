using System.Globalization;
using Microsoft.Extensions.Logging;

namespace Takomil.EndToEnd.Tests.Infrastructure;

/// <summary>
/// Writes the bot's log to a file in the journey's artifacts folder, so a failed journey can be
/// read next to its screenshots instead of being lost in the test runner's console.
/// </summary>
public sealed class FileLoggerProvider : ILoggerProvider
{
    private readonly StreamWriter _writer;
    private readonly Lock _gate = new();
    private bool _disposed;

    public FileLoggerProvider(string path)
    {
        _writer = new StreamWriter(path, append: false) { AutoFlush = true };
    }

    public ILogger CreateLogger(string categoryName) => new FileLogger(this, categoryName);

    public void Dispose()
    {
        lock (_gate)
        {
            _disposed = true;
            _writer.Dispose();
        }
    }

    private void Write(string category, LogLevel level, string message, Exception? exception)
    {
        var line = string.Create(CultureInfo.InvariantCulture, $"{DateTimeOffset.UtcNow:HH:mm:ss.fff} {level,-11} {category}: {message}");
        lock (_gate)
        {
            if (_disposed)
            {
                return;
            }

            _writer.WriteLine(line);
            if (exception is not null)
            {
                _writer.WriteLine(exception);
            }
        }
    }

    private sealed class FileLogger(FileLoggerProvider provider, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            ArgumentNullException.ThrowIfNull(formatter);
            provider.Write(category, logLevel, formatter(state, exception), exception);
        }
    }
}
