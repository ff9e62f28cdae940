using System.Reflection;
using System.Text.Json;
using Berau.Disiplin.Contracts.Events;
using MassTransit;

namespace Berau.Disiplin.UnitTests.Contracts;

/// <summary>
/// The events' JSON is a public contract (docs/events.md): subscribers in other languages read it by name. Each event
/// type has a golden file under <c>Contracts/wire/</c> written from the v1 records; reading it into the C# type and
/// writing it again must give the same text, so a renamed, removed, retyped or reordered field fails here, whatever
/// shape the C# record takes (positional or <c>required … init</c>).
/// </summary>
public sealed class EventWireFormatTests
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public static TheoryData<string> EventTypes()
    {
        var data = new TheoryData<string>();
        foreach (var type in AllEventTypes()) data.Add(type.Name);
        return data;
    }

    [Theory]
    [MemberData(nameof(EventTypes))]
    public void Event_json_on_the_wire_is_unchanged(string eventName)
    {
        var type = AllEventTypes().Single(t => t.Name == eventName);
        var path = Path.Combine(AppContext.BaseDirectory, "Contracts", "wire", $"{eventName}.json");
        Assert.True(File.Exists(path), $"{eventName} has no golden file: a new event needs Contracts/wire/{eventName}.json");
        var golden = File.ReadAllText(path).TrimEnd();

        var @event = JsonSerializer.Deserialize(golden, type, Json);
        Assert.Equal(golden, JsonSerializer.Serialize(@event, type, Json));
    }

    [Fact]
    public void Every_event_has_a_stable_exchange_and_message_name()
    {
        foreach (var type in AllEventTypes())
        {
            var exchange = type.GetCustomAttribute<EntityNameAttribute>()?.EntityName;
            Assert.Matches(@"^disiplin\.(reporting|discipline|personnel)\.[a-z-]+\.v[0-9]+$", exchange);
            Assert.Equal(exchange, type.GetCustomAttribute<MessageUrnAttribute>()?.Urn.ToString().Replace("urn:message:", ""));
        }
    }

    private static IEnumerable<Type> AllEventTypes() =>
        typeof(IIntegrationEvent).Assembly.GetTypes()
            .Where(t => typeof(IIntegrationEvent).IsAssignableFrom(t) && t is { IsInterface: false, IsAbstract: false })
            .OrderBy(t => t.Name);
}
