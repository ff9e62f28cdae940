using Berau.Disiplin.Discipline.Policy;
using Berau.Disiplin.Hosting.Clients;

namespace Berau.Disiplin.Discipline.Cases;

/// <summary>
/// Days counted on the policy version's settings, each a number of calendar days (plain date arithmetic) or working
/// days (Personnel's calendar for the case's unit): a decision's dates and the hearing's windows. When Personnel does not
/// answer, the call fails and the caller decides what waits: no deadline is ever guessed. A working-day count across a
/// year whose holidays are not set is kept, marked provisional with the years (<see cref="SanctionDates.UnconfiguredYears"/>).
/// </summary>
public sealed class SanctionDeadlines(PersonnelCalendar calendar)
{
    /// <summary>
    /// The delivery deadline counted from <paramref name="decisionDay"/>, and the effective date and objection deadline
    /// counted from <paramref name="receivedOn"/> (the day the letter reached the employee).
    /// </summary>
    public async Task<SanctionDates> FromAsync(DateOnly decisionDay, DateOnly receivedOn, PolicySettings settings, string? unitCode,
        CancellationToken cancellationToken)
    {
        var dates = await Task.WhenAll(
            CountAsync(decisionDay, settings.DeliveryDeadline, unitCode, cancellationToken),
            CountAsync(receivedOn, settings.EffectiveOnDayAfterReceipt, unitCode, cancellationToken),
            CountAsync(receivedOn, settings.ObjectionWindow, unitCode, cancellationToken),
            CountAsync(decisionDay, settings.SendWhenNotCollected, unitCode, cancellationToken));
        return new SanctionDates(DeliveryDeadline: dates[0].Date, EffectiveDate: dates[1].Date, ObjectionDeadline: dates[2].Date,
            SendBy: dates[3].Date,
            UnconfiguredYears: [.. dates.SelectMany(d => d.UnconfiguredYears).Distinct().Order()]);
    }

    /// <summary>
    /// The day <paramref name="count"/> after <paramref name="from"/>, and the years crossed whose holidays are not set
    /// (a calendar-day count crosses none that matter: it never asks the calendar).
    /// </summary>
    public Task<WorkingDayResult> CountAsync(DateOnly from, DayCount count, string? unitCode, CancellationToken cancellationToken) =>
        count.Kind == DayKind.CalendarDays
            ? Task.FromResult(new WorkingDayResult(from.AddDays(count.Days), false, []))
            : calendar.AddWorkingDaysWithProvenanceAsync(from, count.Days, unitCode, cancellationToken);

    public Task<DateOnly> AddAsync(DateOnly from, DayCount count, string? unitCode, CancellationToken cancellationToken) =>
        count.Kind == DayKind.CalendarDays
            ? Task.FromResult(from.AddDays(count.Days))
            : calendar.AddWorkingDaysAsync(from, count.Days, unitCode, cancellationToken);
}
