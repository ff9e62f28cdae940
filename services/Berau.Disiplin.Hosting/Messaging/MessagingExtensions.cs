using Berau.Disiplin.Hosting.Clients;
using Berau.Disiplin.Hosting.Persistence;
using MassTransit;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Berau.Disiplin.Hosting.Messaging;

public static class MessagingExtensions
{
    /// <summary>
    /// MassTransit on RabbitMQ with the suite's one way to publish and consume: events go out through the EF Core
    /// outbox of <typeparamref name="TDbContext"/>, every consumer runs behind the inbox. A transient fault (the
    /// service's database or Personnel unreachable) is retried without a limit, so an outage strands nothing; any other
    /// failure is retried <c>RabbitMq:RetryLimit</c> times and then lands in the consumer's <c>_error</c> queue, counted
    /// by <c>disiplin.messaging.dead_lettered</c>.
    /// </summary>
    public static IHostApplicationBuilder AddMessaging<TDbContext>(this IHostApplicationBuilder builder, string serviceName,
        Action<IBusRegistrationConfigurator>? addConsumers = null)
        where TDbContext : ServiceDbContext
    {
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

        services.AddHealthChecks()
            .AddCheck<RelayBrokerHealthCheck>("rabbitmq-relay", tags: ["ready"])
            .AddCheck<OutboxBacklogHealthCheck<TDbContext>>("outbox-backlog", tags: ["ready"]);

        services.AddOptions<MassTransitHostOptions>().Configure(o =>
        {
            // The service answers gRPC while RabbitMQ is down: never block start-up on the broker.
            o.WaitUntilStarted = false;
            o.StopTimeout = TimeSpan.FromSeconds(15);
        });

        services.AddMassTransit(x =>
        {
            x.DisableUsageTelemetry();
            // RabbitMQ down is Degraded, not Unhealthy: the service answers gRPC meanwhile and must stay in rotation.
            x.ConfigureHealthCheckOptions(o => o.MinimalFailureStatus = Microsoft.Extensions.Diagnostics.HealthChecks.HealthStatus.Degraded);
            x.SetEndpointNameFormatter(new KebabCaseEndpointNameFormatter($"disiplin-{serviceName}", false));
            addConsumers?.Invoke(x);

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
                // Before every message type's own pipe, so outside both retries: it sees only what they gave up on.
                cfg.AddPrePipeSpecification(new MassTransit.Configuration.FilterPipeSpecification<ConsumeContext>(
                    new DeadLetterAlarm(context.GetRequiredService<ILoggerFactory>()
                        .CreateLogger("Berau.Disiplin.Hosting.Messaging.DeadLetterAlarm"))));
                // A transient fault is retried for as long as it lasts: the consumer holds the message (unacknowledged)
                // and takes no other while its database is down, and carries on by itself when it is back. A kill switch
                // or circuit breaker would count faults only after the retries, i.e. after the message went to _error.
                cfg.UseMessageRetry(r =>
                {
                    r.Handle<Exception>(TransientFaults.IsTransient);
                    r.Exponential(int.MaxValue, mq.RetryMinInterval, mq.TransientRetryMaxInterval, TimeSpan.FromMilliseconds(200));
                });
                // Anything else is retried a few times, then the message goes to _error.
                cfg.UseMessageRetry(r =>
                {
                    r.Ignore<Exception>(TransientFaults.IsTransient);
                    r.Exponential(mq.RetryLimit, mq.RetryMinInterval, mq.RetryMaxInterval, TimeSpan.FromMilliseconds(200));
                });
                cfg.UseConsumeFilter(typeof(InboxFilter<>), context);
                cfg.ConfigureEndpoints(context);
            });
        });
        return builder;
    }
}
