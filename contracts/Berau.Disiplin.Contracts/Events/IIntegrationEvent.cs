using MassTransit;

namespace Berau.Disiplin.Contracts.Events;

/// <summary>
/// What every integration event carries: its own id, the time it happened and the subject's NIP.
/// Events never carry the reporter's identity.
/// </summary>
/// <remarks>
/// Each event names its exchange with <c>[EntityName]</c> and its message type with <c>[MessageUrn]</c>, both
/// <c>disiplin.&lt;service&gt;.&lt;event&gt;.v1</c>: neither changes when a C# namespace does.
/// This interface is excluded from the broker topology: subscribers bind to each event's own stable exchange
/// (<c>disiplin.&lt;service&gt;.&lt;event&gt;.v1</c>), never to a C# interface.
/// </remarks>
[ExcludeFromTopology]
public interface IIntegrationEvent
{
    /// <summary>The event's id; also the message id on the wire, which consumers de-duplicate on.</summary>
    Guid EventId { get; }

    /// <summary>When the change the event reports was committed.</summary>
    DateTimeOffset OccurredAt { get; }

    /// <summary>The NIP (or contract-staff registry number) of the employee the event is about.</summary>
    string SubjectNip { get; }
}
