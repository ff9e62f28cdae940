namespace Berau.Disiplin.Primitives;

/// <summary>
/// An aggregate that records the integration events its changes cause. It only records them: the service's
/// <c>SaveChanges</c> drains them into the transactional outbox in the same transaction as the change, so no handler
/// writes an aggregate's own event by hand and none can be forgotten.
/// </summary>
/// <remarks>
/// Events are the public contract records (<c>Berau.Disiplin.Contracts.Events</c>); they are held as objects here
/// so that the domain depends on nothing but this library and the contract records.
/// </remarks>
public abstract class AggregateRoot
{
    private readonly List<object> _pendingEvents = [];

    /// <summary>Events recorded since the last save, oldest first.</summary>
    public IReadOnlyList<object> PendingEvents => _pendingEvents;

    protected void Raise(object integrationEvent) => _pendingEvents.Add(integrationEvent);

    /// <summary>Hands the recorded events to the outbox and forgets them.</summary>
    public IReadOnlyList<object> DequeueEvents()
    {
        var events = _pendingEvents.ToArray();
        _pendingEvents.Clear();
        return events;
    }
}
