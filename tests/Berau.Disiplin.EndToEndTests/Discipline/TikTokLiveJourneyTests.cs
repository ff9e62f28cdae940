using System.Text.Json.Nodes;
using Berau.Disiplin.Contracts.Discipline.V1;
using Berau.Disiplin.Contracts.Personnel.V1;
using Berau.Disiplin.Contracts.Reporting.V1;
using Berau.Disiplin.Hosting.Auth;
using Berau.Disiplin.EndToEndTests.Infrastructure;
using Berau.Disiplin.EndToEndTests.Reporting;
using Grpc.Core;
using ReportingCategory = Berau.Disiplin.Contracts.Reporting.V1.ReportCategory;

namespace Berau.Disiplin.EndToEndTests.Discipline;

/// <summary>
/// The case that started the project, end to end: all three services on real PostgreSQL and RabbitMQ, driven only
/// through the public gRPC APIs and observed only through the public events.
/// </summary>
[Collection(SuiteCollection.Name)]
public sealed class TikTokLiveJourneyTests(SuiteHost suite)
{
    private readonly PersonnelFixtures _personnel = new(suite);

    private static CallOptions Official(string level, string subject = "pejabat") =>
        SuiteHost.AsUser(subject, [Roles.Official], new Dictionary<string, string> { ["position_level"] = level });

