using System.Diagnostics;
using System.Reflection;
using System.Text.Json;
using Berau.Disiplin.Contracts.Events;
using Berau.Disiplin.Hosting.Persistence;
using MassTransit;

namespace Berau.Disiplin.Hosting.Messaging;

/// <summary>
/// Records an event to publish. The event is saved with the caller's next <c>SaveChanges</c>, in the same
/// transaction as the state change, and published by the relay once committed: nothing is published for a
/// transaction that rolls back, and nothing is lost when the broker is down.
/// </summary>
public interface IEventOutbox
{
    void Add<TEvent>(TEvent integrationEvent) where TEvent : class, IIntegrationEvent;
}

internal sealed class EventOutbox(ServiceDbContext db, TimeProvider time) : IEventOutbox
{
    public void Add<TEvent>(TEvent integrationEvent) where TEvent : class, IIntegrationEvent =>
        db.OutboxMessages.Add(OutboxRows.For(integrationEvent, time.GetUtcNow()));
}

/// <summary>The outbox row of an event: its type, stable exchange, JSON and the current trace context.</summary>
internal static class OutboxRows
{
    public static OutboxMessage For(IIntegrationEvent @event, DateTimeOffset now)
    {
        var type = @event.GetType();
        var activity = Activity.Current;
        return new OutboxMessage
        {
            Id = @event.EventId,
            MessageType = EventTypes.NameOf(type),
            Destination = EventTypes.ExchangeOf(type),
            Payload = JsonSerializer.Serialize(@event, type, EventTypes.Json),
            TraceParent = activity?.Id is { } id && activity.IdFormat == ActivityIdFormat.W3C ? id : null,
            TraceState = activity?.TraceStateString,
            CreatedAt = now,
            NextAttemptAt = now,
        };
    }
}

/// <summary>How an event type is named in the outbox and on the broker.</summary>
internal static class EventTypes
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static string NameOf(Type type) => $"{type.FullName}, {type.Assembly.GetName().Name}";

    public static string ExchangeOf(Type type) =>
        type.GetCustomAttribute<EntityNameAttribute>()?.EntityName
        ?? throw new InvalidOperationException($"{type.Name} has no [EntityName]: every event needs a stable exchange name.");

    public static Type Resolve(string name) =>
        Type.GetType(name, throwOnError: false)
        ?? throw new InvalidOperationException($"The outbox holds an event of unknown type '{name}'.");
}
