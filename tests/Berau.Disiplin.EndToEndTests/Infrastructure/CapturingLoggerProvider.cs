using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Berau.Disiplin.EndToEndTests.Infrastructure;

internal sealed class CapturingLoggerProvider(CapturedLogs logs, string service) : ILoggerProvider
{
    public ILogger CreateLogger(string categoryName) => new CapturingLogger(logs, $"{service}/{categoryName}");

    public void Dispose() { }

    private sealed class CapturingLogger(CapturedLogs logs, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception,
            Func<TState, Exception?, string> formatter)
        {
            var values = state is IEnumerable<KeyValuePair<string, object?>> pairs
                ? string.Join(" ", pairs.Select(p => $"{p.Key}={p.Value}"))
                : "";
            logs.Add($"{logLevel} {category}: {formatter(state, exception)} [{values}] {exception}");
        }
    }
}
