using Berau.Disiplin.Contracts.Personnel.V1;
using Berau.Disiplin.Hosting;
using Berau.Disiplin.Hosting.Auth;
using Berau.Disiplin.Personnel.Units;
using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using DomainUnit = Berau.Disiplin.Personnel.Units.Unit;
using Unit = Berau.Disiplin.Contracts.Personnel.V1.Unit;

namespace Berau.Disiplin.Personnel;

public sealed partial class PersonnelGrpcService
{
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

    public override async Task<Unit> GetUnit(GetUnitRequest request, ServerCallContext context)
    {
        var query = GetUnitMapping.ToQuery(request);
        return ToMessage(await context.Handler<GetUnitHandler>().HandleAsync(query, context.CancellationToken));
    }

    public override async Task<ListUnitsResponse> ListUnits(ListUnitsRequest request, ServerCallContext context)
    {
        var page = await context.Handler<ListUnitsHandler>()
            .HandleAsync(ListUnitsMapping.ToQuery(request), context.CancellationToken);
        var response = new ListUnitsResponse { NextPageToken = page.NextPageToken ?? "" };
        response.Units.AddRange(page.Units.Select(ToMessage));
        return response;
    }

    private static Unit ToMessage(DomainUnit unit) => new()
    {
        Code = unit.Code,
        Name = unit.Name,
        ParentCode = unit.ParentCode ?? "",
        FrontLine = unit.FrontLine,
    };
}
