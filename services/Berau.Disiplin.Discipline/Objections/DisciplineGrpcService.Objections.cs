using Berau.Disiplin.Contracts.Discipline.V1;
using Berau.Disiplin.Discipline.Cases;
using Berau.Disiplin.Discipline.Objections;
using Berau.Disiplin.Hosting;
using Berau.Disiplin.Hosting.Auth;
using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using Case = Berau.Disiplin.Contracts.Discipline.V1.Case;

namespace Berau.Disiplin.Discipline;

/// <summary>The employee's side: accepting the sanction, or objecting (keberatan, PP 79/2021), decided by the deciding official's superior.</summary>
public sealed partial class DisciplineGrpcService
{
    [Authorize(Roles = Roles.Employee)]
    public override async Task<Case> AcceptSanction(AcceptSanctionRequest request, ServerCallContext context)
    {
        var command = Objections.AcceptSanction.From(request, Caller.Of(context));
        return CaseMapping.ToMessage(await context.Handler<AcceptSanctionHandler>().HandleAsync(command, context.CancellationToken));
    }

    [Authorize(Roles = Roles.Employee)]
    public override async Task<Case> FileObjection(FileObjectionRequest request, ServerCallContext context)
    {
        var command = Objections.FileObjection.From(request, Caller.Of(context));
        return CaseMapping.ToMessage(await context.Handler<FileObjectionHandler>().HandleAsync(command, context.CancellationToken));
    }

    [Authorize(Roles = Roles.Official)]
    public override async Task<Case> DecideObjection(DecideObjectionRequest request, ServerCallContext context)
    {
        var command = Objections.DecideObjection.From(request, Caller.Of(context));
        return CaseMapping.ToMessage(await context.Handler<DecideObjectionHandler>().HandleAsync(command, context.CancellationToken));
    }
}
