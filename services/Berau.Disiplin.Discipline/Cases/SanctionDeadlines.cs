using Berau.Disiplin.Discipline.Policy;
using Berau.Disiplin.Hosting.Clients;

namespace Berau.Disiplin.Discipline.Cases;

/// <summary>
/// Days counted on the policy version's settings, each a number of calendar days (plain date arithmetic) or working
/// days (Personnel's calendar for the case's unit): a decision's dates and the hearing's windows. When Personnel does not
/// answer, the call fails and the caller decides what waits: no deadline is ever guessed.
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
            AddAsync(decisionDay, settings.DeliveryDeadline, unitCode, cancellationToken),
            AddAsync(receivedOn, settings.EffectiveOnDayAfterReceipt, unitCode, cancellationToken),
            AddAsync(receivedOn, settings.ObjectionWindow, unitCode, cancellationToken));
        return new SanctionDates(DeliveryDeadline: dates[0], EffectiveDate: dates[1], ObjectionDeadline: dates[2]);
    }

    public Task<DateOnly> AddAsync(DateOnly from, DayCount count, string? unitCode, CancellationToken cancellationToken) =>
        count.Kind == DayKind.CalendarDays
            ? Task.FromResult(from.AddDays(count.Days))
            : calendar.AddWorkingDaysAsync(from, count.Days, unitCode, cancellationToken);
}
