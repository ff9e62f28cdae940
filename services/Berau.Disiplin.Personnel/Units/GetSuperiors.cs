using System.Security.Claims;
using Berau.Disiplin.Hosting.Auth;
using Berau.Disiplin.Personnel.Employees;
using Berau.Disiplin.Personnel.Persistence;
using Berau.Disiplin.Primitives;
using Microsoft.EntityFrameworkCore;
using Proto = Berau.Disiplin.Contracts.Personnel.V1;

namespace Berau.Disiplin.Personnel.Units;

/// <summary>An employee's superiors, atasan langsung first, up to the PPK (<see cref="OrganisationChain"/>).</summary>
public sealed record GetSuperiors(string Nip);

public sealed record SuperiorsOf(Employee Employee, IReadOnlyList<Superior> Superiors)
{
    public bool ReachesPpk => OrganisationChain.ReachesPpk(Superiors);
}

/// <summary>
/// A hot path for Discipline (every decision checks its official against it): two queries, the employee and then the
/// line of units above them with their heads, in one recursive query.
/// </summary>
public sealed class GetSuperiorsHandler(PersonnelDbContext db)
{
    public async Task<SuperiorsOf> HandleAsync(GetSuperiors query, CancellationToken cancellationToken)
    {
        var employee = await db.Employees.AsNoTracking().SingleOrDefaultAsync(e => e.Nip == query.Nip, cancellationToken)
                       ?? throw new NotFoundException("Employee", query.Nip);
        var lineage = await LineageAsync(employee.UnitCode, cancellationToken);
        return new SuperiorsOf(employee, OrganisationChain.Walk(employee.Nip, employee.UnitCode, lineage));
    }

    /// <summary>The unit and its ancestors, each with its head (read as it stands in the table).</summary>
    private async Task<Dictionary<string, ChainUnit>> LineageAsync(string unitCode, CancellationToken cancellationToken)
    {
        // Columns named as the snake_case naming convention names the row's properties.
        var rows = await db.Database.SqlQuery<LineageRow>($"""
            WITH RECURSIVE lineage AS (
                SELECT u.code, u.name, u.parent_code, u.head_nip, u.head_designated, 0 AS depth
                FROM units u WHERE u.code = {unitCode}
                UNION ALL
                SELECT p.code, p.name, p.parent_code, p.head_nip, p.head_designated, l.depth + 1
                FROM units p JOIN lineage l ON p.code = l.parent_code
                WHERE l.depth < {OrganisationChain.MaxDepth}
            )
            SELECT l.code, l.name, l.parent_code, l.head_nip, l.head_designated, e.name AS head_name,
                   e.position AS head_position, e.position_level AS head_level, e.status AS head_status
            FROM lineage l LEFT JOIN employees e ON e.nip = l.head_nip
            """).ToListAsync(cancellationToken);
        var units = new Dictionary<string, ChainUnit>(StringComparer.Ordinal);
        foreach (var r in rows)
        {
            var head = r.HeadNip is { } nip && r.HeadName is not null
                ? new ChainHead(nip, r.HeadName, r.HeadPosition ?? "",
                    Enum.TryParse<PositionLevel>(r.HeadLevel, out var level) ? level : null, r.HeadDesignated,
                    r.HeadStatus == nameof(EmployeeStatus.Active))
                : null;
            units.TryAdd(r.Code, new ChainUnit(r.Code, r.Name, r.ParentCode, head));
        }
        return units;
    }

    private sealed record LineageRow(string Code, string Name, string? ParentCode, string? HeadNip, bool HeadDesignated,
        string? HeadName, string? HeadPosition, string? HeadLevel, string? HeadStatus);
}

public static class GetSuperiorsMapping
{
    /// <summary>
    /// The query, once the caller may ask it: hr, verifier, official, auditor and service about anyone; an employee about
    /// their own NIP only (the token's <c>nip</c> claim), refused before it is known whether the other NIP exists.
    /// </summary>
    public static GetSuperiors ToQuery(Proto.GetSuperiorsRequest request, ClaimsPrincipal caller)
    {
        var v = new Validator();
        var nip = Nip.Parse(v, "nip", request.Nip);
        v.ThrowIfInvalid();
        if (!AnyoneReaders.Any(caller.IsInRole) && Nip.Normalise(caller.FindFirst("nip")?.Value) != nip)
            throw new NotEntitledException("An employee may ask only about their own superiors (the token's nip claim).");
        return new GetSuperiors(nip);
    }

    private static readonly string[] AnyoneReaders = [Roles.Hr, Roles.Verifier, Roles.Official, Roles.Auditor, Roles.Service];
}
