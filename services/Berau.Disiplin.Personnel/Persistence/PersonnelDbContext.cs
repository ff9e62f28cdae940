using System.Text.Json;
using System.Text.Json.Serialization;
using Berau.Disiplin.Hosting.Persistence;
using Berau.Disiplin.Personnel.Accounts;
using Berau.Disiplin.Personnel.Employees;
using Berau.Disiplin.Personnel.Transfers;
using Berau.Disiplin.Personnel.Units;
using Berau.Disiplin.Personnel.WorkingTime;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Design;

namespace Berau.Disiplin.Personnel.Persistence;

public sealed class PersonnelDbContext(DbContextOptions<PersonnelDbContext> options) : ServiceDbContext(options)
{
    public DbSet<Unit> Units => Set<Unit>();
    public DbSet<Employee> Employees => Set<Employee>();
    public DbSet<WorkSchedule> WorkSchedules => Set<WorkSchedule>();
    public DbSet<Holiday> Holidays => Set<Holiday>();
    public DbSet<HolidayYear> HolidayYears => Set<HolidayYear>();
    public DbSet<Leave> Leaves => Set<Leave>();
    public DbSet<OfficialAccount> OfficialAccounts => Set<OfficialAccount>();
    public DbSet<Transfer> Transfers => Set<Transfer>();

    private static readonly JsonSerializerOptions DaysJson = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    protected override void OnServiceModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Unit>(e =>
        {
            e.ToTable("units");
            e.HasKey(x => x.Code);
            e.Property(x => x.Code).HasMaxLength(Unit.MaxCodeLength);
            e.Property(x => x.Name).HasMaxLength(Unit.MaxNameLength);
            e.Property(x => x.ParentCode).HasMaxLength(Unit.MaxCodeLength);
            e.HasOne<Unit>().WithMany().HasForeignKey(x => x.ParentCode).OnDelete(DeleteBehavior.Restrict);
            e.HasIndex(x => x.ParentCode);
            e.Property(x => x.HeadNip).HasMaxLength(Nip.MaxLength);
            e.Property(x => x.HeadDesignationDecree).HasMaxLength(Unit.MaxDecreeLength);
            e.HasOne<Employee>().WithMany().HasForeignKey(x => x.HeadNip).OnDelete(DeleteBehavior.Restrict);
            // The posts an employee holds, found when they are transferred or leave.
            e.HasIndex(x => x.HeadNip).HasFilter("head_nip IS NOT NULL");
            e.Property(x => x.Version).IsRowVersion();
        });

        modelBuilder.Entity<Employee>(e =>
        {
            e.ToTable("employees");
            e.HasKey(x => x.Nip);
            e.Property(x => x.Nip).HasMaxLength(Nip.MaxLength);
            e.Property(x => x.Name).HasMaxLength(Employee.MaxNameLength);
            e.Property(x => x.SearchName).HasMaxLength(Employee.MaxNameLength);
            e.Property(x => x.EmploymentType).HasConversion<string>().HasMaxLength(20);
            e.Property(x => x.UnitCode).HasMaxLength(Unit.MaxCodeLength);
            e.Property(x => x.Position).HasMaxLength(Employee.MaxPositionLength);
            e.Property(x => x.PositionLevel).HasConversion<string>().HasMaxLength(20);
            e.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
            // Optimistic concurrency on PostgreSQL's row version: two transfers of one employee at once give one move.
            e.Property(x => x.Version).IsRowVersion();
            e.HasOne<Unit>().WithMany().HasForeignKey(x => x.UnitCode).OnDelete(DeleteBehavior.Restrict);
            // Search pages in (search_name, nip) order, with or without a unit: both orders come from an index.
            e.HasIndex(x => new { x.SearchName, x.Nip });
            e.HasIndex(x => new { x.UnitCode, x.SearchName, x.Nip });
        });

