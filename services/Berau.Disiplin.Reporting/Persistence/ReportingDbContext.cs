using Berau.Disiplin.Hosting.Persistence;
using Berau.Disiplin.Reporting.Reports;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Berau.Disiplin.Reporting.Persistence;

public sealed class ReportingDbContext(DbContextOptions<ReportingDbContext> options) : ServiceDbContext(options)
{
    public DbSet<Report> Reports => Set<Report>();

    protected override void OnServiceModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Report>(e =>
        {
            e.ToTable("reports");
            e.HasKey(x => x.Id);
            e.Property(x => x.Id).ValueGeneratedNever();
            e.Property(x => x.SubjectNip).HasMaxLength(Report.MaxNipLength);
            e.Property(x => x.Category).HasConversion<string>().HasMaxLength(50);
            e.Property(x => x.Status).HasConversion<string>().HasMaxLength(30);
            e.Property(x => x.Description).HasMaxLength(Report.MaxDescriptionLength);
            e.Property(x => x.Findings).HasMaxLength(Report.MaxDescriptionLength);
            e.Property(x => x.ConfirmedBy).HasMaxLength(200);
            // Optimistic concurrency on PostgreSQL's row version: two verifiers confirming at once give one confirmation.
            e.Property(x => x.Version).IsRowVersion();
            e.HasIndex(x => new { x.Status, x.SubmittedAt });
        });
    }
}

/// <summary>For <c>dotnet ef migrations add</c>: the model only, no server needed.</summary>
internal sealed class ReportingDbContextFactory : IDesignTimeDbContextFactory<ReportingDbContext>
{
    public ReportingDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<ReportingDbContext>()
            .UseNpgsql("Host=127.0.0.1;Database=disiplin_reporting", o => o.MigrationsHistoryTable("__ef_migrations_history"))
            .UseSnakeCaseNamingConvention().Options);
}
