using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Berau.Disiplin.EndToEndTests.Infrastructure;

/// <summary>Every log line the services under test wrote, with its structured values, for tests that read them.</summary>
public sealed class CapturedLogs
{
    private readonly ConcurrentQueue<string> _lines = new();

    public IReadOnlyCollection<string> Lines => _lines;

    internal void Add(string line) => _lines.Enqueue(line);
}
