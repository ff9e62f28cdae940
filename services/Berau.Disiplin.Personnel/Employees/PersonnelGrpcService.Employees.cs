using System.Runtime.CompilerServices;
using Berau.Disiplin.Contracts.Personnel.V1;
using Berau.Disiplin.Hosting.Auth;
using Berau.Disiplin.Primitives;
using Berau.Disiplin.Personnel.Employees;
using Berau.Disiplin.Personnel.WorkingTime;
using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using DomainEmployee = Berau.Disiplin.Personnel.Employees.Employee;
using DomainStatus = Berau.Disiplin.Personnel.Employees.EmployeeStatus;
using DomainType = Berau.Disiplin.Personnel.Employees.EmploymentType;
using DomainLevel = Berau.Disiplin.Personnel.Employees.PositionLevel;
using DomainUnit = Berau.Disiplin.Personnel.Units.Unit;
using Employee = Berau.Disiplin.Contracts.Personnel.V1.Employee;
using EmployeeStatus = Berau.Disiplin.Contracts.Personnel.V1.EmployeeStatus;
using EmploymentType = Berau.Disiplin.Contracts.Personnel.V1.EmploymentType;
using PositionLevel = Berau.Disiplin.Contracts.Personnel.V1.PositionLevel;

namespace Berau.Disiplin.Personnel;

public sealed partial class PersonnelGrpcService
{
    private const string EmployeeReaders = $"{Roles.Hr},{Roles.Verifier},{Roles.Official},{Roles.Auditor},{Roles.Service}";

