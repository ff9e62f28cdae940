using System.Net.Mime;
using MassTransit;
using MassTransit.Metadata;
using MassTransit.Serialization;

namespace Berau.Disiplin.Hosting.Messaging;

/// <summary>
/// MassTransit's JSON envelope without the publisher's machine. MassTransit writes the publishing machine's name, the
/// process name and id, the OS and the framework and MassTransit versions into every envelope's <c>host</c> block, and
/// the machine and process names again in <c>sourceAddress</c> (its temporary bus queue), for every subscriber to read.
/// This serializer writes the service's name only (<c>"host": { "assembly": "berau-disiplin-reporting", … }</c>, the
/// rest empty) and no <c>sourceAddress</c>. Same content type and envelope otherwise, so subscribers see no other
/// change. Reading is MassTransit's own deserializer.
/// </summary>
public sealed class ReducedHostSerializerFactory(string serviceName) : ISerializerFactory
{
    private readonly ReducedHostSerializer _serializer = new(new BusHostInfo { Assembly = serviceName });

    public ContentType ContentType => SystemTextJsonMessageSerializer.JsonContentType;

    public IMessageSerializer CreateSerializer() => _serializer;

    public IMessageDeserializer CreateDeserializer() => SystemTextJsonMessageSerializer.Instance;

    private sealed class ReducedHostSerializer(HostInfo host) : IMessageSerializer
    {
        public ContentType ContentType => SystemTextJsonMessageSerializer.JsonContentType;

        public MessageBody GetMessageBody<T>(SendContext<T> context) where T : class =>
            new SystemTextJsonMessageBody<T>(context, SystemTextJsonMessageSerializer.Options,
                new JsonMessageEnvelope(context, context.Message) { Host = host, SourceAddress = null });
    }
}
