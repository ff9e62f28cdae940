using Berau.Disiplin.Hosting.Telemetry;
using MassTransit;
using Microsoft.Extensions.Logging;

namespace Berau.Disiplin.Hosting.Messaging;

/// <summary>
/// The outermost consume filter: a message whose failure comes out of both retries goes to its consumer's
/// <c>_error</c> queue, and this says so, as an error log line and the <c>disiplin.messaging.dead_lettered</c> counter an
/// alert watches. A message cancelled because the service is stopping is not dead-lettered (RabbitMQ delivers it again)
/// and is not counted.
/// </summary>
internal sealed class DeadLetterAlarm(ILogger logger) : IFilter<ConsumeContext>
{
    public async Task Send(ConsumeContext context, IPipe<ConsumeContext> next)
    {
        try
        {
            await next.Send(context);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            var queue = context.ReceiveContext.InputAddress.AbsolutePath.Trim('/').Split('/').Last();
            var messageType = context.SupportedMessageTypes.FirstOrDefault() ?? "unknown";
            MessagingTelemetry.DeadLettered.Add(1,
                new KeyValuePair<string, object?>("messaging.destination.name", queue),
                new KeyValuePair<string, object?>("messaging.message.type", messageType),
                new KeyValuePair<string, object?>("error.type", ex.GetType().Name));
            logger.DeadLettered(ex, queue, messageType, context.MessageId);
            throw;
        }
    }

    public void Probe(ProbeContext context) => context.CreateFilterScope("dead-letter-alarm");
}
