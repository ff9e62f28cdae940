using System.Globalization;
using Berau.Disiplin.Contracts.Discipline.V1;
using Berau.Disiplin.Discipline.Policy;
using Berau.Disiplin.EndToEndTests.Foundation;
using Berau.Disiplin.EndToEndTests.Infrastructure;
using Berau.Disiplin.Contracts.Personnel.V1;
using Berau.Disiplin.Personnel.Seed;
using Berau.Disiplin.Hosting.Auth;
using Grpc.Core;
using Microsoft.Extensions.DependencyInjection;
using SanctionDates = Berau.Disiplin.Discipline.Cases.SanctionDates;
using SanctionDeadlines = Berau.Disiplin.Discipline.Cases.SanctionDeadlines;

namespace Berau.Disiplin.EndToEndTests.Discipline;

/// <summary>
/// A decision's dates from receipt (issue 10 item 1), on Personnel's calendar for Berau and the services' fake clock:
/// the seed case's dates, a letter delivered on the last allowed day, the SENT path and provisional dates.
/// </summary>
[Collection(DisciplineClockSuite.Name)]
public sealed class DecisionDatesTests(DisciplineClockHost host)
{
    private static DateOnly Day(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture);
    private static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private async Task<SanctionDates> CountAsync(DateOnly decided, DateOnly received)
    {
        using var scope = host.Suite.Discipline.App.Services.CreateScope();
        var book = await scope.ServiceProvider.GetRequiredService<PolicyStore>().BookAsync(CancellationToken.None);
        var version = (await host.Suite.DisciplineClient.GetPolicyAsync(new GetPolicyRequest(), SuiteHost.As(Roles.Auditor))).Version;
        var settings = book.Get(version).Settings;
        return await scope.ServiceProvider.GetRequiredService<SanctionDeadlines>()
            .FromAsync(decided, received, settings, null, CancellationToken.None);
    }

    /// <summary>Berau's 2026 calendar as Personnel's seed sets it (national holidays and cuti bersama, Keppres 42/2025).</summary>
    private async Task SetBerau2026Async()
    {
        var request = new SetHolidaysRequest { Year = 2026 };
        request.Holidays.AddRange(NationalHolidays.ByYear[2026].Select(h => new Holiday
        {
            Date = Iso(h.Date), Name = h.Name, CollectiveLeave = h.CollectiveLeave,
        }));
        await host.Suite.PersonnelClient.SetHolidaysAsync(request, SuiteHost.As(Roles.Hr));
    }

    [Fact]
    public async Task The_seed_case_decided_on_4_December_and_received_on_7_December_counts_from_7_December_on_Berau_calendar()
    {
        await SetBerau2026Async();
        var dates = await CountAsync(new DateOnly(2026, 12, 4), new DateOnly(2026, 12, 7));

        // 14 working days from Friday 4 Dec, past 24 Dec (cuti bersama, Keppres 42/2025) and 25 Dec (Natal).
        Assert.Equal(new DateOnly(2026, 12, 28), dates.DeliveryDeadline);
        // From Monday 7 Dec: the 14th working day is 29 Dec (last day to object), the 15th 30 Dec (in force).
        Assert.Equal(new DateOnly(2026, 12, 29), dates.ObjectionDeadline);
        Assert.Equal(new DateOnly(2026, 12, 30), dates.EffectiveDate);
        Assert.False(dates.Provisional);
        // Not from the decision day: the 15th working day from 4 Dec is 29 Dec.
        Assert.NotEqual((await CountAsync(new DateOnly(2026, 12, 4), new DateOnly(2026, 12, 4))).EffectiveDate, dates.EffectiveDate);
    }

    [Fact]
    public async Task Dates_counted_into_a_year_whose_holidays_are_not_set_are_provisional_with_the_years()
    {
        // Personnel counts from up to the end of next year; the year after has never been set.
        var dates = await CountAsync(new DateOnly(2027, 12, 20), new DateOnly(2027, 12, 20));

        Assert.True(dates.Provisional);
        Assert.Contains(2028, dates.UnconfiguredYears!);
    }

