using System.Text.Json.Nodes;
using Berau.Disiplin.EndToEndTests.Infrastructure;
using Xunit.Abstractions;

namespace Berau.Disiplin.EndToEndTests.Integrators;

/// <summary>
/// An HR app in another language: the Node.js subscriber in clients/node-hr-subscriber (amqplib, its own durable
/// queue on the public exchanges) runs against a real flow through the three services and prints what it received.
/// Node.js is required: without it this test fails, it does not skip.
/// </summary>
[Collection(SuiteCollection.Name)]
public sealed class NodeHrSubscriberTests(SuiteHost suite, ITestOutputHelper output)
{
    private const string WarningIssued = "disiplin.discipline.warning-issued.v1";

    private readonly HearingSteps _hearing = new(suite);

    [Fact]
    public async Task A_Node_HR_app_prints_the_warning_decided_after_the_hearing_once_even_when_it_is_delivered_again()
    {
        await using var node = await NodeHrSubscriber.StartAsync(suite.VirtualHost, $"hr-app.node-test.{Guid.NewGuid():N}");
        await using var amqp = await RawAmqp.ConnectAsync(suite.VirtualHost);
        var warnings = await amqp.SubscribeAsync(WarningIssued);
        try
        {
            // A first-offence personal TikTok live, on duty, confirmed by the verifier, heard by the clerk's Kepala
            // Seksi: he issues a warning.
            var organisation = await _hearing.OrganisationAsync(frontLine: true);
            var clerk = await _hearing.ClerkAsync(organisation, "Rina Lestari");
            var @case = await _hearing.HearDecideDeliverAsync(await _hearing.ReportAsync(clerk));

            // What the Node process printed: one JSON line, with the event type, the case and the NIP.
            var printed = await node.EventAsync(e => Text(e, "reportId") == @case.ReportId, $"the warning of report {@case.ReportId}");
            Assert.Equal("WarningIssued", Text(printed, "type"));
            Assert.Equal(WarningIssued, Text(printed, "exchange"));
            Assert.Equal(@case.CaseId, Text(printed, "caseId"));
            Assert.Equal(clerk.Nip, Text(printed, "subjectNip"));
            Assert.StartsWith("R", Text(printed, "sanctionCode"));
            Assert.False(string.IsNullOrEmpty(Text(printed, "letterNumber")));

            // It is the event the suite published: the same message id as the envelope on the exchange.
            var envelope = await Eventually.Get(() => Task.FromResult(warnings.Where(m => Text(m, "caseId") == @case.CaseId).FirstOrDefault()),
                $"the WarningIssued of case {@case.CaseId} on {warnings.Queue}");
            var messageId = Text(envelope, "messageId") ?? throw new InvalidOperationException("an envelope without messageId");
            Assert.Equal(messageId, Text(printed, "messageId"));

            // At least once: the same message arrives twice more (as after a publisher's retry). Node skips both.
            var message = envelope["message"]!.DeepClone();
            await amqp.PublishEnvelopeAsync(WarningIssued, Guid.Parse(messageId), message);
            await amqp.PublishEnvelopeAsync(WarningIssued, Guid.Parse(messageId), message);
            await Eventually.True(() => Task.FromResult(node.StatusLines.Count(l => l.Contains($"duplicate WarningIssued {messageId} skipped")) == 2),
                $"the Node subscriber to skip both copies of {messageId}");
            Assert.Single(node.Printed, e => Text(e, "messageId") == messageId);
        }
        finally
        {
            // Shown with a failure: everything the Node process wrote.
            output.WriteLine(node.Transcript);
        }
    }

    private static string? Text(JsonObject json, string field) =>
        json[field] is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;
}
