using Berau.Disiplin.Contracts.Reporting.V1;
using Berau.Disiplin.Hosting.Auth;
using Berau.Disiplin.EndToEndTests.Infrastructure;

namespace Berau.Disiplin.EndToEndTests.Reporting;

/// <summary>Triage at submission, against the real Personnel service.</summary>
[Collection(SuiteCollection.Name)]
public sealed class TriageTests(SuiteHost suite)
{
    private readonly PersonnelFixtures _personnel = new(suite);

    /// <summary>Tuesday 17 November 2026, 10:14 WITA: a working day, within hours.</summary>
    public static readonly DateTimeOffset TuesdayMorning = new(2026, 11, 17, 10, 14, 0, TimeSpan.FromHours(8));
    /// <summary>Sunday 22 November 2026, 19:30 WITA.</summary>
    public static readonly DateTimeOffset SundayEvening = new(2026, 11, 22, 19, 30, 0, TimeSpan.FromHours(8));

    [Fact]
    public async Task Tuesday_1014_live_on_a_personal_account_is_a_likely_violation()
    {
        var unit = await _personnel.UnitAsync();
        var clerk = await _personnel.EmployeeAsync(unit);

        var response = await suite.ReportingClient.SubmitReportAsync(
            ReportRequests.PersonalLive(clerk.Nip, TuesdayMorning), SuiteHost.As(Roles.Reporter));

        Assert.Equal(ReportStatus.Submitted, response.Status);
        Assert.StartsWith("LPR-", response.TrackingCode);
        var report = await suite.AsVerifierSeesItAsync(response);
        Assert.Equal(TriageOutcome.LikelyViolation, report.Triage.Outcome);
        Assert.Equal(unit.Code, report.Subject.UnitCode);
        Assert.Equal("OnDuty", report.Triage.DutyStatus);
        Assert.NotEmpty(report.VerificationDue);
    }

    [Fact]
    public async Task The_same_live_on_the_units_official_account_is_official_activity()
    {
        var unit = await _personnel.UnitAsync();
        var clerk = await _personnel.EmployeeAsync(unit);
        var handle = $"disdukcapil.{Guid.NewGuid():N}"[..24];
        await _personnel.OfficialAccountAsync(unit, "@" + handle);

        // The reporter pasted the profile link rather than the handle.
        var response = await suite.ReportingClient.SubmitReportAsync(
            ReportRequests.PersonalLive(clerk.Nip, TuesdayMorning, $"https://www.tiktok.com/@{handle.ToUpperInvariant()}?lang=id"),
            SuiteHost.As(Roles.Reporter));

        var triage = (await suite.AsVerifierSeesItAsync(response)).Triage;
        Assert.Equal(TriageOutcome.OfficialAccount, triage.Outcome);
        Assert.Contains(unit.Code, triage.Explanation);
    }

    [Fact]
    public async Task An_account_Personnel_cannot_read_is_not_an_official_one_and_the_report_is_kept()
    {
        var unit = await _personnel.UnitAsync();
        var clerk = await _personnel.EmployeeAsync(unit);
        var request = ReportRequests.PersonalLive(clerk.Nip, TriageTests.TuesdayMorning, "https://vt.tiktok.com/ZSabc123/");

        var response = await suite.ReportingClient.SubmitReportAsync(request, SuiteHost.As(Roles.Reporter));

        Assert.Equal(TriageOutcome.LikelyViolation, (await suite.AsVerifierSeesItAsync(response)).Triage.Outcome);
    }

    [Fact]
    public async Task A_subject_named_in_a_unit_Personnel_does_not_know_is_kept_as_subject_unknown()
    {
        var request = ReportRequests.PersonalLive(PersonnelFixtures.NewNip(), TuesdayMorning);
        request.Subject = new Subject { Name = "Pegawai Tak Dikenal", UnitCode = "NO-SUCH-UNIT" };

        var response = await suite.ReportingClient.SubmitReportAsync(request, SuiteHost.As(Roles.Reporter));

        var report = await suite.AsVerifierSeesItAsync(response);
        Assert.Equal(TriageOutcome.SubjectUnknown, report.Triage.Outcome);
        Assert.NotEmpty(report.VerificationDue);
    }

