using Berau.Disiplin.Contracts.Personnel.V1;
using Berau.Disiplin.Hosting;
using Berau.Disiplin.Hosting.Auth;
using Berau.Disiplin.Personnel.Employees;
using Berau.Disiplin.Personnel.Units;
using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using Superior = Berau.Disiplin.Contracts.Personnel.V1.Superior;
using Unit = Berau.Disiplin.Contracts.Personnel.V1.Unit;
using UnitHead = Berau.Disiplin.Contracts.Personnel.V1.UnitHead;

namespace Berau.Disiplin.Personnel;

public sealed partial class PersonnelGrpcService
{
    private const string SuperiorReaders =
        $"{Roles.Hr},{Roles.Verifier},{Roles.Official},{Roles.Auditor},{Roles.Service},{Roles.Employee}";

    [Authorize(Roles = Roles.Hr)]
    public override async Task<Unit> CreateUnit(CreateUnitRequest request, ServerCallContext context)
    {
        var command = await CreateUnitMapping.ToCommandAsync(request, context.Handler<UnitLookup>(), context.CancellationToken);
        return ToMessage(await context.Handler<CreateUnitHandler>().HandleAsync(command, context.CancellationToken));
    }

    [Authorize(Roles = Roles.Hr)]
    public override async Task<Unit> UpdateUnit(UpdateUnitRequest request, ServerCallContext context)
    {
        var command = UpdateUnitMapping.ToCommand(request);
        return ToMessage(await context.Handler<UpdateUnitHandler>().HandleAsync(command, context.CancellationToken));
    }

    /// <summary>Who reads the organisation: not reporters or employees (a unit list is no business of a portal).</summary>
    private const string UnitReaders = $"{Roles.Hr},{Roles.Verifier},{Roles.Official},{Roles.Auditor},{Roles.Service},{Roles.PolicyAdmin}";

    [Authorize(Roles = UnitReaders)]
    public override async Task<Unit> GetUnit(GetUnitRequest request, ServerCallContext context)
    {
        var query = GetUnitMapping.ToQuery(request);
        return ToMessage(await context.Handler<GetUnitHandler>().HandleAsync(query, context.CancellationToken));
    }

    [Authorize(Roles = UnitReaders)]
    public override async Task<ListUnitsResponse> ListUnits(ListUnitsRequest request, ServerCallContext context)
    {
        var page = await context.Handler<ListUnitsHandler>()
            .HandleAsync(ListUnitsMapping.ToQuery(request), context.CancellationToken);
        var response = new ListUnitsResponse { NextPageToken = page.NextPageToken ?? "" };
        response.Units.AddRange(page.Units.Select(ToMessage));
        return response;
    }

    [Authorize(Roles = Roles.Hr)]
    public override async Task<Unit> SetUnitHead(SetUnitHeadRequest request, ServerCallContext context)
    {
        var command = SetUnitHeadMapping.ToCommand(request);
        return ToMessage(await context.Handler<SetUnitHeadHandler>().HandleAsync(command, context.CancellationToken));
    }

    [Authorize(Roles = SuperiorReaders)]
    public override async Task<SuperiorChain> GetSuperiors(GetSuperiorsRequest request, ServerCallContext context)
    {
        var query = GetSuperiorsMapping.ToQuery(request, context.GetHttpContext().User);
        var found = await context.Handler<GetSuperiorsHandler>().HandleAsync(query, context.CancellationToken);
        var (employee, superiors) = (found.Employee, found.Superiors);
        var chain = new SuperiorChain
        {
            Nip = employee.Nip,
            Name = employee.Name,
            PositionLevel = EmployeeMapping.LevelOf(employee.PositionLevel),
            EmploymentType = EmployeeMapping.TypeOf(employee.EmploymentType),
            ReachesPpk = found.ReachesPpk,
        };
        chain.Superiors.AddRange(superiors.Select(s => new Superior
        {
            Step = s.Step,
            Nip = s.Head.Nip,
            Name = s.Head.Name,
            Position = s.Head.Position,
            PositionLevel = EmployeeMapping.LevelOf(s.Head.Level),
            UnitCode = s.UnitCode,
            UnitName = s.UnitName,
            Designated = s.Head.Designated,
        }));
        return chain;
    }

    private static Unit ToMessage(UnitWithHead found)
    {
        var (unit, head) = (found.Unit, found.Head);
        return new Unit
        {
            Code = unit.Code,
            Name = unit.Name,
            ParentCode = unit.ParentCode ?? "",
            FrontLine = unit.FrontLine,
            Head = head is null ? null : new UnitHead
            {
                Nip = head.Nip,
                Name = head.Name,
                Position = head.Position,
                PositionLevel = EmployeeMapping.LevelOf(head.PositionLevel),
                Designated = unit.HeadDesignated,
                DesignationDecree = unit.HeadDesignationDecree ?? "",
            },
        };
    }
}
