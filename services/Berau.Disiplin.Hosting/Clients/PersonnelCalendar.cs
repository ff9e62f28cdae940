using Berau.Disiplin.Contracts.Personnel.V1;
using Berau.Disiplin.Primitives;
using Grpc.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Berau.Disiplin.Hosting.Clients;

/// <summary>
/// A working day as Personnel counted it. <see cref="Provisional"/>: the count crossed years whose holiday calendar was
/// never set (<see cref="UnconfiguredYears"/>), so their holidays were counted as working days and the date may move
/// once they are set; show it as provisional, never as settled.
/// </summary>
public sealed record WorkingDayResult(DateOnly Date, bool Provisional, IReadOnlyList<int> UnconfiguredYears);

/// <summary>
/// Working days on the regency calendar, asked of Personnel (which owns schedules and holidays). The one client of
/// <c>AddWorkingDays</c> for every service: a unit Personnel does not know is counted on the regency default schedule;
/// when Personnel does not answer, the call fails and the caller decides what waits (a transient fault, see
/// <see cref="TransientFaults"/>), so no deadline is ever guessed.
/// </summary>
public sealed class PersonnelCalendar(
    PersonnelService.PersonnelServiceClient personnel,
    IOptionsMonitor<ServiceEndpointOptions> endpoints)
{
    public const string PersonnelServiceName = "Personnel";

    /// <summary>
    /// The working day <paramref name="days"/> working days after <paramref name="from"/> (0: the day itself). The date
    /// alone: a caller that shows or stores a deadline uses <see cref="AddWorkingDaysWithProvenanceAsync"/>, which says
    /// whether it is provisional.
    /// </summary>
    public async Task<DateOnly> AddWorkingDaysAsync(DateOnly from, int days, string? unitCode, CancellationToken cancellationToken) =>
        (await AddWorkingDaysWithProvenanceAsync(from, days, unitCode, cancellationToken)).Date;

    /// <summary>
    /// The working day <paramref name="days"/> working days after <paramref name="from"/> (0: the day itself, never
    /// provisional), and whether it is provisional because the count crossed a year whose holidays are not set.
    /// </summary>
    public async Task<WorkingDayResult> AddWorkingDaysWithProvenanceAsync(DateOnly from, int days, string? unitCode,
        CancellationToken cancellationToken)
    {
        if (days == 0) return new WorkingDayResult(from, false, []);
        try
        {
            return await AskAsync(from, days, unitCode ?? "", cancellationToken);
        }
        catch (RpcException ex) when (ex.StatusCode is StatusCode.NotFound or StatusCode.InvalidArgument
                                      && !string.IsNullOrEmpty(unitCode))
        {
            // The unit is unknown to Personnel: count on the regency default schedule.
            return await AskAsync(from, days, "", cancellationToken);
        }
    }

    private async Task<WorkingDayResult> AskAsync(DateOnly from, int days, string unitCode, CancellationToken cancellationToken)
    {
        var response = await personnel.AddWorkingDaysAsync(
            new AddWorkingDaysRequest { Date = Wita.Iso(from), Days = days, UnitCode = unitCode },
            deadline: endpoints.Get(PersonnelServiceName).Deadline(), cancellationToken: cancellationToken);
        return new WorkingDayResult(Wita.ParseIso(response.Date), response.Provisional, [.. response.UnconfiguredYears]);
    }
}

public static class PersonnelClientExtensions
{
    /// <summary>Personnel's gRPC client (section <c>Services:Personnel</c>) and the calendar on top of it.</summary>
    public static IHostApplicationBuilder AddPersonnelClient(this IHostApplicationBuilder builder)
    {
        builder.AddServiceClient<PersonnelService.PersonnelServiceClient>(PersonnelCalendar.PersonnelServiceName,
            "http://127.0.0.1:5101");
        builder.Services.AddScoped<PersonnelCalendar>();
        return builder;
    }
}
