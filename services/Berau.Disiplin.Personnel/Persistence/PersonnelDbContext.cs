using Berau.Disiplin.Hosting.Persistence;
using Berau.Disiplin.Personnel.Units;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Berau.Disiplin.Personnel.Persistence;

public sealed class PersonnelDbContext(DbContextOptions<PersonnelDbContext> options) : ServiceDbContext(options)
{
    public DbSet<Unit> Units => Set<Unit>();

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
        });
    }
}

/// <summary>For <c>dotnet ef migrations add</c>: the model only, no server needed.</summary>
internal sealed class PersonnelDbContextFactory : IDesignTimeDbContextFactory<PersonnelDbContext>
{
    public PersonnelDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PersonnelDbContext>()
            .UseNpgsql("Host=127.0.0.1;Database=disiplin_personnel", o => o.MigrationsHistoryTable("__ef_migrations_history"))
            .UseSnakeCaseNamingConvention().Options);
}
