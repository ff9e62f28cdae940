using Berau.Disiplin.Contracts.Discipline.V1;
using Berau.Disiplin.Contracts.Personnel.V1;
using Berau.Disiplin.Contracts.Reporting.V1;
using Berau.Disiplin.Discipline;
using Berau.Disiplin.Hosting;
using Berau.Disiplin.Hosting.Auth;
using Berau.Disiplin.Personnel;
using Berau.Disiplin.Reporting;
using Grpc.Core;
using Grpc.Net.Client;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Berau.Disiplin.EndToEndTests.Infrastructure;

/// <summary>Which services to start, and how to set them up.</summary>
public sealed class SuiteOptions
{
    /// <summary>Services whose RabbitMQ connection goes through a <see cref="TcpProxy"/> the test can cut.</summary>
    public HashSet<string> BrokerThroughProxy { get; } = [];
    /// <summary>Whether Reporting reaches Personnel's gRPC port through a <see cref="TcpProxy"/> the test can cut.</summary>
    public bool PersonnelThroughProxy { get; init; }
    public FakeTimeProvider? Time { get; init; }
    /// <summary>Extra settings for every service, e.g. <c>Reporting:VerificationWorkingDays</c>.</summary>
    public Dictionary<string, string> Settings { get; } = [];
    /// <summary>Npgsql's Timeout (seconds to wait for a connection, from the pool too), when not its default.</summary>
    public int? DatabaseTimeoutSeconds { get; init; }
    /// <summary>The minimum log level; with <see cref="SuiteHost.Logs"/> every line at or above it is kept.</summary>
    public string LogLevel { get; init; } = "Warning";
}
