using System.Runtime.CompilerServices;
using Berau.Disiplin.Contracts.Personnel.V1;
using Berau.Disiplin.Hosting;
using Berau.Disiplin.Hosting.Auth;
using Berau.Disiplin.Personnel.Employees;
using Berau.Disiplin.Personnel.Units;
using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using Employee = Berau.Disiplin.Contracts.Personnel.V1.Employee;

namespace Berau.Disiplin.Personnel;

public sealed partial class PersonnelGrpcService
{
    private const string EmployeeReaders = $"{Roles.Hr},{Roles.Verifier},{Roles.Official},{Roles.Auditor},{Roles.Service}";

    [Authorize(Roles = Roles.Hr)]
    public override async Task<Employee> RegisterEmployee(RegisterEmployeeRequest request, ServerCallContext context)
    {
        var command = await RegisterEmployeeMapping.ToCommandAsync(request, context.Handler<EmployeeRules>(),
            context.Handler<UnitLookup>(), Today(context), context.CancellationToken);
        var registered = await context.Handler<RegisterEmployeeHandler>().HandleAsync(command, context.CancellationToken);
        return EmployeeMapping.ToMessage(registered);
    }

    [Authorize(Roles = Roles.Hr)]
    public override async Task<Employee> UpdateEmployee(UpdateEmployeeRequest request, ServerCallContext context)
    {
        var command = UpdateEmployeeMapping.ToCommand(request);
        var updated = await context.Handler<UpdateEmployeeHandler>().HandleAsync(command, context.CancellationToken);
        return EmployeeMapping.ToMessage(updated);
    }

    [Authorize(Roles = EmployeeReaders)]
    public override async Task<Employee> GetEmployee(GetEmployeeRequest request, ServerCallContext context)
    {
        var query = GetEmployeeMapping.ToQuery(request);
        return EmployeeMapping.ToMessage(await context.Handler<GetEmployeeHandler>().HandleAsync(query, context.CancellationToken));
    }

    [Authorize(Roles = EmployeeReaders)]
    public override async Task<SearchEmployeesResponse> SearchEmployees(SearchEmployeesRequest request, ServerCallContext context)
    {
        var page = await context.Handler<SearchEmployeesHandler>()
            .HandleAsync(SearchEmployeesMapping.ToQuery(request), context.CancellationToken);
        var response = new SearchEmployeesResponse { NextPageToken = page.NextPageToken ?? "" };
        response.Employees.AddRange(page.Employees.Select(EmployeeMapping.ToMessage));
        return response;
    }

    [Authorize(Roles = Roles.Hr)]
    public override async Task<ImportEmployeesResult> ImportEmployees(IAsyncStreamReader<ImportEmployeesChunk> requestStream,
        ServerCallContext context)
    {
        var outcome = await context.Handler<ImportEmployeesHandler>()
            .HandleAsync(new ImportEmployees(Pieces(requestStream)), context.CancellationToken);
        var result = new ImportEmployeesResult { Imported = outcome.Imported, Failed = outcome.Failed };
        result.Errors.AddRange(outcome.Errors.Select(e => new ImportRowError
        { Line = e.Line, Nip = e.Nip, Field = e.Field, Reason = e.Reason }));
        return result;

        static async IAsyncEnumerable<string> Pieces(IAsyncStreamReader<ImportEmployeesChunk> stream,
            [EnumeratorCancellation] CancellationToken cancellationToken = default)
        {
            while (await stream.MoveNext(cancellationToken)) yield return stream.Current.Csv;
        }
    }
}
