using Berau.Disiplin.Discipline.Cases;
using Berau.Disiplin.Discipline.Letters;
using Berau.Disiplin.Discipline.Policies;
using Berau.Disiplin.Hosting.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Berau.Disiplin.Discipline.Persistence;

public sealed class DisciplineDbContext(DbContextOptions<DisciplineDbContext> options) : ServiceDbContext(options)
{
    public DbSet<Case> Cases => Set<Case>();
    public DbSet<CaseTimelineEntry> Timeline => Set<CaseTimelineEntry>();
    public DbSet<PublishedPolicy> PublishedPolicies => Set<PublishedPolicy>();
    public DbSet<LetterSequence> LetterSequences => Set<LetterSequence>();

    protected override void OnServiceModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Case>(e =>
        {
            e.ToTable("cases");
            e.HasKey(x => x.Id);
            e.Property(x => x.Id).ValueGeneratedNever();
            e.Property(x => x.SubjectNip).HasMaxLength(30);
            e.Property(x => x.SubjectName).HasMaxLength(200);
            e.Property(x => x.UnitCode).HasMaxLength(50);
            e.Property(x => x.Category).HasMaxLength(50);
            e.Property(x => x.Impact).HasMaxLength(20);
            e.Property(x => x.EmploymentType).HasMaxLength(20);
            e.Property(x => x.PositionLevel).HasMaxLength(30);
            e.Property(x => x.VerifiedBy).HasMaxLength(200);
            e.Property(x => x.PendingWarningBy).HasMaxLength(200);
            e.HasIndex(x => x.OpenedAt).HasFilter("pending_warning_by IS NOT NULL").HasDatabaseName("ix_cases_pending_warning");
            e.Property(x => x.BapNumber).HasMaxLength(100);
            e.Property(x => x.Status).HasConversion<string>().HasMaxLength(30);
            e.Property(x => x.TraceId).HasMaxLength(32);
            e.Property(x => x.PolicyVersion).HasMaxLength(100);
            e.Property(x => x.ProposedLevel).HasConversion<string>().HasMaxLength(10);
            e.Property(x => x.SanctionLevel).HasConversion<string>().HasMaxLength(10);
            e.Property(x => x.SanctionStatus).HasConversion<string>().HasMaxLength(20);
            e.Property(x => x.TransferStatus).HasConversion<string>().HasMaxLength(30);
            e.Property(x => x.ObjectionOutcome).HasConversion<string>().HasMaxLength(20);
            e.Property(x => x.Version).IsRowVersion();
            e.HasMany(x => x.Timeline).WithOne().HasForeignKey(x => x.CaseId).OnDelete(DeleteBehavior.Cascade);
            e.Navigation(x => x.Timeline).UsePropertyAccessMode(PropertyAccessMode.Field);
            // One case per confirmed report, whatever the redeliveries.
            e.HasIndex(x => x.ReportId).IsUnique();
            e.HasIndex(x => new { x.SubjectNip, x.Category });
            e.HasIndex(x => new { x.Status, x.OpenedAt });
        });
        modelBuilder.Entity<CaseTimelineEntry>(e =>
        {
            e.ToTable("case_timeline");
            e.HasKey(x => x.Id);
            // Ids are set by the domain: an entry added to a loaded case is new, not an update.
            e.Property(x => x.Id).ValueGeneratedNever();
            e.Property(x => x.Actor).HasMaxLength(200);
            e.Property(x => x.Action).HasMaxLength(50);
            e.Property(x => x.Detail).HasMaxLength(2000);
            e.Property(x => x.TraceId).HasMaxLength(32);
            e.HasIndex(x => new { x.CaseId, x.Sequence }).IsUnique();
        });
        modelBuilder.Entity<PublishedPolicy>(e =>
        {
            e.ToTable("policy_versions");
            e.HasKey(x => x.Version);
            e.Property(x => x.Version).HasMaxLength(100);
            e.Property(x => x.PublishedBy).HasMaxLength(200);
            e.HasIndex(x => x.EffectiveFrom).IsUnique();
        });
        modelBuilder.Entity<LetterSequence>(e =>
        {
            e.ToTable("letter_sequences");
            e.HasKey(x => x.Year);
            e.Property(x => x.Year).ValueGeneratedNever();
        });
    }
}

/// <summary>For <c>dotnet ef migrations add</c>: the model only, no server needed.</summary>
internal sealed class DisciplineDbContextFactory() : DesignTimeDbContextFactory<DisciplineDbContext>("disiplin_discipline");
