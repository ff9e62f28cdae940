using Berau.Disiplin.Contracts.Reporting.V1;
using Berau.Disiplin.EndToEndTests.Infrastructure;
using Berau.Disiplin.Hosting.Auth;
using SubmitReportMapping = Berau.Disiplin.Reporting.Reports.SubmitReportMapping;

namespace Berau.Disiplin.EndToEndTests.Reporting;

/// <summary>
/// A reporter's answer to SubmitReport is a receipt: the tracking code, the status and that triage follows. It tells
/// nothing about staff (whether the NIP or name exists, the unit, duty) nor about other reports (duplicate_of).
/// </summary>
[Collection(SuiteCollection.Name)]
public sealed class ReporterReceiptTests(SuiteHost suite)
{
    private readonly PersonnelFixtures _personnel = new(suite);

    [Fact]
    public async Task A_reporter_gets_the_same_receipt_whether_the_subject_exists_was_on_duty_or_was_reported_before()
    {
        var unit = await _personnel.UnitAsync();
        var clerk = await _personnel.EmployeeAsync(unit, name: "Rina Kasih Lestari");
        var reporter = SuiteHost.As(Roles.Reporter);

        var onDuty = await suite.ReportingClient.SubmitReportAsync(ReportRequests.PersonalLive(clerk.Nip, TriageTests.TuesdayMorning), reporter);
        var again = await suite.ReportingClient.SubmitReportAsync(
            ReportRequests.PersonalLive(clerk.Nip, TriageTests.TuesdayMorning.AddMinutes(10)), reporter);
        var sunday = await suite.ReportingClient.SubmitReportAsync(ReportRequests.PersonalLive(clerk.Nip, TriageTests.SundayEvening), reporter);
        var unknownNip = await suite.ReportingClient.SubmitReportAsync(
            ReportRequests.PersonalLive(PersonnelFixtures.NewNip(), TriageTests.TuesdayMorning), reporter);
        var byName = ReportRequests.PersonalLive(clerk.Nip, TriageTests.TuesdayMorning.AddDays(1));
        byName.Subject = new Subject { Name = "rina kasih", UnitCode = unit.Code };
        var named = await suite.ReportingClient.SubmitReportAsync(byName, reporter);

        foreach (var receipt in new[] { onDuty, again, sunday, unknownNip, named })
        {
            Assert.StartsWith("LPR-", receipt.TrackingCode);
            Assert.NotEmpty(receipt.ReportId);
            // Only the code and the ids differ from one receipt to the next: the rest says nothing triage found.
            var rest = receipt.Clone();
            rest.ReportId = rest.TrackingCode = "";
            Assert.Equal(new SubmitReportResponse
            {
                Status = ReportStatus.Submitted,
                Triage = new Triage { Outcome = TriageOutcome.Pending, Explanation = SubmitReportMapping.ReceiptExplanation },
            }, rest);
            var text = receipt.ToString();
            Assert.DoesNotContain(unit.Code, text);
            Assert.DoesNotContain("Rina", text);
            if (!ReferenceEquals(receipt, onDuty)) Assert.DoesNotContain(onDuty.ReportId, text);
        }

        // Verifiers keep the whole triage and the link to the earlier report.
        Assert.Equal(TriageOutcome.LikelyViolation, (await suite.AsVerifierSeesItAsync(onDuty)).Triage.Outcome);
        Assert.Equal("OnDuty", (await suite.AsVerifierSeesItAsync(onDuty)).Triage.DutyStatus);
        var duplicate = await suite.AsVerifierSeesItAsync(again);
        Assert.Equal(ReportStatus.Duplicate, duplicate.Status);
        Assert.Equal(onDuty.ReportId, duplicate.DuplicateOf);
        Assert.Equal(TriageOutcome.OutsideWorkingHours, (await suite.AsVerifierSeesItAsync(sunday)).Triage.Outcome);
        Assert.Equal(TriageOutcome.SubjectUnknown, (await suite.AsVerifierSeesItAsync(unknownNip)).Triage.Outcome);
        Assert.Equal(unit.Code, (await suite.AsVerifierSeesItAsync(named)).Subject.UnitCode);
    }

    [Fact]
    public async Task A_caller_that_is_also_a_verifier_gets_the_triage_with_the_submission()
    {
        var unit = await _personnel.UnitAsync();
        var clerk = await _personnel.EmployeeAsync(unit);

        var response = await suite.ReportingClient.SubmitReportAsync(
            ReportRequests.PersonalLive(clerk.Nip, TriageTests.TuesdayMorning), SuiteHost.As(Roles.Reporter, Roles.Verifier));

        Assert.Equal(TriageOutcome.LikelyViolation, response.Triage.Outcome);
        Assert.Equal("OnDuty", response.Triage.DutyStatus);
    }
}
