namespace Berau.Disiplin.EndToEndTests.Infrastructure;

/// <summary>The RabbitMQ queues of the services' consumers, as MassTransit names them, and their dead-letter twins.</summary>
public static class QueueNames
{
    public const string ReportConfirmed = "disiplin-discipline-report-confirmed";

    /// <summary>Where a message goes after its retries: a failure that is not transient.</summary>
    public static string Error(string queue) => queue + "_error";

    /// <summary>Where MassTransit puts a message no consumer ran for; a redelivery must never land here.</summary>
    public static string Skipped(string queue) => queue + "_skipped";
}
