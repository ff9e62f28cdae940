using Berau.Disiplin.Contracts.Personnel.V1;
using Berau.Disiplin.Primitives;
using Grpc.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Berau.Disiplin.Hosting.Clients;

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

    /// <summary>The working day <paramref name="days"/> working days after <paramref name="from"/> (0: the day itself).</summary>
    public async Task<DateOnly> AddWorkingDaysAsync(DateOnly from, int days, string? unitCode, CancellationToken cancellationToken)
    {
        if (days == 0) return from;
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

    private async Task<DateOnly> AskAsync(DateOnly from, int days, string unitCode, CancellationToken cancellationToken)
    {
        var response = await personnel.AddWorkingDaysAsync(
            new AddWorkingDaysRequest { Date = Wita.Iso(from), Days = days, UnitCode = unitCode },
            deadline: endpoints.Get(PersonnelServiceName).Deadline(), cancellationToken: cancellationToken);
        return Wita.ParseIso(response.Date);
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
