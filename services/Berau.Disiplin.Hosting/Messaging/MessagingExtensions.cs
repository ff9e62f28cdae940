using Berau.Disiplin.Hosting.Persistence;
using Berau.Disiplin.Hosting.Security;
using MassTransit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Berau.Disiplin.Hosting.Messaging;

public static class MessagingExtensions
{
    /// <summary>
    /// MassTransit on RabbitMQ with the suite's one way to publish and consume: events go out through the EF Core
    /// outbox of <typeparamref name="TDbContext"/>, every consumer runs behind the inbox, failures are retried with
    /// back-off and then land in the consumer's <c>_error</c> queue.
    /// </summary>
    public static IHostApplicationBuilder AddMessaging<TDbContext>(this IHostApplicationBuilder builder, string serviceName,
        Action<IBusRegistrationConfigurator>? addConsumers = null)
        where TDbContext : ServiceDbContext
    {
        RefuseDevelopmentBrokerAccount(builder, serviceName);
        var services = builder.Services;
        services.AddOptions<RabbitMqOptions>().BindConfiguration(RabbitMqOptions.Section)
            .ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<OutboxOptions>().BindConfiguration(OutboxOptions.Section)
            .ValidateDataAnnotations().ValidateOnStart();

        services.AddSingleton<OutboxSignal>();
        services.AddSingleton<OutboxCommitInterceptor>();
        services.AddScoped<IEventOutbox, EventOutbox>();
        services.AddSingleton<OutboxRelay<TDbContext>>();
        services.AddHostedService(sp => sp.GetRequiredService<OutboxRelay<TDbContext>>());
        services.AddSingleton<OutboxCleanup<TDbContext>>();
        services.AddHostedService(sp => sp.GetRequiredService<OutboxCleanup<TDbContext>>());

        services.AddOptions<MassTransitHostOptions>().Configure(o =>
        {
            // The service answers gRPC while RabbitMQ is down: never block start-up on the broker.
            o.WaitUntilStarted = false;
            o.StopTimeout = TimeSpan.FromSeconds(15);
        });

        services.AddMassTransit(x =>
        {
            x.DisableUsageTelemetry();
            x.SetEndpointNameFormatter(new KebabCaseEndpointNameFormatter($"disiplin-{serviceName}", false));
            addConsumers?.Invoke(x);
            // A failed message goes to its _error queue; no Fault<T> event (which repeats the host block) is published
            // to exchanges the service's broker user may not write (docs/security.md, RabbitMQ users).
            x.AddConfigureEndpointsCallback((_, configurator) => configurator.PublishFaults = false);

            x.UsingRabbitMq((context, cfg) =>
            {
                var mq = context.GetRequiredService<IOptions<RabbitMqOptions>>().Value;
                cfg.Host(mq.Host, (ushort)mq.Port, mq.VirtualHost, h =>
                {
                    h.Username(mq.Username);
                    h.Password(mq.Password);
                    h.PublisherConfirmation = true;
                    h.Heartbeat(TimeSpan.FromSeconds(10));
                    h.RequestedConnectionTimeout(TimeSpan.FromSeconds(5));
                });
                cfg.ConcurrentMessageLimit = mq.ConcurrentMessageLimit;
                // Subscribers learn the publishing service's name, not its machine, process id or OS.
                cfg.AddSerializer(new ReducedHostSerializerFactory($"berau-disiplin-{serviceName}"));
                cfg.UseMessageRetry(r => r.Exponential(mq.RetryLimit, mq.RetryMinInterval, mq.RetryMaxInterval,
                    TimeSpan.FromMilliseconds(200)));
                cfg.UseConsumeFilter(typeof(InboxFilter<>), context);
                cfg.ConfigureEndpoints(context);
            });
        });
        return builder;
    }

    /// <summary>The broker passwords published in this repository (deploy/infra.env and the built-in defaults).</summary>
    public static IReadOnlyCollection<string> DevelopmentPasswords(string serviceName) =>
        [RabbitMqOptions.DevelopmentPassword, $"disiplin-{serviceName}", "guest"];

    /// <summary>Outside Development and Testing, refuses RabbitMQ's guest account and the published passwords.</summary>
    private static void RefuseDevelopmentBrokerAccount(IHostApplicationBuilder builder, string serviceName)
    {
        if (!InsecureConfiguration.IsGuarded(builder.Environment)) return;
        var section = builder.Configuration.GetSection(RabbitMqOptions.Section);
        var username = section["Username"] ?? new RabbitMqOptions().Username;
        var password = section["Password"] ?? new RabbitMqOptions().Password;
        if (string.Equals(username, "guest", StringComparison.OrdinalIgnoreCase))
            throw InsecureConfiguration.Refuse($"{RabbitMqOptions.Section}:Username",
                "is RabbitMQ's default guest account: give the service a broker user of its own (deploy/infra.sh creates one per service).");
        if (DevelopmentPasswords(serviceName).Contains(password))
            throw InsecureConfiguration.Refuse($"{RabbitMqOptions.Section}:Password",
                "is a built-in development password (or is not set, so the default applies): give the service's broker " +
                "user a password of its own.");
    }
}
