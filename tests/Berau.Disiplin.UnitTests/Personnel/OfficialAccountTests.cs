using Berau.Disiplin.Personnel.Accounts;
using Berau.Disiplin.Primitives;

namespace Berau.Disiplin.UnitTests.Personnel;

public sealed class OfficialAccountTests
{
    private static readonly TimeSpan Wita = TimeSpan.FromHours(8);
    private static readonly DateTimeOffset Now = new(2026, 11, 20, 2, 0, 0, TimeSpan.Zero);
    private static readonly SocialHandle Dukcapil = new("tiktok", "disdukcapil.berau");

    private static DateTimeOffset On(int year, int month, int day) => new(year, month, day, 0, 0, 0, Wita);

    private static OfficialAccount Register(SocialHandle account, DateTimeOffset from, DateTimeOffset? to,
        params OfficialAccount[] registered) =>
        OfficialAccount.Register(Guid.CreateVersion7(), "DISDUKCAPIL", account, from, to, registered, Now);

    [Fact]
    public void Account_is_official_from_its_first_instant_until_its_end_exclusive()
    {
        var account = Register(Dukcapil, On(2026, 1, 1), On(2026, 7, 1));
        Assert.True(account.IsValidAt(On(2026, 1, 1)));
        Assert.True(account.IsValidAt(On(2026, 6, 30)));
        Assert.False(account.IsValidAt(On(2026, 7, 1)));
        Assert.False(account.IsValidAt(On(2025, 12, 31)));
    }

    [Fact]
    public void Instants_are_kept_in_UTC_whatever_offset_they_came_in()
    {
        var account = Register(Dukcapil, On(2026, 1, 1), null);
        Assert.Equal(TimeSpan.Zero, account.ValidFrom.Offset);
        Assert.Equal(new DateTimeOffset(2025, 12, 31, 16, 0, 0, TimeSpan.Zero), account.ValidFrom);
    }

    [Fact]
    public void The_same_account_registered_again_over_an_overlapping_period_is_refused()
    {
        var inUse = Register(Dukcapil, On(2026, 1, 1), null);
        var refusal = Assert.Throws<AlreadyExistsException>(() => Register(Dukcapil, On(2026, 8, 1), On(2026, 9, 1), inUse));
        Assert.Equal("tiktok/@disdukcapil.berau", refusal.Id);
    }

    [Fact]
    public void The_same_account_may_be_registered_again_from_the_end_of_its_last_period()
    {
        var ended = Register(Dukcapil, On(2026, 1, 1), On(2026, 7, 1));
        var again = Register(Dukcapil, On(2026, 7, 1), null, ended);
        Assert.True(again.IsValidAt(On(2026, 7, 1)));
    }

    [Fact]
    public void Another_account_in_use_does_not_stand_in_the_way()
    {
        var other = Register(new SocialHandle("instagram", "disdukcapil.berau"), On(2026, 1, 1), null);
        Assert.Equal("tiktok", Register(Dukcapil, On(2026, 1, 1), null, other).Platform);
    }

    [Fact]
    public void A_period_that_ends_before_it_starts_is_refused()
    {
        var refusal = Assert.Throws<ValidationFailedException>(() => Register(Dukcapil, On(2026, 7, 1), On(2026, 6, 1)));
        Assert.Equal("valid_to", Assert.Single(refusal.Violations).Field);
    }
}
