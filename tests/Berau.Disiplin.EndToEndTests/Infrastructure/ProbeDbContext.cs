using Berau.Disiplin.Contracts.Events;
using Berau.Disiplin.Hosting.Messaging;
using Berau.Disiplin.Hosting.Persistence;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Berau.Disiplin.EndToEndTests.Infrastructure;

public sealed class ProbeDbContext(DbContextOptions<ProbeDbContext> options) : ServiceDbContext(options)
{
    public DbSet<ProbeEffect> Effects => Set<ProbeEffect>();

    protected override void OnServiceModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.Entity<ProbeEffect>(e => e.ToTable("probe_effects"));
}
