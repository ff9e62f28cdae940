namespace Berau.Disiplin.Hosting.Persistence;

/// <summary>
/// An event waiting to be published: written in the same transaction as the state change that caused it,
/// published by the relay (<see cref="Messaging.OutboxRelay{TDbContext}"/>) with publisher confirms.
/// </summary>
public sealed class OutboxMessage
{
    /// <summary>The event's id, used as the message id on the wire so consumers can de-duplicate.</summary>
    public Guid Id { get; set; }
    /// <summary>Publication order within the service.</summary>
    public long Sequence { get; set; }
    /// <summary>The CLR type of the event (<c>Namespace.Type, Assembly</c>).</summary>
    public required string MessageType { get; set; }
    /// <summary>The stable exchange name, for people reading the table.</summary>
    public required string Destination { get; set; }
    public required string Payload { get; set; }
    /// <summary>W3C trace context of the transaction that wrote the row, restored by the relay.</summary>
    public string? TraceParent { get; set; }
    public string? TraceState { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset NextAttemptAt { get; set; }
    public int Attempts { get; set; }
    public string? LastError { get; set; }
    public DateTimeOffset? PublishedAt { get; set; }
}

/// <summary>A message a consumer has handled: recorded in the same transaction as the consumer's effect.</summary>
public sealed class InboxMessage
{
    public Guid MessageId { get; set; }
    /// <summary>The receive endpoint (queue) that handled it: each consumer de-duplicates on its own.</summary>
    public required string Consumer { get; set; }
    public required string MessageType { get; set; }
    public DateTimeOffset ReceivedAt { get; set; }
}
