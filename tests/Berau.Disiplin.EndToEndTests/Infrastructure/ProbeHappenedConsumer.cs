using Berau.Disiplin.Contracts.Events;
using Berau.Disiplin.Hosting.Messaging;
using Berau.Disiplin.Hosting.Persistence;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Berau.Disiplin.EndToEndTests.Infrastructure;

/// <summary>Deliberately not idempotent on its own: each delivery it handles adds a row. The inbox must stop repeats.</summary>
public sealed class ProbeHappenedConsumer(ProbeDbContext db) : IConsumer<ProbeHappened>
{
    public async Task Consume(ConsumeContext<ProbeHappened> context)
    {
        db.Effects.Add(new ProbeEffect { Id = Guid.NewGuid(), EventId = context.Message.EventId, Number = context.Message.Number });
        await db.SaveChangesAsync(context.CancellationToken);
    }
}