    [Fact]
    public async Task A_letter_delivered_on_the_last_allowed_day_still_leaves_the_full_objection_window()
    {
        var factory = new CaseFactory(host.Suite, host.Time.GetUtcNow);
        var (org, clerk, opened) = await factory.OpenAsync(frontLine: false);
        var decided = await factory.Steps.DecideAsync(await factory.Steps.HearAsync(opened), org.KepalaSeksi.Nip);
        var lastDay = Day(decided.Sanction.DeliveryDeadline);

        host.AdvanceTo(lastDay);
        var delivered = await factory.Steps.DeliverAsync(decided);

        Assert.Equal(Iso(lastDay), delivered.Sanction.ReceivedOn);
        var fromLastDay = await CountAsync(lastDay, lastDay);
        Assert.Equal((Iso(fromLastDay.EffectiveDate), Iso(fromLastDay.ObjectionDeadline)),
            (delivered.Sanction.EffectiveDate, delivered.Sanction.ObjectionDeadline));
        Assert.True(Day(delivered.Sanction.ObjectionDeadline) > lastDay.AddDays(13), "14 working days from receipt");
        Assert.Equal(fromLastDay.Provisional, delivered.Sanction.DatesProvisional);
        Assert.DoesNotContain(delivered.Timeline, t => t.Detail.Contains("after its deadline", StringComparison.Ordinal));

        // The last day of the window is the employee's to use.
        host.AdvanceTo(Day(delivered.Sanction.ObjectionDeadline), hour: 15);
        var objected = await host.Suite.DisciplineClient.FileObjectionAsync(
            new FileObjectionRequest { CaseId = decided.CaseId, Reason = "Keberatan pada hari terakhir" }, HearingSteps.Employee(clerk.Nip));
        Assert.Equal(CaseStatus.ObjectionPending, objected.Status);
    }

    [Fact]
    public async Task A_letter_sent_after_the_send_window_is_refused_by_field_and_one_sent_in_time_counts_from_sending()
    {
        var factory = new CaseFactory(host.Suite, host.Time.GetUtcNow);
        var (org, _, opened) = await factory.OpenAsync(frontLine: false);
        var decided = await factory.Steps.DecideAsync(await factory.Steps.HearAsync(opened), org.KepalaSeksi.Nip);
        var decisionDay = DateOnly.FromDateTime(decided.Sanction.DecidedAt.ToDateTimeOffset().ToOffset(TimeSpan.FromHours(8)).DateTime);
        var window = await CountAsync(decisionDay, decisionDay);
        var sendBy = window.SendBy!.Value;

        host.AdvanceTo(sendBy.AddDays(2));
        var late = await Assert.ThrowsAsync<RpcException>(() => host.Suite.DisciplineClient.RecordDeliveryAsync(
            new RecordDeliveryRequest { CaseId = decided.CaseId, Method = DeliveryMethod.Sent, SentOn = Iso(sendBy.AddDays(1)) },
            SuiteHost.As(Roles.Hr)).ResponseAsync);
        Assert.Equal(StatusCode.InvalidArgument, late.StatusCode);
        Assert.StartsWith($"must be on or before {Iso(sendBy)}", ValidationTests.FieldViolations(late)["sent_on"]);

        var sent = await host.Suite.DisciplineClient.RecordDeliveryAsync(
            new RecordDeliveryRequest { CaseId = decided.CaseId, Method = DeliveryMethod.Sent, SentOn = Iso(sendBy) },
            SuiteHost.As(Roles.Hr));
        Assert.Equal((DeliveryMethod.Sent, Iso(sendBy)), (sent.Sanction.DeliveryMethod, sent.Sanction.ReceivedOn));
        var fromSending = await CountAsync(decisionDay, sendBy);
        Assert.Equal((Iso(fromSending.EffectiveDate), Iso(fromSending.ObjectionDeadline)),
            (sent.Sanction.EffectiveDate, sent.Sanction.ObjectionDeadline));
    }
}
