using Berau.Disiplin.Primitives;

namespace Berau.Disiplin.Personnel.Accounts;

/// <summary>
/// A unit's official social-media account (akun resmi), valid over a period. Activity on it during working hours is
/// the office's public information work, not a personal use of social media. One account is official for one unit at
/// a time: two registrations of it never overlap.
/// </summary>
public sealed class OfficialAccount
{
    private OfficialAccount() { }

    public Guid Id { get; private set; }
    public string UnitCode { get; private set; } = "";
    public string Platform { get; private set; } = "";
    /// <summary>Normalised (<see cref="SocialHandle"/>): lower case, no leading @.</summary>
    public string Handle { get; private set; } = "";
    public DateTimeOffset ValidFrom { get; private set; }
    /// <summary>Exclusive; null while the account is in use.</summary>
    public DateTimeOffset? ValidTo { get; private set; }
    public DateTimeOffset RegisteredAt { get; private set; }

    /// <summary>
    /// Registers <paramref name="account"/> as the unit's from <paramref name="validFrom"/> to <paramref name="validTo"/>
    /// (exclusive; null: until further notice), unless a registration of the same account in
    /// <paramref name="registered"/> overlaps the period (those of other accounts, or that cannot overlap, may be left out).
    /// </summary>
    public static OfficialAccount Register(Guid id, string unitCode, SocialHandle account, DateTimeOffset validFrom,
        DateTimeOffset? validTo, IEnumerable<OfficialAccount> registered, DateTimeOffset now)
    {
        if (validTo is { } to && to <= validFrom) throw ValidationFailedException.For("valid_to", "must be after valid_from");
        if (registered.Any(a => a.Platform == account.Platform && a.Handle == account.Handle && a.Overlaps(validFrom, validTo)))
            throw new AlreadyExistsException("Official account", account.ToString());
        return new OfficialAccount
        {
            Id = id,
            UnitCode = unitCode,
            Platform = account.Platform,
            Handle = account.Handle,
            // Instants are stored in UTC, whatever offset the caller wrote them in.
            ValidFrom = validFrom.ToUniversalTime(),
            ValidTo = validTo?.ToUniversalTime(),
            RegisteredAt = now,
        };
    }

    public bool IsValidAt(DateTimeOffset instant) => instant >= ValidFrom && (ValidTo is null || instant < ValidTo);

    /// <summary>Whether this registration's period and [<paramref name="from"/>, <paramref name="to"/>) share an instant.</summary>
    public bool Overlaps(DateTimeOffset from, DateTimeOffset? to) =>
        ValidFrom < (to ?? DateTimeOffset.MaxValue) && from < (ValidTo ?? DateTimeOffset.MaxValue);
}
