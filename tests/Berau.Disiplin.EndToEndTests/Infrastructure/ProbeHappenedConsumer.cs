using System.Collections.Concurrent;
using MassTransit;

namespace Berau.Disiplin.EndToEndTests.Infrastructure;

/// <summary>
/// Deliberately not idempotent on its own: each delivery it handles adds a row. The inbox must stop repeats. Two
/// numbers misbehave on purpose: <see cref="Poison"/> always fails as a bug would, and
/// <see cref="FailingTransiently"/>(n) times out on its first n attempts, as a database that is down would.
/// </summary>
public sealed class ProbeHappenedConsumer(ProbeDbContext db) : IConsumer<ProbeHappened>
{
    public const int Poison = -1;
    private const int TransientBase = -1000;

    private static readonly ConcurrentDictionary<Guid, int> Attempts = new();

    /// <summary>A number whose event fails with a <see cref="TimeoutException"/> on its first <paramref name="attempts"/> attempts.</summary>
    public static int FailingTransiently(int attempts) => TransientBase - attempts;

    public async Task Consume(ConsumeContext<ProbeHappened> context)
    {
        var number = context.Message.Number;
        if (number == Poison) throw new InvalidOperationException("A probe that can never be handled.");
        if (number <= TransientBase && Attempts.AddOrUpdate(context.Message.EventId, 1, (_, n) => n + 1) <= TransientBase - number)
            throw new TimeoutException("The probe's database did not answer in time.");
        db.Effects.Add(new ProbeEffect { Id = Guid.NewGuid(), EventId = context.Message.EventId, Number = number });
        await db.SaveChangesAsync(context.CancellationToken);
    }
}
