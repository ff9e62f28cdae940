using Microsoft.EntityFrameworkCore;

namespace Berau.Disiplin.Hosting.Persistence;

/// <summary>
/// Base of each service's own DbContext: adds the outbox and inbox tables, so that a state change, the events
/// it causes and the messages it consumed commit in one transaction.
/// </summary>
public abstract class ServiceDbContext(DbContextOptions options) : DbContext(options)
{
    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();
    public DbSet<InboxMessage> InboxMessages => Set<InboxMessage>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<OutboxMessage>(e =>
        {
            e.ToTable("outbox_messages");
            e.HasKey(x => x.Id);
            e.Property(x => x.Id).ValueGeneratedNever();
            e.Property(x => x.Sequence).UseIdentityAlwaysColumn();
            e.Property(x => x.MessageType).HasMaxLength(300);
            e.Property(x => x.Destination).HasMaxLength(200);
            e.Property(x => x.Payload).HasColumnType("jsonb");
            e.Property(x => x.TraceParent).HasMaxLength(64);
            e.Property(x => x.TraceState).HasMaxLength(512);
            e.Property(x => x.LastError).HasMaxLength(2000);
            // The relay's query: unpublished rows in order.
            e.HasIndex(x => x.Sequence).HasFilter("published_at IS NULL").HasDatabaseName("ix_outbox_messages_pending");
            e.HasIndex(x => x.PublishedAt).HasFilter("published_at IS NOT NULL");
        });
        modelBuilder.Entity<InboxMessage>(e =>
        {
            e.ToTable("inbox_messages");
            e.HasKey(x => new { x.MessageId, x.Consumer });
            e.Property(x => x.Consumer).HasMaxLength(200);
            e.Property(x => x.MessageType).HasMaxLength(300);
            e.HasIndex(x => x.ReceivedAt);
        });
        OnServiceModelCreating(modelBuilder);
    }

    /// <summary>The service's own model.</summary>
    protected abstract void OnServiceModelCreating(ModelBuilder modelBuilder);
}
