using Berau.Disiplin.Personnel.Persistence;
using Berau.Disiplin.Personnel.WorkingTime;
using Berau.Disiplin.Primitives;
using Microsoft.EntityFrameworkCore;
using Proto = Berau.Disiplin.Contracts.Personnel.V1;

namespace Berau.Disiplin.Personnel.Accounts;

/// <summary>Was this account an official one at <see cref="At"/>?</summary>
public sealed record CheckAccount(SocialHandle Account, DateTimeOffset At);

/// <summary>The registration in force at that instant, or null when the account was not official then.</summary>
public sealed class CheckAccountHandler(PersonnelDbContext db)
{
    public async Task<AccountView?> HandleAsync(CheckAccount query, CancellationToken cancellationToken)
    {
        var ((platform, handle), at) = query;
        var official = await db.OfficialAccounts.AsNoTracking()
            .Where(a => a.Platform == platform && a.Handle == handle && a.ValidFrom <= at && (a.ValidTo == null || a.ValidTo > at))
            .FirstOrDefaultAsync(cancellationToken);
        return official is null ? null : await db.ViewOfAsync(official, cancellationToken);
    }
}

public static class CheckAccountMapping
{
    public static CheckAccount ToQuery(Proto.CheckAccountRequest request, DateOnly today)
    {
        var v = new Validator();
        var account = SocialHandle.Parse(v, "platform", request.Platform, "handle", request.Handle);
        var at = LocalDates.RequiredInstant(v, "at", request.At?.ToDateTimeOffset(), today);
        return v.IsValid && account is not null
            ? new CheckAccount(account, at)
            : throw new ValidationFailedException([.. v.Violations]);
    }
}
