namespace Berau.Disiplin.Hosting;

/// <summary>The one place ids come from: time-ordered UUIDv7, so rows insert in order and sort by creation.</summary>
public static class Ids
{
    public static Guid New(TimeProvider time) => Guid.CreateVersion7(time.GetUtcNow());
}
