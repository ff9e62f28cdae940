using System.Text.Json.Nodes;
using Berau.Disiplin.Contracts.Discipline.V1;
using Berau.Disiplin.Contracts.Personnel.V1;
using Berau.Disiplin.Contracts.Reporting.V1;
using Berau.Disiplin.Hosting.Auth;
using Berau.Disiplin.EndToEndTests.Infrastructure;
using Berau.Disiplin.EndToEndTests.Reporting;

namespace Berau.Disiplin.EndToEndTests.Discipline;

/// <summary>
/// The case that started the project, end to end: all three services on real PostgreSQL and RabbitMQ, driven only
/// through the public gRPC APIs and observed only through the public events. PP 94/2021 puts the hearing between the
/// report and the sanction: the clerk's Kepala Seksi summons and examines her, and decides the teguran tertulis himself.
/// </summary>
[Collection(SuiteCollection.Name)]
public sealed class TikTokLiveJourneyTests(SuiteHost suite)
{
    private readonly PersonnelFixtures _personnel = new(suite);
    private readonly HearingSteps _hearing = new(suite);

    [Fact]
    public async Task Personal_live_at_the_counter_is_heard_warned_in_writing_by_the_Kepala_Seksi_the_Bupati_moves_her_and_a_repeat_earns_more()
    {
        await using var amqp = await RawAmqp.ConnectAsync(suite.VirtualHost);
        var caseOpened = await amqp.SubscribeAsync("disiplin.discipline.case-opened.v1");
        var summonsIssued = await amqp.SubscribeAsync("disiplin.discipline.summons-issued.v1");
        var examinationRecorded = await amqp.SubscribeAsync("disiplin.discipline.examination-recorded.v1");
        var warningIssued = await amqp.SubscribeAsync("disiplin.discipline.warning-issued.v1");
        var decisionDelivered = await amqp.SubscribeAsync("disiplin.discipline.decision-delivered.v1");
        var transferRequested = await amqp.SubscribeAsync("disiplin.discipline.transfer-requested.v1");
        var employeeTransferred = await amqp.SubscribeAsync("disiplin.personnel.employee-transferred.v1");
        var caseClosed = await amqp.SubscribeAsync("disiplin.discipline.case-closed.v1");

        // BKPSDM's data: the regency's line from the Disdukcapil counter up to the Bupati, the Kampung Tumbit post, the
        // clerk, and the official account.
        var org = await _hearing.OrganisationAsync(frontLine: true);
        var counter = org.Seksi;
        var tumbit = await _personnel.UnitAsync(frontLine: false, prefix: "TUMBIT", parentCode: org.Root.Code);
        await _hearing.SetHeadAsync(tumbit, await _personnel.EmployeeAsync(tumbit, "Yusuf Pratama", level: PositionLevel.Pengawas,
            position: "Kepala Seksi Pemerintahan Kampung"));
        var clerk = await _hearing.ClerkAsync(org, "Rina Lestari");
        var officialHandle = $"disdukcapil.{Guid.NewGuid():N}"[..24];
        await _personnel.OfficialAccountAsync(counter, "@" + officialHandle);
        var kasi = org.KepalaSeksi.Nip;

        // 1. A citizen reports the personal TikTok live: Tuesday 10:14 WITA, in uniform, at the counter.
        var report = await suite.ReportingClient.SubmitReportAsync(
            ReportRequests.PersonalLive(clerk.Nip, TriageTests.TuesdayMorning), SuiteHost.As(Roles.Reporter));
        Assert.Equal(TriageOutcome.LikelyViolation, (await suite.AsVerifierSeesItAsync(report)).Triage.Outcome);

        // 2. The Inspektorat's verifier confirms it: the case opens and waits for the hearing; nothing is issued yet.
        var confirmation = ReportRequests.Confirmation(report.ReportId);
        confirmation.AggravatingFacts.Add(AggravatingFact.DuringServiceHoursAtFrontLineCounter);
        await suite.ReportingClient.ConfirmReportAsync(confirmation, SuiteHost.AsUser("inspektorat-verifier", Roles.Verifier));
        var opened = await Event(caseOpened, "reportId", report.ReportId);
        var caseId = opened["caseId"]!.GetValue<string>();
        var @case = await suite.CaseForReportAsync(report.ReportId);
        Assert.Equal(Berau.Disiplin.Contracts.Discipline.V1.CaseStatus.AwaitingSummons, @case.Status);
        Assert.Equal(kasi, @case.Hearing.AtasanLangsung.Nip);
        Assert.Equal(("R2", true), (@case.Proposal.SanctionCode, @case.Proposal.TransferRecommended));
        Assert.Null(@case.Sanction);

        // 3. The Kepala Seksi summons her in writing; she comes; he examines her and records the BAP.
        await _hearing.SummonAsync(@case, kasi);
        Assert.Equal(kasi, (await Event(summonsIssued, "caseId", caseId))["examinerNip"]!.GetValue<string>());
        await _hearing.AttendanceAsync(@case, kasi, attended: true);
        var heard = await _hearing.ExamineAsync(@case, kasi, FindingImpact.UnitKerja);
        var examined = await Event(examinationRecorded, "caseId", caseId);
        Assert.True(examined["proven"]!.GetValue<bool>());
        Assert.Equal("UnitKerja", examined["impact"]!.GetValue<string>());
        // A Pengawas one level above a pelaksana is entitled to a ringan sanction: the examiner decides himself.
        Assert.Equal(kasi, heard.Hearing.DecisionOfficial.Nip);

        // 4. The Kepala Seksi decides the teguran tertulis on the BAP; BKPSDM records its delivery.
        var decided = await _hearing.DecideAsync(heard, kasi);
        var warning = await Event(warningIssued, "caseId", caseId);
        Assert.Equal("R2", warning["sanctionCode"]!.GetValue<string>());
        Assert.Equal("teguran tertulis", warning["sanction"]!.GetValue<string>());
        Assert.Equal(kasi, warning["issuedBy"]!.GetValue<string>());
        Assert.False(string.IsNullOrEmpty(warning["letterNumber"]!.GetValue<string>()));
        Assert.Equal(heard.Hearing.Examination.BapNumber, decided.Sanction.BasisBapNumber);
        var delivered = await _hearing.DeliverAsync(decided);
        var delivery = await Event(decisionDelivered, "caseId", caseId);
        Assert.Equal(delivered.Sanction.EffectiveDate, delivery["effectiveDate"]!.GetValue<string>());
        Assert.Equal(Berau.Disiplin.Contracts.Discipline.V1.TransferStatus.Recommended, delivered.Transfer.Status);

        // 5. The Bupati, as PPK, approves the transfer away from the front-line post on an organisational ground;
        //    Personnel carries it out.
        await suite.DisciplineClient.ApproveTransferAsync(new ApproveTransferRequest
        {
            CaseId = caseId, ToUnitCode = tumbit.Code, ToPosition = "Staf PEK Kampung Tumbit",
            DecreeNumber = "821.2/045/BKPSDM/2026", EffectiveDate = "2026-12-01",
            Ground = TransferGround.OrganisationalNeed, Reason = "Penguatan pelayanan administrasi kependudukan di kampung",
        }, HearingSteps.Official(org.Bupati));
        var requested = await Event(transferRequested, "caseId", caseId);
        Assert.Equal(tumbit.Code, requested["toUnitCode"]!.GetValue<string>());
        Assert.StartsWith("Kebutuhan organisasi: ", requested["reason"]!.GetValue<string>());
        var moved = await Event(employeeTransferred, "caseId", caseId);
        Assert.Equal(counter.Code, moved["fromUnitCode"]!.GetValue<string>());
        Assert.Equal(tumbit.Code, moved["toUnitCode"]!.GetValue<string>());

        // 6. Once Discipline has the answer, the clerk accepts the warning and waives the objection: the case closes.
        await Eventually.True(async () => (await suite.DisciplineClient.GetCaseAsync(new GetCaseRequest { CaseId = caseId },
                SuiteHost.As(Roles.Auditor))).Transfer.Status == Berau.Disiplin.Contracts.Discipline.V1.TransferStatus.Completed,
            "Discipline to record the transfer");
        var employee = HearingSteps.Employee(clerk.Nip);
        await suite.DisciplineClient.AcceptSanctionAsync(new AcceptSanctionRequest { CaseId = caseId }, employee);
        var closed = await Event(caseClosed, "caseId", caseId);
        Assert.Equal("R2", closed["outcome"]!.GetValue<string>());

        // Personnel shows the new unit; the discipline record shows the warning; the timeline tells the hearing.
        var nowAt = await suite.PersonnelClient.GetEmployeeAsync(new GetEmployeeRequest { Nip = clerk.Nip }, SuiteHost.As(Roles.Hr));
        Assert.Equal(tumbit.Code, nowAt.UnitCode);
        var record = await suite.DisciplineClient.GetDisciplineRecordAsync(new GetDisciplineRecordRequest { Nip = clerk.Nip }, employee);
        var first = Assert.Single(record.Cases);
        Assert.Equal(Berau.Disiplin.Contracts.Discipline.V1.CaseStatus.Closed, first.Status);
        Assert.Equal("R2", first.Sanction.SanctionCode);
        Assert.Equal(Berau.Disiplin.Contracts.Discipline.V1.SanctionStatus.Final, first.Sanction.Status);
        var timeline = (await suite.DisciplineClient.GetCaseAsync(new GetCaseRequest { CaseId = caseId }, SuiteHost.As(Roles.Auditor))).Timeline;
        Assert.Equal(["CaseOpened", "SanctionProposed", "AtasanNamed", "SummonsIssued", "DocumentStored", "SummonsAttended",
                "ExaminationRecorded", "DecisionOfficialNamed", "DocumentStored", "WarningIssued", "DocumentStored", "DecisionDelivered", "TransferRequested", "EmployeeTransferred",
                "SanctionAccepted", "CaseClosed"],
            timeline.Select(t => t.Action));

        // 7. The same clerk offends again, after the warning was decided (a repeat counts by instant, not by day), at her
        //    new post: heard again, a heavier kind of sanction, and the explanation names the earlier one in words.
        var again = await suite.ReportingClient.SubmitReportAsync(
            ReportRequests.PersonalLive(clerk.Nip, DateTimeOffset.UtcNow), SuiteHost.As(Roles.Reporter));
        await suite.ReportingClient.ConfirmReportAsync(ReportRequests.Confirmation(again.ReportId, "BAP 800/031"),
            SuiteHost.AsUser("inspektorat-verifier", Roles.Verifier));
        var secondCaseId = (await Event(caseOpened, "reportId", again.ReportId))["caseId"]!.GetValue<string>();
        await _hearing.HearDecideDeliverAsync(await suite.CaseForReportAsync(again.ReportId));
        var secondWarning = await Event(warningIssued, "caseId", secondCaseId);
        Assert.Equal("R3", secondWarning["sanctionCode"]!.GetValue<string>());
        Assert.Equal("pengulangan-sejenis", secondWarning["ruleId"]!.GetValue<string>());
        var explanation = secondWarning["explanation"]!.GetValue<string>();
        Assert.Contains("pernah dijatuhi teguran tertulis yang ditetapkan pada", explanation);
        Assert.Contains("jenis hukuman disiplin yang lebih berat: pernyataan tidak puas secara tertulis", explanation);
        Assert.DoesNotContain("R2", explanation);

        // 8. The same live on the official account, and one on a Sunday evening: triage says no violation, the
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
