using Berau.Disiplin.Contracts.Personnel.V1;
using Berau.Disiplin.Hosting;
using Berau.Disiplin.Hosting.Auth;
using Berau.Disiplin.Personnel.Accounts;
using Berau.Disiplin.Personnel.Units;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using OfficialAccount = Berau.Disiplin.Contracts.Personnel.V1.OfficialAccount;

namespace Berau.Disiplin.Personnel;

public sealed partial class PersonnelGrpcService
{
    [Authorize(Roles = Roles.Hr)]
    public override async Task<OfficialAccount> RegisterOfficialAccount(RegisterOfficialAccountRequest request,
        ServerCallContext context)
    {
        var command = await RegisterOfficialAccountMapping.ToCommandAsync(request, context.Handler<UnitLookup>(),
            context.Handler<TimeProvider>().GetUtcNow(), context.CancellationToken);
        return ToMessage(await context.Handler<RegisterOfficialAccountHandler>().HandleAsync(command, context.CancellationToken));
    }

    [Authorize(Roles = DutyReaders)]
    public override async Task<CheckAccountResponse> CheckAccount(CheckAccountRequest request, ServerCallContext context)
    {
        var query = CheckAccountMapping.ToQuery(request, Today(context));
        var official = await context.Handler<CheckAccountHandler>().HandleAsync(query, context.CancellationToken);
        return new CheckAccountResponse
        {
            Official = official is not null,
            NormalizedHandle = query.Account.Handle,
            Account = official is null ? null : ToMessage(official),
        };
    }

    private static OfficialAccount ToMessage(AccountView view) => new()
    {
        AccountId = view.Account.Id.ToString(),
        UnitCode = view.Account.UnitCode,
        UnitName = view.UnitName,
        Platform = view.Account.Platform,
        Handle = view.Account.Handle,
        ValidFrom = Timestamp.FromDateTimeOffset(view.Account.ValidFrom),
        ValidTo = view.Account.ValidTo is { } to ? Timestamp.FromDateTimeOffset(to) : null,
    };
}
