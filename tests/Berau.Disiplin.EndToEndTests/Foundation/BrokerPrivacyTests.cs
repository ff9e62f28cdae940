using System.Text;
using Berau.Disiplin.EndToEndTests.Infrastructure;
using Berau.Disiplin.Hosting.Auth;
using RabbitMQ.Client;
using RabbitMQ.Client.Exceptions;

namespace Berau.Disiplin.EndToEndTests.Foundation;

/// <summary>
/// What the broker tells and allows: the services run with their own least-privilege users (the suite starts them
/// so), a service's user cannot read another service's queue, declare an exchange outside the suite's names or
/// publish another service's events, and the envelope's host block names the service, not its machine or process.
/// </summary>
[Collection(SuiteCollection.Name)]
public sealed class BrokerPrivacyTests(SuiteHost suite)
{
    [Fact]
    public async Task The_envelope_names_the_publishing_service_and_not_its_machine_process_or_OS()
    {
        await using var amqp = await RawAmqp.ConnectAsync(suite.VirtualHost);
        var submitted = await amqp.SubscribeAsync("disiplin.reporting.report-submitted.v1");
        var personnel = new PersonnelFixtures(suite);
        var clerk = await personnel.EmployeeAsync(await personnel.UnitAsync());

        var receipt = await suite.ReportingClient.SubmitReportAsync(ReportRequests.PersonalLive(clerk.Nip), SuiteHost.As(Roles.Reporter));

        var envelope = await Eventually.Get(() => Task.FromResult(
            submitted.Where(m => m["reportId"]!.GetValue<string>() == receipt.ReportId).FirstOrDefault()), "ReportSubmitted on the wire");
        var host = envelope["host"]!.AsObject();
        Assert.Equal("berau-disiplin-reporting", host["assembly"]!.GetValue<string>());
        var text = host.ToJsonString();
        Assert.DoesNotContain(Environment.OSVersion.ToString(), text);
        Assert.DoesNotContain($"{Environment.ProcessId}", text);
        foreach (var name in new[] { "machineName", "processName", "operatingSystemVersion", "frameworkVersion", "massTransitVersion", "assemblyVersion" })
            Assert.True(host[name] is null, $"host.{name} is {host[name]}");
        Assert.True(host["processId"] is null || host["processId"]!.GetValue<int>() == 0);
        // MassTransit's source address is its temporary bus queue, named after the machine and the process.
        Assert.True(envelope["sourceAddress"] is null, $"sourceAddress is {envelope["sourceAddress"]}");
    }

    [Fact]
    public async Task A_services_broker_user_cannot_read_another_services_queue()
    {
        var refusal = await AsPersonnelAsync(async channel =>
            await channel.BasicConsumeAsync("disiplin-discipline-report-confirmed", autoAck: false, new AsyncDefaultBasicConsumer(channel)));

        AssertAccessRefused(refusal);
    }

    [Fact]
    public async Task A_services_broker_user_cannot_declare_an_arbitrary_exchange()
    {
        var refusal = await AsPersonnelAsync(async channel =>
            await channel.ExchangeDeclareAsync("berau.anything", ExchangeType.Fanout, durable: true));

        AssertAccessRefused(refusal);
    }

    [Fact]
    public async Task A_services_broker_user_cannot_publish_another_services_events()
    {
        var refusal = await AsPersonnelAsync(async channel =>
        {
            await channel.BasicPublishAsync("disiplin.reporting.report-confirmed.v1", "", Encoding.UTF8.GetBytes("{}"));
            // A refused publish closes the channel; the next call on it says so.
            await channel.QueueDeclarePassiveAsync("disiplin-personnel-transfer-requested");
        });

        AssertAccessRefused(refusal);
    }

    [Fact]
    public async Task The_services_broker_users_are_not_administrators()
    {
        using var http = new HttpClient { BaseAddress = new Uri($"http://{TestInfrastructure.RabbitHost}:{TestInfrastructure.RabbitManagementPort}/") };
        var (user, password) = TestInfrastructure.RabbitServiceUser("personnel");
        http.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Basic",
            Convert.ToBase64String(Encoding.UTF8.GetBytes($"{user}:{password}")));

        var response = await http.GetAsync("api/vhosts");

        Assert.Equal(System.Net.HttpStatusCode.Unauthorized, response.StatusCode);
    }

    /// <summary>Runs <paramref name="act"/> on a channel of Personnel's broker user in the suite's vhost; returns what it threw.</summary>
    private async Task<Exception?> AsPersonnelAsync(Func<IChannel, Task> act)
    {
        var (user, password) = TestInfrastructure.RabbitServiceUser("personnel");
        var factory = new ConnectionFactory
        {
            HostName = TestInfrastructure.RabbitHost, Port = TestInfrastructure.RabbitPort,
            UserName = user, Password = password, VirtualHost = suite.VirtualHost,
        };
        await using var connection = await factory.CreateConnectionAsync();
        await using var channel = await connection.CreateChannelAsync();
        return await Record.ExceptionAsync(() => act(channel));
    }

    private static void AssertAccessRefused(Exception? refusal)
    {
        var interrupted = Assert.IsAssignableFrom<OperationInterruptedException>(refusal);
        Assert.Equal((ushort)403, interrupted.ShutdownReason!.ReplyCode);
        Assert.Contains("ACCESS_REFUSED", interrupted.Message);
    }
}