    [Fact]
    public async Task Personal_live_at_the_counter_ends_in_a_written_warning_and_a_transfer_to_Kampung_Tumbit_and_a_repeat_earns_more()
    {
        await using var amqp = await RawAmqp.ConnectAsync(suite.VirtualHost);
        var caseOpened = await amqp.SubscribeAsync("disiplin.discipline.case-opened.v1");
        var warningIssued = await amqp.SubscribeAsync("disiplin.discipline.warning-issued.v1");
        var transferRequested = await amqp.SubscribeAsync("disiplin.discipline.transfer-requested.v1");
        var employeeTransferred = await amqp.SubscribeAsync("disiplin.personnel.employee-transferred.v1");
        var caseClosed = await amqp.SubscribeAsync("disiplin.discipline.case-closed.v1");

        // BKPSDM's data: the Disdukcapil counter (front line), the Kampung Tumbit post, the clerk, the official account.
        var counter = await _personnel.UnitAsync(frontLine: true, prefix: "LOKET");
        var tumbit = await _personnel.UnitAsync(frontLine: false, prefix: "TUMBIT");
        var clerk = await _personnel.EmployeeAsync(counter, name: "Rina Lestari");
        var officialHandle = $"disdukcapil.{Guid.NewGuid():N}"[..24];
        await _personnel.OfficialAccountAsync(counter, "@" + officialHandle);

        // 1. A citizen reports the personal TikTok live: Tuesday 10:14 WITA, in uniform, at the counter.
        var report = await suite.ReportingClient.SubmitReportAsync(
            ReportRequests.PersonalLive(clerk.Nip, TriageTests.TuesdayMorning), SuiteHost.As(Roles.Reporter));
        Assert.Equal(TriageOutcome.LikelyViolation, (await suite.AsVerifierSeesItAsync(report)).Triage.Outcome);

        // 2. The supervisor examines and confirms it.
        var confirmation = ReportRequests.Confirmation(report.ReportId);
        confirmation.AggravatingFacts.Add(AggravatingFact.DuringServiceHoursAtFrontLineCounter);
        await suite.ReportingClient.ConfirmReportAsync(confirmation, SuiteHost.AsUser("kasi-pelayanan", Roles.Verifier));

        // 3. Discipline opens the case and issues the written warning at once.
        var opened = await Event(caseOpened, "reportId", report.ReportId);
        var caseId = opened["caseId"]!.GetValue<string>();
        var warning = await Event(warningIssued, "caseId", caseId);
        Assert.Equal("R2", warning["sanctionCode"]!.GetValue<string>());
        Assert.Equal("teguran tertulis", warning["sanction"]!.GetValue<string>());
        Assert.Equal("kasi-pelayanan", warning["issuedBy"]!.GetValue<string>());
        Assert.False(string.IsNullOrEmpty(warning["letterNumber"]!.GetValue<string>()));
        Assert.True(DateOnly.Parse(warning["deliveryDeadline"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture) > DateOnly.FromDateTime(DateTime.UtcNow));

        var @case = await suite.DisciplineClient.GetCaseAsync(new GetCaseRequest { CaseId = caseId }, Official("PENGAWAS"));
        Assert.Equal(Berau.Disiplin.Contracts.Discipline.V1.CaseStatus.Sanctioned, @case.Status);
        Assert.True(@case.Proposal.TransferRecommended);
        Assert.Equal(TransferStatus.Recommended, @case.Transfer.Status);

        // 4. The official approves the transfer away from the front-line post; Personnel carries it out.
        await suite.DisciplineClient.ApproveTransferAsync(new ApproveTransferRequest
        {
            CaseId = caseId, ToUnitCode = tumbit.Code, ToPosition = "Staf PEK Kampung Tumbit",
            DecreeNumber = "821.2/045/BKPSDM/2026", EffectiveDate = "2026-12-01",
        }, Official("PENGAWAS", "kadis-dukcapil"));
        var requested = await Event(transferRequested, "caseId", caseId);
        Assert.Equal(tumbit.Code, requested["toUnitCode"]!.GetValue<string>());
        var moved = await Event(employeeTransferred, "caseId", caseId);
        Assert.Equal(counter.Code, moved["fromUnitCode"]!.GetValue<string>());
        Assert.Equal(tumbit.Code, moved["toUnitCode"]!.GetValue<string>());

        // 5. The clerk accepts the warning and waives the objection: the case closes.
        var employee = SuiteHost.AsUser("rina", [Roles.Employee], new Dictionary<string, string> { ["nip"] = clerk.Nip });
        await suite.DisciplineClient.AcceptSanctionAsync(new AcceptSanctionRequest { CaseId = caseId }, employee);
        var closed = await Event(caseClosed, "caseId", caseId);
        Assert.Equal("R2", closed["outcome"]!.GetValue<string>());

        // Personnel shows the new unit; the discipline record shows the warning.
        var nowAt = await suite.PersonnelClient.GetEmployeeAsync(new GetEmployeeRequest { Nip = clerk.Nip }, SuiteHost.As(Roles.Hr));
        Assert.Equal(tumbit.Code, nowAt.UnitCode);
        var record = await suite.DisciplineClient.GetDisciplineRecordAsync(new GetDisciplineRecordRequest { Nip = clerk.Nip }, employee);
        var first = Assert.Single(record.Cases);
        Assert.Equal(Berau.Disiplin.Contracts.Discipline.V1.CaseStatus.Closed, first.Status);
        Assert.Equal("R2", first.Sanction.SanctionCode);
        Assert.Equal(SanctionStatus.Final, first.Sanction.Status);

        // 6. The same clerk offends again, after the warning was decided (a repeat counts by instant, not by day): a
        //    heavier kind of sanction, and the explanation names the earlier one in words.
        var again = await suite.ReportingClient.SubmitReportAsync(
            ReportRequests.PersonalLive(clerk.Nip, DateTimeOffset.UtcNow), SuiteHost.As(Roles.Reporter));
        await suite.ReportingClient.ConfirmReportAsync(ReportRequests.Confirmation(again.ReportId, "BAP 800/031"),
            SuiteHost.AsUser("kasi-tumbit", Roles.Verifier));
        var secondCaseId = (await Event(caseOpened, "reportId", again.ReportId))["caseId"]!.GetValue<string>();
        var secondWarning = await Event(warningIssued, "caseId", secondCaseId);
        Assert.Equal("R3", secondWarning["sanctionCode"]!.GetValue<string>());
        Assert.Equal("pengulangan-sejenis", secondWarning["ruleId"]!.GetValue<string>());
        var explanation = secondWarning["explanation"]!.GetValue<string>();
        Assert.Contains("pernah dijatuhi teguran tertulis yang ditetapkan pada", explanation);
        Assert.Contains("jenis hukuman disiplin yang lebih berat: pernyataan tidak puas secara tertulis", explanation);
        Assert.DoesNotContain("R2", explanation);

        // 7. The same live on the official account, and one on a Sunday evening: triage says no violation, the
        //    verifier dismisses them, and no case is opened.
        var official = await suite.ReportingClient.SubmitReportAsync(
            ReportRequests.PersonalLive(clerk.Nip, TriageTests.TuesdayMorning.AddDays(7), $"tiktok.com/@{officialHandle}"),
            SuiteHost.As(Roles.Reporter));
        var sunday = await suite.ReportingClient.SubmitReportAsync(
            ReportRequests.PersonalLive(clerk.Nip, TriageTests.SundayEvening), SuiteHost.As(Roles.Reporter));
        var (officialTriage, sundayTriage) = ((await suite.AsVerifierSeesItAsync(official)).Triage, (await suite.AsVerifierSeesItAsync(sunday)).Triage);
        Assert.Equal(TriageOutcome.OfficialAccount, officialTriage.Outcome);
        Assert.Equal(TriageOutcome.OutsideWorkingHours, sundayTriage.Outcome);
        foreach (var (r, triage) in new[] { (official, officialTriage), (sunday, sundayTriage) })
            await suite.ReportingClient.DismissReportAsync(new DismissReportRequest { ReportId = r.ReportId, Reason = triage.Explanation },
                SuiteHost.As(Roles.Verifier));
        var records = await suite.DisciplineClient.GetDisciplineRecordAsync(new GetDisciplineRecordRequest { Nip = clerk.Nip }, SuiteHost.As(Roles.Auditor));
        Assert.Equal(2, records.Cases.Count);
        Assert.DoesNotContain(caseOpened.Received, e => e["message"]!["reportId"]!.GetValue<string>() is var id
                                                       && (id == official.ReportId || id == sunday.ReportId));
    }

    private static Task<JsonObject> Event(RawAmqp.Subscription subscription, string field, string value) =>
        Eventually.Get(() => Task.FromResult(subscription.Where(m => m[field]?.GetValue<string>() == value)
            .Select(e => e["message"]!.AsObject()).FirstOrDefault()), $"{field} {value} on {subscription.Queue}");
}
