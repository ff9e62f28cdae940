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

/// <summary>One service started in-process on its own ports, database and the suite's virtual host.</summary>
public sealed class ServiceUnderTest(string name, WebApplication app, int grpcPort, int httpPort, string database, string[] args)
    : IAsyncDisposable
{
    public string Name { get; } = name;
    /// <summary>The command line it was started with: the settings an operator command against it needs too.</summary>
    public string[] Args { get; } = args;
    public WebApplication App { get; } = app;
    public int GrpcPort { get; } = grpcPort;
    public int HttpPort { get; } = httpPort;
    public string Database { get; } = database;
    public string ConnectionString => TestInfrastructure.ConnectionString(Database);
    public GrpcChannel Channel { get; } = GrpcChannel.ForAddress($"http://127.0.0.1:{grpcPort}");
    public HttpClient Http { get; } = new() { BaseAddress = new Uri($"http://127.0.0.1:{httpPort}") };

    public T Get<T>() where T : notnull => App.Services.GetRequiredService<T>();

    public async ValueTask DisposeAsync()
    {
        Channel.Dispose();
        Http.Dispose();
        await App.StopAsync();
        await App.DisposeAsync();
    }
}
