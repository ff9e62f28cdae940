using Berau.Disiplin.Contracts.Events;
using Berau.Disiplin.Hosting.Messaging;
using Berau.Disiplin.Hosting.Persistence;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Berau.Disiplin.EndToEndTests.Infrastructure;

public sealed class ProbeEffect
{
    public Guid Id { get; set; }
    public Guid EventId { get; set; }
    public int Number { get; set; }
}
