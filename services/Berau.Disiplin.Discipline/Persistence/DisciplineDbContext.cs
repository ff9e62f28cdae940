using Berau.Disiplin.Discipline.Cases;
using Berau.Disiplin.Hosting.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Berau.Disiplin.Discipline.Persistence;

public sealed class DisciplineDbContext(DbContextOptions<DisciplineDbContext> options) : ServiceDbContext(options)
{
    public DbSet<Case> Cases => Set<Case>();

    protected override void OnServiceModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Case>(e =>
        {
            e.ToTable("cases");
            e.HasKey(x => x.Id);
            e.Property(x => x.Id).ValueGeneratedNever();
            e.Property(x => x.SubjectNip).HasMaxLength(30);
            e.Property(x => x.Category).HasMaxLength(50);
            e.Property(x => x.Status).HasConversion<string>().HasMaxLength(30);
            e.Property(x => x.TraceId).HasMaxLength(32);
            // One case per confirmed report, whatever the redeliveries.
            e.HasIndex(x => x.ReportId).IsUnique();
            e.HasIndex(x => x.SubjectNip);
        });
    }
}

/// <summary>For <c>dotnet ef migrations add</c>: the model only, no server needed.</summary>
internal sealed class DisciplineDbContextFactory : IDesignTimeDbContextFactory<DisciplineDbContext>
{
    public DisciplineDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<DisciplineDbContext>()
            .UseNpgsql("Host=127.0.0.1;Database=disiplin_discipline", o => o.MigrationsHistoryTable("__ef_migrations_history"))
            .UseSnakeCaseNamingConvention().Options);
}
