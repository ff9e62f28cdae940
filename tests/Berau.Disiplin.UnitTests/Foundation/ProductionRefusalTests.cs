using Berau.Disiplin.Hosting;
using Berau.Disiplin.Hosting.Auth;
using Berau.Disiplin.Hosting.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;

namespace Berau.Disiplin.UnitTests.Foundation;

/// <summary>Outside Development and Testing the services refuse published or missing secrets; reflection is off.</summary>
public sealed class ProductionRefusalTests
{
    private const string StrongKey = "a-production-secret-of-well-over-thirty-two-bytes";

    private static Exception? ReadAuth(string environment, params (string Key, string Value)[] settings)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value))).Build();
        return Record.Exception(() => AuthExtensions.ReadAuthOptions(configuration, new Environment(environment)));
    }

    [Theory]
    [InlineData("Production")]
    [InlineData("Staging")]
    public void The_published_development_signing_key_is_refused(string environment)
    {
        var refusal = Assert.IsType<InsecureConfigurationException>(
            ReadAuth(environment, ("Auth:SigningKey", AuthOptions.DevelopmentSigningKey)));
        Assert.Equal("Auth:SigningKey", refusal.Setting);
        Assert.Contains("published development key", refusal.Message);
    }

    [Fact]
    public void A_signing_key_shorter_than_32_bytes_is_refused_everywhere()
    {
        foreach (var environment in new[] { "Production", "Development", "Testing" })
            Assert.Equal("Auth:SigningKey", Assert.IsType<InsecureConfigurationException>(
                ReadAuth(environment, ("Auth:SigningKey", "only-thirty-one-bytes-long-0123"))).Setting);
        // 32 bytes in UTF-8, fewer characters.
        Assert.Null(ReadAuth("Production", ("Auth:SigningKey", "kunci-rahasia-ééééééééééééééé")));
    }

    [Fact]
    public void No_authentication_at_all_is_refused_outside_development()
    {
        Assert.Equal("Auth:Authority", Assert.IsType<InsecureConfigurationException>(ReadAuth("Production")).Setting);
        Assert.Null(ReadAuth("Development"));
        Assert.Null(ReadAuth("Production", ("Auth:Authority", "https://sso.beraukab.go.id/realms/pemkab")));
        Assert.Null(ReadAuth("Production", ("Auth:SigningKey", StrongKey)));
        Assert.Null(ReadAuth("Testing", ("Auth:SigningKey", AuthOptions.DevelopmentSigningKey)));
    }

    [Theory]
    [InlineData("Production", null, false)]
    [InlineData("Production", "true", true)]
    [InlineData("Staging", null, false)]
    [InlineData("Development", null, true)]
    [InlineData("Testing", null, true)]
    [InlineData("Development", "false", false)]
    public void Reflection_is_off_outside_development_unless_enabled(string environment, string? enabled, bool mapped)
    {
        var builder = WebApplication.CreateBuilder([$"--environment={environment}", $"--Auth:SigningKey={StrongKey}",
            .. enabled is null ? Array.Empty<string>() : [$"--Grpc:EnableReflection={enabled}"]]);
        builder.AddServiceDefaults(new ServiceDescription("probe", 5999, 5998));
        using var app = builder.Build();
        app.MapServiceDefaults();

        var routes = ((IEndpointRouteBuilder)app).DataSources.SelectMany(d => d.Endpoints)
            .OfType<RouteEndpoint>().Select(e => e.RoutePattern.RawText ?? "");
        Assert.Equal(mapped, routes.Any(r => r.Contains("grpc.reflection", StringComparison.Ordinal)));
    }

    private sealed class Environment(string name) : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = name;
        public string ApplicationName { get; set; } = "test";
        public string ContentRootPath { get; set; } = "/";
        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
    }
}
