using Berau.Disiplin.Discipline.Cases;
using Berau.Disiplin.Discipline.Documents;
using Berau.Disiplin.Discipline.Letters;
using Berau.Disiplin.Discipline.Policy;
using Berau.Disiplin.Hosting.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Berau.Disiplin.Discipline.Persistence;

public sealed class DisciplineDbContext(DbContextOptions<DisciplineDbContext> options) : ServiceDbContext(options)
{
    public DbSet<Case> Cases => Set<Case>();
    public DbSet<CaseTimelineEntry> Timeline => Set<CaseTimelineEntry>();
    public DbSet<PublishedPolicy> PublishedPolicies => Set<PublishedPolicy>();
    public DbSet<LetterSequence> LetterSequences => Set<LetterSequence>();
    public DbSet<CaseClock> CaseClocks => Set<CaseClock>();
    public DbSet<CaseDocument> Documents => Set<CaseDocument>();

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
            e.Property(x => x.Category).HasConversion<string>().HasMaxLength(50);
            e.Property(x => x.VerifiedBy).HasMaxLength(200);
            e.Property(x => x.BapNumber).HasMaxLength(100);
            e.Property(x => x.Status).HasConversion<string>().HasMaxLength(30);
            e.Property(x => x.TraceId).HasMaxLength(32);
            e.Property(x => x.PolicyVersion).HasMaxLength(100);
            // The hearing (summons, examination, team, release from duty) and the reports joined to the case: read and
            // written with the case, so kept as JSON documents beside its columns.
            e.ComplexProperty(x => x.Hearing, h => h.ToJson("hearing"));
            e.ComplexCollection(x => x.JoinedReports, r => r.ToJson("joined_reports"));
            // The value objects keep the columns the flat case had: existing rows read as they are.
            e.ComplexProperty(x => x.Facts, f =>
            {
                f.Property(x => x.IncidentAt).HasColumnName("incident_at");
                f.PrimitiveCollection(x => x.AggravatingFacts).HasColumnName("aggravating_facts")
                    .ElementType(t => t.HasConversion<string>());
                f.Property(x => x.Impact).HasColumnName("impact").HasConversion<string>().HasMaxLength(20);
                f.Property(x => x.EmploymentType).HasColumnName("employment_type").HasConversion<string>().HasMaxLength(20);
                f.Property(x => x.PositionLevel).HasColumnName("position_level").HasConversion<string>().HasMaxLength(30);
                f.Property(x => x.FrontLine).HasColumnName("front_line");
                f.Property(x => x.AbsenceDaysThisYear).HasColumnName("absence_days_this_year");
                f.Property(x => x.ConsecutiveAbsenceDays).HasColumnName("consecutive_absence_days");
            });
            e.ComplexProperty(x => x.Proposal, p =>
            {
                p.Property(x => x.Code).HasColumnName("proposed_code");
                p.Property(x => x.Name).HasColumnName("proposed_name");
                p.Property(x => x.Level).HasColumnName("proposed_level").HasConversion<string>().HasMaxLength(10);
                p.Property(x => x.RuleId).HasColumnName("rule_id");
                p.Property(x => x.Article).HasColumnName("article");
                p.Property(x => x.Explanation).HasColumnName("explanation");
                p.Property(x => x.RequiresOfficialDecision).HasColumnName("requires_official_decision");
                p.Property(x => x.TransferRecommended).HasColumnName("transfer_recommended");
                p.Property(x => x.TransferReason).HasColumnName("transfer_recommendation_reason");
            });
            e.ComplexProperty(x => x.Sanction, s =>
            {
                s.Property(x => x.Code).HasColumnName("sanction_code");
                s.Property(x => x.Name).HasColumnName("sanction_name");
                s.Property(x => x.Level).HasColumnName("sanction_level").HasConversion<string>().HasMaxLength(10);
                s.Property(x => x.Status).HasColumnName("sanction_status").HasConversion<string>().HasMaxLength(20);
                s.Property(x => x.LetterNumber).HasColumnName("letter_number");
                s.Property(x => x.DecidedBy).HasColumnName("decided_by");
                s.Property(x => x.DecidedByLevel).HasColumnName("decided_by_level").HasConversion<string>();
                s.ComplexProperty(x => x.DecidedByOfficial, o =>
                {
                    o.Property(x => x.Nip).HasColumnName("decided_by_nip").HasMaxLength(30);
                    o.Property(x => x.Name).HasColumnName("decided_by_name").HasMaxLength(200);
                    o.Property(x => x.Position).HasColumnName("decided_by_position").HasMaxLength(200);
                    o.Property(x => x.Level).HasColumnName("decided_by_official_level").HasConversion<string>().HasMaxLength(30);
                    o.Property(x => x.UnitCode).HasColumnName("decided_by_unit_code").HasMaxLength(50);
                });
                s.Property(x => x.BasisBapNumber).HasColumnName("basis_bap_number").HasMaxLength(100);
                s.Property(x => x.DeliveryMethod).HasColumnName("delivery_method").HasConversion<string>().HasMaxLength(20);
                s.Property(x => x.ReceivedOn).HasColumnName("received_on");
                s.Property(x => x.DecidedAt).HasColumnName("decided_at");
                s.Property(x => x.DeliveryDeadline).HasColumnName("delivery_deadline");
                s.Property(x => x.EffectiveDate).HasColumnName("effective_date");
                s.Property(x => x.ObjectionDeadline).HasColumnName("objection_deadline");
                s.Property(x => x.DatesProvisional).HasColumnName("dates_provisional");
                s.PrimitiveCollection(x => x.DatesUnconfiguredYears).HasColumnName("dates_unconfigured_years");
                s.Property(x => x.RuleId).HasColumnName("sanction_rule_id");
                s.Property(x => x.Explanation).HasColumnName("sanction_explanation");
                s.Property(x => x.FinalAt).HasColumnName("sanction_final_at");
            });
            e.ComplexProperty(x => x.Transfer, t =>
            {
                t.Property(x => x.Status).HasColumnName("transfer_status").HasConversion<string>().HasMaxLength(30);
                t.Property(x => x.ToUnitCode).HasColumnName("transfer_to_unit_code");
                t.Property(x => x.ToPosition).HasColumnName("transfer_to_position");
                t.Property(x => x.DecreeNumber).HasColumnName("transfer_decree_number");
                t.Property(x => x.EffectiveDate).HasColumnName("transfer_effective_date");
                t.Property(x => x.Ground).HasColumnName("transfer_ground").HasConversion<string>().HasMaxLength(30);
                t.Property(x => x.Reason).HasColumnName("transfer_reason");
                t.Property(x => x.OrderedBy).HasColumnName("transfer_ordered_by");
                t.Property(x => x.RejectionReason).HasColumnName("transfer_rejection_reason");
            });
            e.ComplexProperty(x => x.Objection, o =>
            {
                o.Property(x => x.Id).HasColumnName("objection_id");
                o.Property(x => x.Reason).HasColumnName("objection_reason");
                o.Property(x => x.FiledAt).HasColumnName("objection_filed_at");
                o.Property(x => x.Outcome).HasColumnName("objection_outcome").HasConversion<string>().HasMaxLength(20);
                o.Property(x => x.DecisionReason).HasColumnName("objection_decision_reason");
                o.Property(x => x.DecidedBy).HasColumnName("objection_decided_by");
                o.Property(x => x.DecidedAt).HasColumnName("objection_decided_at");
            });
            e.Property(x => x.Version).IsRowVersion();
            e.HasMany(x => x.Timeline).WithOne().HasForeignKey(x => x.CaseId).OnDelete(DeleteBehavior.Cascade);
            e.Navigation(x => x.Timeline).UsePropertyAccessMode(PropertyAccessMode.Field);
            // One case per confirmed report, whatever the redeliveries.
            e.HasIndex(x => x.ReportId).IsUnique();
            e.HasIndex(x => new { x.SubjectNip, x.Category });
            e.HasIndex(x => new { x.Status, x.OpenedAt });
            // One case per employee before its decision: a further report joins it, even when two confirmations arrive
            // at the same moment (the second insert fails, is retried, and joins).
            e.HasIndex(x => x.SubjectNip).IsUnique()
                .HasFilter("status IN ('AwaitingSummons', 'Summoned', 'Open')").HasDatabaseName("ix_cases_one_undecided_per_subject");
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
        modelBuilder.Entity<CaseClock>(e =>
        {
            e.ToTable("case_clocks");
            e.HasKey(x => x.Id);
            e.Property(x => x.Id).HasColumnName("id").ValueGeneratedNever();
            e.Property(x => x.CaseId).HasColumnName("case_id");
            e.Property(x => x.Kind).HasColumnName("kind").HasConversion<string>().HasMaxLength(20);
            e.Property(x => x.DueOn).HasColumnName("due_on");
            e.Property(x => x.DurationMonths).HasColumnName("duration_months");
            e.Property(x => x.FiredAt).HasColumnName("fired_at");
            e.Property(x => x.Outcome).HasColumnName("outcome").HasMaxLength(50);
            e.HasIndex(x => new { x.CaseId, x.Kind }).IsUnique();
            e.HasIndex(x => x.DueOn).HasFilter("fired_at IS NULL");
        });
        modelBuilder.Entity<LetterSequence>(e =>
        {
            e.ToTable("letter_sequences");
            e.HasKey(x => new { x.Year, x.Kind });
            e.Property(x => x.Year).ValueGeneratedNever();
            e.Property(x => x.Kind).HasMaxLength(20);
        });
        modelBuilder.Entity<CaseDocument>(e =>
        {
            // Insert only: the service has no update path, and the database refuses one (migration Documents).
            e.ToTable("case_documents");
            e.HasKey(x => x.Id);
            e.Property(x => x.Id).ValueGeneratedNever();
            e.Property(x => x.Kind).HasMaxLength(40);
            e.Property(x => x.Number).HasMaxLength(100);
            e.Property(x => x.Sha256).HasMaxLength(64).IsFixedLength();
            e.HasOne<Case>().WithMany().HasForeignKey(x => x.CaseId).OnDelete(DeleteBehavior.Restrict);
            e.HasIndex(x => new { x.CaseId, x.CreatedAt });
        });
    }
}

/// <summary>For <c>dotnet ef migrations add</c>: the model only, no server needed.</summary>
internal sealed class DisciplineDbContextFactory() : DesignTimeDbContextFactory<DisciplineDbContext>("disiplin_discipline");
