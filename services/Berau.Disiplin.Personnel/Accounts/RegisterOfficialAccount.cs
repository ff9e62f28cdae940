using Berau.Disiplin.Personnel.Persistence;
using Berau.Disiplin.Personnel.Units;
using Berau.Disiplin.Personnel.WorkingTime;
using Berau.Disiplin.Primitives;
using Microsoft.EntityFrameworkCore;
using Proto = Berau.Disiplin.Contracts.Personnel.V1;

namespace Berau.Disiplin.Personnel.Accounts;

/// <summary>Register a unit's official social-media account (akun resmi) over a period.</summary>
public sealed record RegisterOfficialAccount(string UnitCode, SocialHandle Account, DateTimeOffset ValidFrom,
    DateTimeOffset? ValidTo);

public sealed class RegisterOfficialAccountHandler(PersonnelDbContext db, TimeProvider time)
{
    public async Task<AccountView> HandleAsync(RegisterOfficialAccount command, CancellationToken cancellationToken)
    {
        var (platform, handle) = command.Account;
        var registered = await db.OfficialAccounts.AsNoTracking().Where(a => a.Platform == platform && a.Handle == handle)
            .ToListAsync(cancellationToken);
        var account = OfficialAccount.Register(Ids.New(time), command.UnitCode, command.Account, command.ValidFrom,
            command.ValidTo, registered, time.GetUtcNow());
        db.OfficialAccounts.Add(account);
        await db.SaveChangesAsync(cancellationToken);
        return await db.ViewOfAsync(account, cancellationToken);
    }
}

public static class RegisterOfficialAccountMapping
{
    /// <summary>An unset <c>valid_from</c> is <paramref name="now"/>: official from now on.</summary>
    public static async Task<RegisterOfficialAccount> ToCommandAsync(Proto.RegisterOfficialAccountRequest request,
        UnitLookup units, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var v = new Validator();
        var unitCode = await units.OptionalAsync(v, "unit_code", request.UnitCode, cancellationToken);
        if (unitCode is null) v.Add("unit_code", "is required");
        var account = SocialHandle.Parse(v, "platform", request.Platform, "handle", request.Handle);
        var validFrom = request.ValidFrom?.ToDateTimeOffset() ?? now;
        var validTo = request.ValidTo?.ToDateTimeOffset();
        LocalDates.Check(v, "valid_from", validFrom, Wita.LocalDate(now));
        if (validTo is { } to && to <= validFrom) v.Add("valid_to", "must be after valid_from");
        return v.IsValid && unitCode is not null && account is not null
            ? new RegisterOfficialAccount(unitCode, account, validFrom, validTo)
            : throw new ValidationFailedException([.. v.Violations]);
    }
}