        modelBuilder.Entity<WorkSchedule>(e =>
        {
            e.ToTable("work_schedules");
            e.HasKey(x => x.Scope);
            e.Property(x => x.Scope).HasMaxLength(Unit.MaxCodeLength);
            // A week is a small value read whole: one jsonb column.
            e.Property(x => x.Days).HasColumnType("jsonb").HasConversion(
                days => JsonSerializer.Serialize(days, DaysJson),
                json => JsonSerializer.Deserialize<List<WorkDay>>(json, DaysJson) ?? new List<WorkDay>(),
                new ValueComparer<IReadOnlyList<WorkDay>>(
                    (a, b) => a!.SequenceEqual(b!),
                    days => days.Aggregate(0, (hash, d) => HashCode.Combine(hash, d)),
                    days => days.ToList()));
            e.Ignore(x => x.UnitCode);
            e.Ignore(x => x.IsRegencyDefault);
            e.Ignore(x => x.WeeklyHours);
        });

        modelBuilder.Entity<Holiday>(e =>
        {
            e.ToTable("holidays");
            e.HasKey(x => x.Date);
            e.Property(x => x.Name).HasMaxLength(Holiday.MaxNameLength);
        });

        modelBuilder.Entity<HolidayYear>(e =>
        {
            e.ToTable("holiday_years");
            e.HasKey(x => x.Year);
            e.Property(x => x.Year).ValueGeneratedNever();
        });

        modelBuilder.Entity<Leave>(e =>
        {
            e.ToTable("leaves");
            e.HasKey(x => x.Id);
            e.Property(x => x.Id).ValueGeneratedNever();
            e.Property(x => x.Nip).HasMaxLength(Nip.MaxLength);
            e.Property(x => x.Kind).HasMaxLength(Leave.MaxKindLength);
            e.HasOne<Employee>().WithMany().HasForeignKey(x => x.Nip).OnDelete(DeleteBehavior.Restrict);
            e.HasIndex(x => new { x.Nip, x.FirstDay });
        });

        modelBuilder.Entity<OfficialAccount>(e =>
        {
            e.ToTable("official_accounts");
            e.HasKey(x => x.Id);
            e.Property(x => x.Id).ValueGeneratedNever();
            e.Property(x => x.UnitCode).HasMaxLength(Unit.MaxCodeLength);
            e.Property(x => x.Platform).HasMaxLength(20);
            e.Property(x => x.Handle).HasMaxLength(SocialHandle.MaxHandleLength);
            e.HasOne<Unit>().WithMany().HasForeignKey(x => x.UnitCode).OnDelete(DeleteBehavior.Restrict);
            e.HasIndex(x => new { x.Platform, x.Handle });
        });

        modelBuilder.Entity<Transfer>(e =>
        {
            e.ToTable("transfers");
            e.HasKey(x => x.Id);
            e.Property(x => x.Id).ValueGeneratedNever();
            e.Property(x => x.Nip).HasMaxLength(Nip.MaxLength);
            e.Property(x => x.FromUnitCode).HasMaxLength(Unit.MaxCodeLength);
            e.Property(x => x.ToUnitCode).HasMaxLength(Unit.MaxCodeLength);
            e.Property(x => x.FromPosition).HasMaxLength(Employee.MaxPositionLength);
            e.Property(x => x.ToPosition).HasMaxLength(Employee.MaxPositionLength);
            e.Property(x => x.DecreeNumber).HasMaxLength(Transfer.MaxDecreeNumberLength);
            e.Property(x => x.Reason).HasMaxLength(Transfer.MaxReasonLength);
            e.HasOne<Employee>().WithMany().HasForeignKey(x => x.Nip).OnDelete(DeleteBehavior.Restrict);
            e.HasIndex(x => new { x.Nip, x.RecordedAt });
            e.HasIndex(x => x.CaseId).HasFilter("case_id IS NOT NULL");
        });
    }
}

/// <summary>For <c>dotnet ef migrations add</c>: the model only, no server needed.</summary>
internal sealed class PersonnelDbContextFactory() : DesignTimeDbContextFactory<PersonnelDbContext>("disiplin_personnel");
