namespace Berau.Disiplin.Personnel.Accounts;

/// <summary>
/// A unit's official social-media account (akun resmi), valid over a period. Activity on it during working hours is
/// the office's public information work, not a personal use of social media.
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

    public static OfficialAccount Register(Guid id, string unitCode, SocialHandle account, DateTimeOffset validFrom,
        DateTimeOffset? validTo, DateTimeOffset now) => new()
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

    public bool IsValidAt(DateTimeOffset instant) => instant >= ValidFrom && (ValidTo is null || instant < ValidTo);
}
