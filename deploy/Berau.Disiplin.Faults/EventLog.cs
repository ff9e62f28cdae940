using System.Collections.Concurrent;
using System.Text.Json;
using RabbitMQ.Client;
using RabbitMQ.Client.Events;

namespace Berau.Disiplin.Faults;

/// <summary>
/// What a subscriber in another language sees: its own queue bound to the public exchanges, straight on the broker
/// (never through the proxies the run cuts). Records each delivery's message id by report.
/// </summary>
internal sealed class EventLog : IAsyncDisposable
{
    public const string CaseOpened = "disiplin.discipline.case-opened.v1";
    public const string ReportConfirmed = "disiplin.reporting.report-confirmed.v1";

    private readonly IConnection _connection;
    private readonly IChannel _channel;
    private readonly ConcurrentQueue<(string Exchange, string ReportId, string MessageId)> _deliveries = new();

    private EventLog(IConnection connection, IChannel channel)
    {
        _connection = connection;
        _channel = channel;
    }

    public static async Task<EventLog> SubscribeAsync(Infrastructure infra, string vhost)
    {
        var connection = await infra.ConnectAsync(vhost);
        var channel = await connection.CreateChannelAsync();
        var log = new EventLog(connection, channel);
        foreach (var exchange in new[] { CaseOpened, ReportConfirmed })
        {
            await channel.ExchangeDeclareAsync(exchange, ExchangeType.Fanout, durable: true);
            var queue = (await channel.QueueDeclareAsync("", durable: false, exclusive: true, autoDelete: true)).QueueName;
            await channel.QueueBindAsync(queue, exchange, "");
            var consumer = new AsyncEventingBasicConsumer(channel);
            consumer.ReceivedAsync += (_, delivery) =>
            {
                using var json = JsonDocument.Parse(delivery.Body);
                log._deliveries.Enqueue((exchange, json.RootElement.GetProperty("message").GetProperty("reportId").GetString()!,
                    json.RootElement.GetProperty("messageId").GetString()!));
                return Task.CompletedTask;
            };
            await channel.BasicConsumeAsync(queue, autoAck: true, consumer);
        }
        return log;
    }

    /// <summary>The message ids received from <paramref name="exchange"/>, by report, with every redelivered copy.</summary>
    public ILookup<string, string> Received(string exchange) =>
        _deliveries.Where(d => d.Exchange == exchange).ToLookup(d => d.ReportId, d => d.MessageId);

    public async ValueTask DisposeAsync()
    {
        await _channel.DisposeAsync();
        await _connection.DisposeAsync();
    }
}
