using Berau.Disiplin.Contracts.Personnel.V1;
using Berau.Disiplin.Discipline.Policy;
using Berau.Disiplin.Hosting.Clients;
using Grpc.Core;
using Microsoft.Extensions.Options;

namespace Berau.Disiplin.Discipline.Calendar;

/// <summary>
/// Deadlines on the regency calendar. Working days come from Personnel, which owns schedules and holidays; when it
/// does not answer, the caller fails and the message is retried, so no deadline is ever guessed.
/// </summary>
public sealed class WorkingCalendar(
    PersonnelService.PersonnelServiceClient personnel,
    IOptionsMonitor<ServiceEndpointOptions> endpoints)
{
    public const string PersonnelService = "Personnel";
    public static readonly TimeSpan Wita = TimeSpan.FromHours(8);

    public static DateOnly Today(TimeProvider time) => DateOnly.FromDateTime(time.GetUtcNow().ToOffset(Wita).DateTime);

    public static DateOnly LocalDate(DateTimeOffset instant) => DateOnly.FromDateTime(instant.ToOffset(Wita).DateTime);

    public async Task<DateOnly> AddAsync(DateOnly from, DayCount count, string? unitCode, CancellationToken cancellationToken)
    {
        if (count.Days == 0) return from;
        if (count.Kind == DayKind.CalendarDays) return from.AddDays(count.Days);
        try
        {
            var response = await personnel.AddWorkingDaysAsync(new AddWorkingDaysRequest
            {
                Date = from.ToString("yyyy-MM-dd"),
                Days = count.Days,
                UnitCode = unitCode ?? "",
            }, deadline: endpoints.Get(PersonnelService).Deadline(), cancellationToken: cancellationToken);
            return DateOnly.ParseExact(response.Date, "yyyy-MM-dd");
        }
        catch (RpcException ex) when (ex.StatusCode is StatusCode.NotFound or StatusCode.InvalidArgument && !string.IsNullOrEmpty(unitCode))
        {
            // The unit is unknown to Personnel: count on the regency default schedule.
            return await AddAsync(from, count, null, cancellationToken);
        }
    }
}
