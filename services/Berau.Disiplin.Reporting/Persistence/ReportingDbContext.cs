using Berau.Disiplin.Hosting.Persistence;
using Berau.Disiplin.Reporting.Reports;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Berau.Disiplin.Reporting.Persistence;

public sealed class ReportingDbContext(DbContextOptions<ReportingDbContext> options) : ServiceDbContext(options)
{
    public DbSet<Report> Reports => Set<Report>();
    public DbSet<EvidenceItem> Evidence => Set<EvidenceItem>();
    public DbSet<SubmitRequest> SubmitRequests => Set<SubmitRequest>();

    protected override void OnServiceModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Report>(e =>
        {
            e.ToTable("reports");
            e.HasKey(x => x.Id);
            e.Property(x => x.Id).ValueGeneratedNever();
            e.Property(x => x.TrackingCode).HasMaxLength(20);
            e.HasIndex(x => x.TrackingCode).IsUnique();
            e.Property(x => x.SubjectNip).HasMaxLength(Report.MaxNipLength);
            e.Property(x => x.SubjectName).HasMaxLength(Report.MaxNameLength);
            e.Property(x => x.SubjectUnitCode).HasMaxLength(50);
            e.Property(x => x.Category).HasConversion<string>().HasMaxLength(40);
            e.Property(x => x.Status).HasConversion<string>().HasMaxLength(30);
            e.Property(x => x.TriageOutcome).HasConversion<string>().HasMaxLength(30);
            e.Property(x => x.Impact).HasConversion<string>().HasMaxLength(20);
            e.Property(x => x.AggravatingFacts).HasConversion(
                v => v.Select(f => f.ToString()).ToArray(),
                v => v.Select(Enum.Parse<AggravatingFact>).ToList(),
                new Microsoft.EntityFrameworkCore.ChangeTracking.ValueComparer<List<AggravatingFact>>(
                    (a, b) => a!.SequenceEqual(b!), v => v.Aggregate(0, (h, f) => HashCode.Combine(h, f)), v => v.ToList()));
            e.Property(x => x.Location).HasMaxLength(500);
            e.Property(x => x.Platform).HasMaxLength(30);
            e.Property(x => x.Account).HasMaxLength(300);
            e.Property(x => x.AccountNormalized).HasMaxLength(200);
            e.Property(x => x.Description).HasMaxLength(Report.MaxTextLength);
            e.Property(x => x.Findings).HasMaxLength(Report.MaxTextLength);
            e.Property(x => x.DismissalReason).HasMaxLength(Report.MaxTextLength);
            e.Property(x => x.TriageExplanation).HasMaxLength(1000);
            e.Property(x => x.BapNumber).HasMaxLength(100);
            e.Property(x => x.AssignedVerifier).HasMaxLength(200);
            e.Property(x => x.DecidedBy).HasMaxLength(200);
            // Optimistic concurrency on PostgreSQL's row version: two verifiers deciding at once give one decision.
            e.Property(x => x.Version).IsRowVersion();
            e.HasMany(x => x.Evidence).WithOne().HasForeignKey(x => x.ReportId).OnDelete(DeleteBehavior.Cascade);
            e.Navigation(x => x.Evidence).UsePropertyAccessMode(PropertyAccessMode.Field);
            e.HasIndex(x => new { x.SubmittedAt, x.Id });
            e.HasIndex(x => new { x.Status, x.SubmittedAt });
            e.HasIndex(x => new { x.SubjectNip, x.Category, x.IncidentAt });
            e.HasIndex(x => x.TriageNextAttemptAt).HasFilter("triage_outcome = 'Pending'");
        });
        modelBuilder.Entity<SubmitRequest>(e =>
        {
            e.ToTable("submit_requests");
            // One report per caller and request id: two submissions with the same id at once store one.
            e.HasKey(x => new { x.Caller, x.RequestId });
            e.Property(x => x.Caller).HasMaxLength(SubmitRequest.MaxCallerLength);
            e.Property(x => x.RequestId).HasMaxLength(SubmitRequest.MaxRequestIdLength);
            e.HasIndex(x => x.ReceivedAt);
        });
        modelBuilder.Entity<EvidenceItem>(e =>
        {
            e.ToTable("report_evidence");
            e.HasKey(x => x.Id);
            e.Property(x => x.Id).ValueGeneratedNever();
            e.Property(x => x.Kind).HasConversion<string>().HasMaxLength(20);
            e.Property(x => x.Value).HasMaxLength(2000);
            e.Property(x => x.ContentType).HasMaxLength(100);
        });
    }
}

/// <summary>For <c>dotnet ef migrations add</c>: the model only, no server needed.</summary>
internal sealed class ReportingDbContextFactory() : DesignTimeDbContextFactory<ReportingDbContext>("disiplin_reporting");
