using Berau.Disiplin.Contracts.Events;
using Berau.Disiplin.Hosting.Messaging;
using Berau.Disiplin.Hosting.Persistence;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Berau.Disiplin.EndToEndTests.Infrastructure;

/// <summary>A test-only event, so the shared outbox and inbox can be tested apart from any service's domain.</summary>
[EntityName(Exchange)]
[MessageUrn(Exchange)]
public sealed record ProbeHappened(Guid EventId, DateTimeOffset OccurredAt, string SubjectNip, int Number)
    : IIntegrationEvent
{
    public const string Exchange = "disiplin.tests.probe-happened.v1";
}
