namespace Berau.Disiplin.Primitives;

/// <summary>The one place ids come from: time-ordered UUIDv7, so rows insert in order and sort by creation.</summary>
public static class Ids
{
    public static Guid New(TimeProvider time) => Guid.CreateVersion7(time.GetUtcNow());

    /// <summary>An id for something that happens at <paramref name="at"/> (an event an aggregate raises, say).</summary>
    public static Guid New(DateTimeOffset at) => Guid.CreateVersion7(at);
}
