using Berau.Disiplin.Contracts.Personnel.V1;
using Berau.Disiplin.Hosting;
using Berau.Disiplin.Hosting.Auth;
using Berau.Disiplin.Primitives;
using Berau.Disiplin.Personnel.Accounts;
using Berau.Disiplin.Personnel.WorkingTime;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using DomainAccount = Berau.Disiplin.Personnel.Accounts.OfficialAccount;
using OfficialAccount = Berau.Disiplin.Contracts.Personnel.V1.OfficialAccount;

namespace Berau.Disiplin.Personnel;

public sealed partial class PersonnelGrpcService
{
    [Authorize(Roles = Roles.Hr)]
    public override async Task<OfficialAccount> RegisterOfficialAccount(RegisterOfficialAccountRequest request,
        ServerCallContext context)
    {
        var ct = context.CancellationToken;
        var now = time.GetUtcNow();
        var today = Wita.Today(time);
        var v = new Validator();
        var unitCode = await ExistingUnitCodeAsync(v, "unit_code", request.UnitCode, ct);
        if (unitCode is null) v.Add("unit_code", "is required");
        var account = SocialHandle.Parse(v, "platform", request.Platform, "handle", request.Handle);
        // Unset valid_from: official from now on.
        var validFrom = request.ValidFrom?.ToDateTimeOffset() ?? now;
        var validTo = request.ValidTo?.ToDateTimeOffset();
        LocalDates.Check(v, "valid_from", validFrom, today);
        if (validTo is { } to && to <= validFrom) v.Add("valid_to", "must be after valid_from");
        v.ThrowIfInvalid();

        var existing = await db.OfficialAccounts.AsNoTracking()
            .Where(a => a.Platform == account!.Platform && a.Handle == account.Handle).ToListAsync(ct);
        if (existing.Any(a => a.ValidFrom < (validTo ?? DateTimeOffset.MaxValue) && validFrom < (a.ValidTo ?? DateTimeOffset.MaxValue)))
            throw new AlreadyExistsException("Official account", account!.ToString());
        var registered = DomainAccount.Register(Ids.New(time), unitCode!, account!, validFrom, validTo, now);
        db.OfficialAccounts.Add(registered);
        await db.SaveChangesAsync(ct);
        return await AccountMessageAsync(registered, ct);
    }

    [Authorize(Roles = DutyReaders)]
    public override async Task<CheckAccountResponse> CheckAccount(CheckAccountRequest request, ServerCallContext context)
    {
        var ct = context.CancellationToken;
        var v = new Validator();
        var account = SocialHandle.Parse(v, "platform", request.Platform, "handle", request.Handle);
        if (request.At is null) v.Add("at", "is required");
        else LocalDates.Check(v, "at", request.At.ToDateTimeOffset(), Wita.Today(time));
        v.ThrowIfInvalid();

        var at = request.At!.ToDateTimeOffset();
        var official = await db.OfficialAccounts.AsNoTracking()
            .Where(a => a.Platform == account!.Platform && a.Handle == account.Handle
                        && a.ValidFrom <= at && (a.ValidTo == null || a.ValidTo > at))
            .FirstOrDefaultAsync(ct);
        return new CheckAccountResponse
        {
            Official = official is not null,
            NormalizedHandle = account!.Handle,
            Account = official is null ? null : await AccountMessageAsync(official, ct),
        };
    }

    private async Task<OfficialAccount> AccountMessageAsync(DomainAccount account, CancellationToken ct)
    {
        var unitName = await db.Units.AsNoTracking().Where(u => u.Code == account.UnitCode).Select(u => u.Name).SingleAsync(ct);
        return new OfficialAccount
        {
            AccountId = account.Id.ToString(),
            UnitCode = account.UnitCode,
            UnitName = unitName,
            Platform = account.Platform,
            Handle = account.Handle,
            ValidFrom = Timestamp.FromDateTimeOffset(account.ValidFrom),
            ValidTo = account.ValidTo is { } to ? Timestamp.FromDateTimeOffset(to) : null,
        };
    }
}