    [Authorize(Roles = Roles.Hr)]
    public override async Task<Employee> RegisterEmployee(RegisterEmployeeRequest request, ServerCallContext context)
    {
        var ct = context.CancellationToken;
        var v = new Validator();
        var data = new NewEmployee(Nip.Normalise(request.Nip), request.Name.Trim(), TypeOf(request.EmploymentType),
            DomainUnit.NormaliseCode(request.UnitCode), request.Position.Trim(), LevelOf(v, request.PositionLevel));
        var unitExists = await db.Units.AnyAsync(u => u.Code == data.UnitCode, ct);
        employeeRules.Validate(v, data, _ => unitExists, Wita.Today(time));
        v.ThrowIfInvalid();

        if (await db.Employees.AnyAsync(e => e.Nip == data.Nip, ct)) throw new AlreadyExistsException("Employee", data.Nip);
        var employee = DomainEmployee.Register(data, time.GetUtcNow());
        db.Employees.Add(employee);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException ex) when (EmployeeImport.IsUniqueViolation(ex))
        {
            throw new AlreadyExistsException("Employee", data.Nip);
        }
        return await EmployeeMessageAsync(employee, ct);
    }

    [Authorize(Roles = Roles.Hr)]
    public override async Task<Employee> UpdateEmployee(UpdateEmployeeRequest request, ServerCallContext context)
    {
        var ct = context.CancellationToken;
        var nip = Nip.Normalise(request.Nip);
        var name = request.Name.Trim();
        var position = request.Position.Trim();
        var v = new Validator();
        v.Required("nip", nip).MaxLength("nip", nip, Nip.MaxLength);
        v.MaxLength("name", name, DomainEmployee.MaxNameLength).MaxLength("position", position, DomainEmployee.MaxPositionLength);
        var level = request.PositionLevel == PositionLevel.Unspecified ? null : LevelOf(v, request.PositionLevel);
        DomainStatus? status = request.Status switch
        {
            EmployeeStatus.Unspecified => null,
            EmployeeStatus.Active => DomainStatus.Active,
            EmployeeStatus.Inactive => DomainStatus.Inactive,
            _ => Invalid<DomainStatus>(v, "status", "must be ACTIVE or INACTIVE"),
        };
        v.ThrowIfInvalid();

        var employee = await db.Employees.SingleOrDefaultAsync(e => e.Nip == nip, ct) ?? throw new NotFoundException("Employee", nip);
        // Empty and unspecified fields keep their value: there is no field mask in this API.
        employee.Update(name.Length > 0 ? name : null, position.Length > 0 ? position : null, level, status, time.GetUtcNow());
        await SaveOrConflictAsync(employee.Nip, ct);
        return await EmployeeMessageAsync(employee, ct);
    }

    [Authorize(Roles = EmployeeReaders)]
    public override async Task<Employee> GetEmployee(GetEmployeeRequest request, ServerCallContext context)
    {
        var nip = Nip.Normalise(request.Nip);
        var v = new Validator();
        v.Required("nip", nip).MaxLength("nip", nip, Nip.MaxLength);
        v.ThrowIfInvalid();
        var found = await EmployeesWithUnits().SingleOrDefaultAsync(x => x.Employee.Nip == nip, context.CancellationToken)
                    ?? throw new NotFoundException("Employee", nip);
        return ToMessage(found.Employee, found.Unit);
    }

    [Authorize(Roles = EmployeeReaders)]
    public override async Task<SearchEmployeesResponse> SearchEmployees(SearchEmployeesRequest request, ServerCallContext context)
    {
        var name = SearchText.Normalise(request.Name);
        var unitCode = string.IsNullOrWhiteSpace(request.UnitCode) ? null : DomainUnit.NormaliseCode(request.UnitCode);
        var v = new Validator();
        v.MaxLength("name", name, DomainEmployee.MaxNameLength);
        if (unitCode is not null) DomainUnit.ValidateCode(v, "unit_code", unitCode);
        var pageSize = PageToken.PageSize(v, request.PageSize);
        var filter = PageToken.Filter("employees", name, unitCode);
        var after = PageToken.Decode(v, request.PageToken, filter, keyLength: 2);
        v.ThrowIfInvalid();

        var query = EmployeesWithUnits();
        if (name.Length > 0)
        {
            var pattern = "%" + name.Replace(@"\", @"\\").Replace("%", @"\%").Replace("_", @"\_") + "%";
            query = query.Where(x => EF.Functions.Like(x.Employee.SearchName, pattern, @"\"));
        }
        if (unitCode is not null) query = query.Where(x => x.Employee.UnitCode == unitCode);
        if (after is [var afterName, var afterNip])
            query = query.Where(x => string.Compare(x.Employee.SearchName, afterName) > 0
                                     || (x.Employee.SearchName == afterName && string.Compare(x.Employee.Nip, afterNip) > 0));
        var page = await query.OrderBy(x => x.Employee.SearchName).ThenBy(x => x.Employee.Nip).Take(pageSize + 1)
            .ToListAsync(context.CancellationToken);

        var response = new SearchEmployeesResponse();
        response.Employees.AddRange(page.Take(pageSize).Select(x => ToMessage(x.Employee, x.Unit)));
        if (page.Count > pageSize)
        {
            var last = page[pageSize - 1].Employee;
            response.NextPageToken = PageToken.Encode(filter, last.SearchName, last.Nip);
        }
        return response;
    }

    [Authorize(Roles = Roles.Hr)]
    public override async Task<ImportEmployeesResult> ImportEmployees(IAsyncStreamReader<ImportEmployeesChunk> requestStream,
        ServerCallContext context)
    {
        var outcome = await employeeImport.ImportAsync(Chunks(requestStream, context.CancellationToken), context.CancellationToken);
        var result = new ImportEmployeesResult { Imported = outcome.Imported, Failed = outcome.Failed };
        result.Errors.AddRange(outcome.Errors.Select(e => new ImportRowError
            { Line = e.Line, Nip = e.Nip, Field = e.Field, Reason = e.Reason }));
        return result;

        static async IAsyncEnumerable<string> Chunks(IAsyncStreamReader<ImportEmployeesChunk> stream,
            [EnumeratorCancellation] CancellationToken cancellationToken)
        {
            while (await stream.MoveNext(cancellationToken)) yield return stream.Current.Csv;
        }
    }

    /// <summary>An employee with its unit (member-initialised, so that EF can filter and order on it).</summary>
    private sealed class EmployeeWithUnit
    {
        public required DomainEmployee Employee { get; init; }
        public required DomainUnit Unit { get; init; }
    }

    private IQueryable<EmployeeWithUnit> EmployeesWithUnits() =>
        db.Employees.AsNoTracking().Join(db.Units.AsNoTracking(), e => e.UnitCode, u => u.Code,
            (e, u) => new EmployeeWithUnit { Employee = e, Unit = u });

    private async Task<Employee> EmployeeMessageAsync(DomainEmployee employee, CancellationToken ct)
    {
        var unit = await db.Units.AsNoTracking().SingleAsync(u => u.Code == employee.UnitCode, ct);
        return ToMessage(employee, unit);
    }

    /// <summary>Saves a change to an employee; a concurrent change to the same employee wins and this one is refused.</summary>
    private async Task SaveOrConflictAsync(string nip, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new InvalidStateException($"Employee {nip} was changed by someone else at the same moment; try again.", "CHANGED");
        }
    }

    internal static Employee ToMessage(DomainEmployee e, DomainUnit unit) => new()
    {
        Nip = e.Nip,
        Name = e.Name,
        EmploymentType = e.EmploymentType switch
        {
            DomainType.Pns => EmploymentType.Pns,
            DomainType.Pppk => EmploymentType.Pppk,
            DomainType.Contract => EmploymentType.Contract,
            _ => EmploymentType.Unspecified,
        },
        UnitCode = e.UnitCode,
        UnitName = unit.Name,
        Position = e.Position,
        PositionLevel = e.PositionLevel is { } level ? (PositionLevel)(int)level : PositionLevel.Unspecified,
        Status = e.Status == DomainStatus.Active ? EmployeeStatus.Active : EmployeeStatus.Inactive,
        UnitFrontLine = unit.FrontLine,
    };

    private static DomainType? TypeOf(EmploymentType type) => type switch
    {
        EmploymentType.Pns => DomainType.Pns,
        EmploymentType.Pppk => DomainType.Pppk,
        EmploymentType.Contract => DomainType.Contract,
        // Unspecified or unknown: EmployeeRules names the field.
        _ => null,
    };

    private static DomainLevel? LevelOf(Validator v, PositionLevel level) => level switch
    {
        PositionLevel.Unspecified => null,
        _ when System.Enum.IsDefined(level) => (DomainLevel)(int)level,
        _ => Invalid<DomainLevel>(v, "position_level", "must be one of the position levels"),
    };

    private static T? Invalid<T>(Validator v, string field, string reason) where T : struct
    {
        v.Add(field, reason);
        return null;
    }
}
