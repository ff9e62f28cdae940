using System.ComponentModel.DataAnnotations;

namespace Berau.Disiplin.Hosting.Messaging;

/// <summary>Configuration section <c>RabbitMq</c>.</summary>
public sealed class RabbitMqOptions
{
    public const string Section = "RabbitMq";

    /// <summary>The administrator's password in deploy/infra.env; never a service's outside Development and Testing.</summary>
    public const string DevelopmentPassword = "disiplin";

    [Required] public string Host { get; set; } = "127.0.0.1";
    [Range(1, 65535)] public int Port { get; set; } = 5672;
    [Required] public string VirtualHost { get; set; } = "/";

    /// <summary>
    /// The service's own broker user, with permissions on its own exchanges and queues only (deploy/infra.sh). A
    /// service started with the suite's defaults uses <c>disiplin-&lt;service&gt;</c>, as deploy/infra.env names it.
    /// </summary>
    [Required] public string Username { get; set; } = "disiplin";
    [Required] public string Password { get; set; } = DevelopmentPassword;

    /// <summary>
    /// Messages each consumer (receive endpoint) handles at once: each holds a database connection, so the consumers
    /// and the gRPC calls (<c>Limits:MaxConcurrentCalls</c>) share <c>Database:MaxPoolSize</c> (docs/security.md).
    /// </summary>
    [Range(1, 1000)] public int ConcurrentMessageLimit { get; set; } = 2;

    /// <summary>Redeliveries of a failing message, with exponential back-off, before it goes to the error queue.</summary>
    [Range(0, 20)] public int RetryLimit { get; set; } = 5;
    public TimeSpan RetryMinInterval { get; set; } = TimeSpan.FromMilliseconds(200);
    public TimeSpan RetryMaxInterval { get; set; } = TimeSpan.FromSeconds(30);
}

/// <summary>Configuration section <c>Outbox</c>: the relay that publishes committed events.</summary>
public sealed class OutboxOptions
{
    public const string Section = "Outbox";

    /// <summary>The fallback poll; on the happy path a commit wakes the relay at once.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(2);
    [Range(1, 10_000)] public int BatchSize { get; set; } = 100;
    /// <summary>How long one publish may wait for the broker's confirm before the row is retried later.</summary>
    public TimeSpan PublishTimeout { get; set; } = TimeSpan.FromSeconds(10);
    /// <summary>The longest back-off between attempts at a row that failed to publish.</summary>
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromSeconds(10);
    /// <summary>How long published rows are kept (for audit and replay) before clean-up.</summary>
    public TimeSpan Retention { get; set; } = TimeSpan.FromDays(7);
    /// <summary>How long consumed message ids are kept for de-duplication.</summary>
    public TimeSpan InboxRetention { get; set; } = TimeSpan.FromDays(30);
    public TimeSpan CleanupInterval { get; set; } = TimeSpan.FromHours(1);
}
