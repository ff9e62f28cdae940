using Berau.Disiplin.Personnel.WorkingTime;
using Berau.Disiplin.Primitives;

namespace Berau.Disiplin.UnitTests.Personnel;

public sealed class LeaveTests
{
    private const string Nip = "199203152015032001";
    private static readonly DateTimeOffset Now = new(2026, 11, 20, 2, 0, 0, TimeSpan.Zero);

    private static Leave Record(DateOnly first, DateOnly last, string kind = "cuti tahunan", params Leave[] existing) =>
        Leave.Record(Guid.CreateVersion7(), Nip, first, last, kind, existing, Now);

    [Fact]
    public void Leave_covers_its_first_and_last_day_and_nothing_around_them()
    {
        var leave = Record(new(2026, 11, 23), new(2026, 11, 25));
        Assert.True(leave.Covers(new(2026, 11, 23)));
        Assert.True(leave.Covers(new(2026, 11, 25)));
        Assert.False(leave.Covers(new(2026, 11, 22)));
        Assert.False(leave.Covers(new(2026, 11, 26)));
    }

    [Fact]
    public void Leave_overlapping_leave_already_recorded_is_refused_naming_the_earlier_one()
    {
        var annual = Record(new(2026, 11, 23), new(2026, 11, 25));
        var refusal = Assert.Throws<InvalidStateException>(() =>
            Record(new(2026, 11, 25), new(2026, 11, 27), "cuti sakit", annual));
        Assert.Equal("OVERLAPPING_LEAVE", refusal.CurrentState);
        Assert.Contains("already has leave (cuti tahunan) from 2026-11-23 to 2026-11-25", refusal.Message);
    }

    [Fact]
    public void Leave_right_after_earlier_leave_is_recorded()
    {
        var annual = Record(new(2026, 11, 23), new(2026, 11, 25));
        var sick = Record(new(2026, 11, 26), new(2026, 11, 27), "cuti sakit", annual);
        Assert.Equal(("cuti sakit", new DateOnly(2026, 11, 26)), (sick.Kind, sick.FirstDay));
    }

    [Fact]
    public void Leave_that_ends_before_it_starts_is_refused()
    {
        var refusal = Assert.Throws<ValidationFailedException>(() => Record(new(2026, 11, 25), new(2026, 11, 23)));
        Assert.Equal("last_day", Assert.Single(refusal.Violations).Field);
    }
}
