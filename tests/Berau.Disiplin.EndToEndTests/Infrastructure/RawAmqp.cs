using System.Collections.Concurrent;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using RabbitMQ.Client;
using RabbitMQ.Client.Events;

namespace Berau.Disiplin.EndToEndTests.Infrastructure;

/// <summary>
/// Talks to RabbitMQ as a subscriber in any language would: plain AMQP, binding a queue to an event's stable
/// exchange name and reading the JSON envelope; and publishing envelopes, to redeliver a message on purpose.
/// </summary>
public sealed class RawAmqp : IAsyncDisposable
{
    private readonly IConnection _connection;
    private readonly IChannel _channel;

    private RawAmqp(IConnection connection, IChannel channel)
    {
        _connection = connection;
        _channel = channel;
    }

    public static async Task<RawAmqp> ConnectAsync(string virtualHost)
    {
        var factory = new ConnectionFactory
        {
            HostName = TestInfrastructure.RabbitHost,
            Port = TestInfrastructure.RabbitPort,
            UserName = TestInfrastructure.RabbitUser,
            Password = TestInfrastructure.RabbitPassword,
            VirtualHost = virtualHost,
        };
        var connection = await factory.CreateConnectionAsync();
        var channel = await connection.CreateChannelAsync(new CreateChannelOptions(
            publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: true));
        return new RawAmqp(connection, channel);
    }

    /// <summary>Binds a new queue to an event's exchange and collects what arrives from now on.</summary>
    public async Task<Subscription> SubscribeAsync(string exchange)
    {
        await _channel.ExchangeDeclareAsync(exchange, ExchangeType.Fanout, durable: true);
        var queue = (await _channel.QueueDeclareAsync("", durable: false, exclusive: true, autoDelete: true)).QueueName;
        await _channel.QueueBindAsync(queue, exchange, "");
        var subscription = new Subscription(queue);
        var consumer = new AsyncEventingBasicConsumer(_channel);
        consumer.ReceivedAsync += (_, delivery) =>
        {
            subscription.Add(Encoding.UTF8.GetString(delivery.Body.Span));
            return Task.CompletedTask;
        };
        await _channel.BasicConsumeAsync(queue, autoAck: true, consumer);
        return subscription;
    }

    /// <summary>Publishes a MassTransit JSON envelope to an event's exchange, with the given message id.</summary>
    public async Task PublishEnvelopeAsync(string exchange, Guid messageId, object message)
    {
        await _channel.ExchangeDeclareAsync(exchange, ExchangeType.Fanout, durable: true);
        var envelope = new
        {
            messageId,
            messageType = new[] { $"urn:message:{exchange}" },
            sentTime = DateTime.UtcNow,
            message,
        };
        var body = JsonSerializer.SerializeToUtf8Bytes(envelope, JsonSerializerOptions.Web);
        var properties = new BasicProperties
        {
            ContentType = "application/vnd.masstransit+json",
            MessageId = messageId.ToString(),
            Persistent = true,
        };
        await _channel.BasicPublishAsync(exchange, "", mandatory: false, basicProperties: properties, body: body);
    }

    public async ValueTask DisposeAsync()
    {
        await _channel.DisposeAsync();
        await _connection.DisposeAsync();
    }

    public sealed class Subscription(string queue)
    {
        private readonly ConcurrentQueue<JsonObject> _received = new();

        public string Queue { get; } = queue;
        public IReadOnlyCollection<JsonObject> Received => _received;

        internal void Add(string json) => _received.Enqueue(JsonNode.Parse(json)!.AsObject());

        /// <summary>The envelopes whose message matches, e.g. by report id.</summary>
        public IEnumerable<JsonObject> Where(Func<JsonObject, bool> message) =>
            _received.Where(e => message(e["message"]!.AsObject()));
    }
}