    [Fact]
    public async Task A_report_may_carry_attachments_up_to_the_configured_total()
    {
        var unit = await _personnel.UnitAsync();
        var clerk = await _personnel.EmployeeAsync(unit);
        var request = ReportRequests.PersonalLive(clerk.Nip, TuesdayMorning.AddHours(5));
        request.Evidence.Clear();
        for (var i = 0; i < 4; i++)
            request.Evidence.Add(new Evidence
            {
                Attachment = new Attachment
                {
                    FileName = $"tangkapan-layar-{i}.png", ContentType = "image/png",
                    // The whole request stays inside gRPC's 4 MiB message limit (docs/reporting.md): the last file leaves
                    // room for the rest of the request.
                    Content = Google.Protobuf.ByteString.CopyFrom(new byte[i < 3 ? 1024 * 1024 : 1024 * 1024 - 16 * 1024]),
                }
            });

        var response = await suite.ReportingClient.SubmitReportAsync(request, SuiteHost.As(Roles.Reporter));

        var report = await suite.ReportingClient.GetReportAsync(new GetReportRequest { ReportId = response.ReportId }, SuiteHost.As(Roles.Verifier));
        Assert.Equal(4, report.Evidence.Count(e => e.KindCase == Evidence.KindOneofCase.Attachment));
    }

    [Fact]
    public async Task A_Sunday_evening_live_is_outside_working_hours()
    {
        var unit = await _personnel.UnitAsync();
        var clerk = await _personnel.EmployeeAsync(unit);

        var response = await suite.ReportingClient.SubmitReportAsync(
            ReportRequests.PersonalLive(clerk.Nip, SundayEvening), SuiteHost.As(Roles.Reporter));

        Assert.Equal(TriageOutcome.OutsideWorkingHours, (await suite.AsVerifierSeesItAsync(response)).Triage.Outcome);
    }

    [Fact]
    public async Task A_report_on_an_unknown_NIP_is_kept_with_the_subject_unknown_and_cannot_be_confirmed()
    {
        var response = await suite.ReportingClient.SubmitReportAsync(
            ReportRequests.PersonalLive(PersonnelFixtures.NewNip(), TuesdayMorning), SuiteHost.As(Roles.Reporter));

        Assert.Equal(TriageOutcome.SubjectUnknown, (await suite.AsVerifierSeesItAsync(response)).Triage.Outcome);
        var ex = await Assert.ThrowsAsync<Grpc.Core.RpcException>(() => suite.ReportingClient.ConfirmReportAsync(
            ReportRequests.Confirmation(response.ReportId), SuiteHost.As(Roles.Verifier)).ResponseAsync);
        Assert.Equal(Grpc.Core.StatusCode.FailedPrecondition, ex.StatusCode);
    }

    [Fact]
    public async Task A_subject_named_with_a_unit_is_resolved_to_the_employee()
    {
        var unit = await _personnel.UnitAsync();
        var clerk = await _personnel.EmployeeAsync(unit, name: "Siti Nurhaliza Pratiwi");
        var request = ReportRequests.PersonalLive(clerk.Nip, TuesdayMorning);
        request.Subject = new Subject { Name = "siti nurhaliza", UnitCode = unit.Code };

        var response = await suite.ReportingClient.SubmitReportAsync(request, SuiteHost.As(Roles.Reporter));

        var report = await suite.AsVerifierSeesItAsync(response);
        Assert.Equal(TriageOutcome.LikelyViolation, report.Triage.Outcome);
        Assert.Equal(clerk.Nip, report.Subject.Nip);
    }
}
