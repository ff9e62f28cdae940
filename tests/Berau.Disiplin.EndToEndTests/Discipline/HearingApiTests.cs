using Berau.Disiplin.Contracts.Discipline.V1;
using Berau.Disiplin.Contracts.Personnel.V1;
using Berau.Disiplin.Contracts.Reporting.V1;
using Berau.Disiplin.EndToEndTests.Foundation;
using Berau.Disiplin.EndToEndTests.Infrastructure;
using Berau.Disiplin.EndToEndTests.Reporting;
using Berau.Disiplin.Hosting.Auth;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using CaseStatus = Berau.Disiplin.Contracts.Discipline.V1.CaseStatus;

namespace Berau.Disiplin.EndToEndTests.Discipline;

/// <summary>
/// The hearing PP 94/2021 puts before any sanction (Pasal 26–27), through the public API on real PostgreSQL and RabbitMQ:
/// each branch of the summons, the examination, the tim pemeriksa and the release from duty.
/// </summary>
[Collection(SuiteCollection.Name)]
public sealed class HearingApiTests(SuiteHost suite)
{
    private readonly CaseFactory _cases = new(suite);
    private HearingSteps Steps => _cases.Steps;
    private DisciplineService.DisciplineServiceClient Discipline => suite.DisciplineClient;

    [Fact]
    public async Task A_case_opens_awaiting_the_summons_of_the_atasan_langsung_named_from_the_organisation()
    {
        await using var amqp = await RawAmqp.ConnectAsync(suite.VirtualHost);
        var warnings = await amqp.SubscribeAsync("disiplin.discipline.warning-issued.v1");
        var (org, clerk, @case) = await _cases.OpenAsync();

        Assert.Equal(CaseStatus.AwaitingSummons, @case.Status);
        Assert.Equal((org.KepalaSeksi.Nip, org.KepalaSeksi.Name, OfficialLevel.Pengawas),
            (@case.Hearing.AtasanLangsung.Nip, @case.Hearing.AtasanLangsung.Name, @case.Hearing.AtasanLangsung.PositionLevel));
        Assert.NotEmpty(@case.Hearing.SummonsDue);
        Assert.Equal((SanctionLevel.Ringan, false), (@case.Hearing.ExpectedLevel, @case.Hearing.TeamRequired));
        Assert.Equal(["CaseOpened", "SanctionProposed", "AtasanNamed"], @case.Timeline.Select(t => t.Action));
        // The verifier is never the issuer: confirming issued nothing.
        Assert.Null(@case.Sanction);
        await Task.Delay(500);
        Assert.DoesNotContain(warnings.Received, e => e["message"]!["subjectNip"]!.GetValue<string>() == clerk.Nip);
    }

    [Fact]
    public async Task No_sanction_without_a_recorded_examination_and_each_refusal_names_the_missing_step()
    {
        var (org, _, @case) = await _cases.OpenAsync();
        var kasi = org.KepalaSeksi.Nip;

        var notSummoned = await Assert.ThrowsAsync<RpcException>(() => Steps.DecideAsync(@case, kasi));
        AssertPrecondition(notSummoned, "AWAITING_SUMMONS", "the employee has not been summoned");
        Assert.Contains("(IssueSummons)", notSummoned.Status.Detail);

        await Steps.SummonAsync(@case, kasi);
        AssertPrecondition(await Assert.ThrowsAsync<RpcException>(() => Steps.DecideAsync(@case, kasi)), "SUMMONED",
            "(RecordSummonsAttendance)");
        await Steps.AttendanceAsync(@case, kasi, attended: true);
        AssertPrecondition(await Assert.ThrowsAsync<RpcException>(() => Steps.DecideAsync(@case, kasi)), "SUMMONED",
            "the examination and its BAP are not recorded (RecordExamination)");

        await Steps.ExamineAsync(@case, kasi);
        var decided = await Steps.DecideAsync(@case, kasi);
        Assert.Equal(CaseStatus.Sanctioned, decided.Status);
    }

    [Fact]
    public async Task A_missed_summons_I_needs_summons_II_and_after_a_second_no_show_the_decision_rests_on_the_evidence()
    {
        await using var amqp = await RawAmqp.ConnectAsync(suite.VirtualHost);
        var missedEvents = await amqp.SubscribeAsync("disiplin.discipline.summons-missed.v1");
        var (org, _, @case) = await _cases.OpenAsync();
        var kasi = org.KepalaSeksi.Nip;

        var afterFirst = await Steps.SummonAndMissAsync(@case, kasi);
        Assert.Equal(CaseStatus.AwaitingSummons, afterFirst.Status);
        Assert.Equal(SummonsOutcome.Missed, afterFirst.Hearing.Summonses[0].Outcome);
        AssertPrecondition(await Assert.ThrowsAsync<RpcException>(() => Steps.DecideAsync(afterFirst, kasi)), "AWAITING_SUMMONS",
            "summons I was missed: summons II (IssueSummons) must follow");

        var afterSecond = await Steps.SummonAndMissAsync(@case, kasi);
        Assert.Equal((CaseStatus.Open, true), (afterSecond.Status, afterSecond.Hearing.DecidedOnEvidence));
        Assert.Equal(2, afterSecond.Hearing.Summonses[1].Number);
        Assert.Contains(afterSecond.Timeline, t => t.Action == "SummonsMissed" && t.Detail.Contains("Keputusan dapat diambil berdasarkan alat bukti"));
        Assert.Equal(kasi, afterSecond.Hearing.DecisionOfficial.Nip);

        var decided = await Steps.DecideAsync(afterSecond, kasi);
        Assert.Equal(CaseStatus.Sanctioned, decided.Status);
        Assert.Empty(decided.Sanction.BasisBapNumber);
        var events = await Eventually.Get(() => Task.FromResult(missedEvents.Where(m => m["caseId"]?.GetValue<string>() == @case.CaseId).ToList() is
        { Count: 2 } both ? both : null), "both SummonsMissed events");
        Assert.Equal([false, true], events.Select(e => e["message"]!["decisionOnEvidence"]!.GetValue<bool>()).Order());
    }

    [Fact]
    public async Task A_summons_setting_the_examination_beyond_the_policys_gap_is_refused_by_field()
    {
        var (org, _, @case) = await _cases.OpenAsync();

        var tooLate = await Assert.ThrowsAsync<RpcException>(() => Discipline.IssueSummonsAsync(new IssueSummonsRequest
        {
            CaseId = @case.CaseId, ExaminationAt = Timestamp.FromDateTimeOffset(DateTimeOffset.UtcNow.AddDays(30)), Place = "Ruang Kasi",
        }, HearingSteps.Official(org.KepalaSeksi)).ResponseAsync);

        Assert.Contains("after the letter date (policy setting summonsMaxGap)", ValidationTests.FieldViolations(tooLate)["examination_at"]);
        var unchanged = await Discipline.GetCaseAsync(new GetCaseRequest { CaseId = @case.CaseId }, SuiteHost.As(Roles.Auditor));
        Assert.Empty(unchanged.Hearing.Summonses);
    }

    [Fact]
    public async Task A_summons_numbers_itself_from_the_regencys_pattern_and_is_announced()
    {
        await using var amqp = await RawAmqp.ConnectAsync(suite.VirtualHost);
        var issued = await amqp.SubscribeAsync("disiplin.discipline.summons-issued.v1");
        var (org, _, @case) = await _cases.OpenAsync();

        var summoned = await Steps.SummonAsync(@case, org.KepalaSeksi.Nip);

        var summons = Assert.Single(summoned.Hearing.Summonses);
        // Discipline:Letters:SummonsPattern, by default 800.1.6.4/PGL/{seq:000}/{unit}/{year}: never a sanction code.
        Assert.Matches(@"^800\.1\.6\.4/PGL/\d{3,}/LOKET-[0-9A-F]+/\d{4}$", summons.LetterNumber);
        Assert.Equal((1, SummonsOutcome.Pending, org.KepalaSeksi.Nip), (summons.Number, summons.Outcome, summons.Examiner.Nip));
        var message = (await Eventually.Get(() => Task.FromResult(issued.Where(m => m["caseId"]?.GetValue<string>() == @case.CaseId).FirstOrDefault()),
            "SummonsIssued"))["message"]!;
        Assert.Equal((summons.LetterNumber, org.KepalaSeksi.Nip), (message["letterNumber"]!.GetValue<string>(), message["examinerNip"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Only_the_atasan_langsung_summons_whatever_the_token_claims()
    {
        var (org, clerk, @case) = await _cases.OpenAsync();

        var kabid = await Assert.ThrowsAsync<RpcException>(() => Steps.SummonAsync(@case, org.KepalaBidang.Nip));
        Assert.Equal(StatusCode.PermissionDenied, kabid.StatusCode);
        Assert.Contains($"Only the atasan langsung summons and examines (PP 94/2021 Pasal 26–27): {org.KepalaSeksi.Name} (NIP {org.KepalaSeksi.Nip}",
            kabid.Status.Detail);
        var claimsToBeKasi = await Assert.ThrowsAsync<RpcException>(() => Discipline.IssueSummonsAsync(new IssueSummonsRequest
        {
            CaseId = @case.CaseId, ExaminationAt = Timestamp.FromDateTimeOffset(DateTimeOffset.UtcNow.AddHours(1)), Place = "Loket",
        }, HearingSteps.Official(clerk.Nip, ("position_level", "PENGAWAS"))).ResponseAsync);
        Assert.Equal(StatusCode.PermissionDenied, claimsToBeKasi.StatusCode);
    }

    [Fact]
    public async Task Not_proven_closes_the_case_without_a_sanction()
    {
        await using var amqp = await RawAmqp.ConnectAsync(suite.VirtualHost);
        var closedEvents = await amqp.SubscribeAsync("disiplin.discipline.case-closed.v1");
        var (org, _, @case) = await _cases.OpenAsync();
        var kasi = org.KepalaSeksi.Nip;
        await Steps.SummonAsync(@case, kasi);
        await Steps.AttendanceAsync(@case, kasi, attended: true);

        var examined = await Steps.ExamineAsync(@case, kasi, proven: false);

        Assert.Equal(CaseStatus.Closed, examined.Status);
        Assert.Null(examined.Sanction);
        Assert.False(examined.Hearing.Examination.Proven);
        var closed = await Eventually.Get(() => Task.FromResult(closedEvents.Where(m => m["caseId"]?.GetValue<string>() == @case.CaseId).FirstOrDefault()),
            "CaseClosed");
        Assert.Equal("NotProven", closed["message"]!["outcome"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_BAP_without_an_explicit_reasoned_impact_or_a_reason_for_a_missing_signature_is_refused_by_field()
    {
        var (org, _, @case) = await _cases.OpenAsync();
        var kasi = org.KepalaSeksi.Nip;
        await Steps.SummonAsync(@case, kasi);
        await Steps.AttendanceAsync(@case, kasi, attended: true);
        var bap = HearingSteps.Bap(@case);
        bap.Impact = FindingImpact.Unspecified;
        bap.ImpactReasoning = "";
        bap.SignedByEmployee = false;
        bap.ExaminedAt = Timestamp.FromDateTimeOffset(DateTimeOffset.UtcNow);

        var refused = await Assert.ThrowsAsync<RpcException>(() => Discipline.RecordExaminationAsync(bap, HearingSteps.Official(kasi)).ResponseAsync);

        var fields = ValidationTests.FieldViolations(refused);
        Assert.Equal(["impact", "impact_reasoning", "refusal_note"], fields.Keys.Order().ToArray());
        Assert.Contains("as the examiner finds it", fields["impact"]);
        var empty = await Assert.ThrowsAsync<RpcException>(() => Discipline.RecordExaminationAsync(
            new RecordExaminationRequest { CaseId = @case.CaseId, Proven = true }, HearingSteps.Official(kasi)).ResponseAsync);
        // An empty BAP number is given from Discipline:Letters:ExaminationPattern, so it is no missing field.
        Assert.Equal(["examined_at", "impact", "impact_reasoning", "refusal_note", "statement"],
            ValidationTests.FieldViolations(empty).Keys.Order().ToArray());
        var stranger = HearingSteps.Bap(@case, FindingImpact.UnitKerja, true, kasi, org.KepalaDinas.Nip);
        stranger.ExaminedAt = Timestamp.FromDateTimeOffset(DateTimeOffset.UtcNow);
        var notExaminer = await Assert.ThrowsAsync<RpcException>(() => Discipline.RecordExaminationAsync(stranger, HearingSteps.Official(kasi)).ResponseAsync);
        Assert.Contains("is not the atasan langsung", ValidationTests.FieldViolations(notExaminer)["examiner_nips[1]"]);
    }

    [Fact]
    public async Task An_expected_berat_needs_a_tim_pemeriksa_formed_by_the_PPK_before_the_summons()
    {
        await using var amqp = await RawAmqp.ConnectAsync(suite.VirtualHost);
        var teamEvents = await amqp.SubscribeAsync("disiplin.discipline.examination-team-formed.v1");
        var (org, _, @case) = await _cases.OpenAsync(impact: Impact.State);
        Assert.Equal((SanctionLevel.Berat, true), (@case.Hearing.ExpectedLevel, @case.Hearing.TeamRequired));

        AssertPrecondition(await Assert.ThrowsAsync<RpcException>(() => Steps.SummonAsync(@case, org.KepalaSeksi.Nip)), "TEAM_REQUIRED",
            "FormExaminationTeam");

        var auditor = await Steps.StaffOfAsync("INSPEKTORAT", PositionLevel.Fungsional, "Agus Priyanto");
        var analyst = await Steps.StaffOfAsync("BKPSDM", PositionLevel.Fungsional, "Dewi Lestari");
        var team = TeamRequest(@case, org.KepalaSeksi, auditor, analyst);

        var notPpk = await Assert.ThrowsAsync<RpcException>(() => Discipline.FormExaminationTeamAsync(team,
            HearingSteps.Official(org.KepalaDinas.Nip, ("position_level", "BUPATI"))).ResponseAsync);
        Assert.Equal(StatusCode.PermissionDenied, notPpk.StatusCode);
        Assert.Contains($"formed by the PPK, Bupati Berau (NIP {org.Bupati.Nip}", notPpk.Status.Detail);

        var formed = await Discipline.FormExaminationTeamAsync(team, HearingSteps.Official(org.Bupati));
        Assert.Equal([TeamRole.AtasanLangsung, TeamRole.Inspektorat, TeamRole.Bkpsdm], formed.Hearing.Team.Members.Select(m => m.Role));
        Assert.Equal(org.Bupati.Nip, formed.Hearing.Team.FormedBy.Nip);
        await Eventually.Get(() => Task.FromResult(teamEvents.Where(m => m["caseId"]?.GetValue<string>() == @case.CaseId).FirstOrDefault()),
            "ExaminationTeamFormed");

        // A member of the team summons and examines; the finding (berat) goes to the Bupati, the only one entitled.
        await Steps.SummonAsync(@case, auditor.Nip);
        await Steps.AttendanceAsync(@case, auditor.Nip, attended: true);
        var bap = HearingSteps.Bap(@case, FindingImpact.Negara, true, auditor.Nip, org.KepalaSeksi.Nip, analyst.Nip);
        bap.ExaminedAt = Timestamp.FromDateTimeOffset(DateTimeOffset.UtcNow);
        var examined = await Discipline.RecordExaminationAsync(bap, HearingSteps.Official(auditor));
        Assert.Equal(3, examined.Hearing.Examination.Examiners.Count);
        Assert.Equal(org.Bupati.Nip, examined.Hearing.DecisionOfficial.Nip);
        var kadis = await Assert.ThrowsAsync<RpcException>(() => Steps.DecideAsync(examined, org.KepalaDinas.Nip));
        Assert.Equal(StatusCode.PermissionDenied, kadis.StatusCode);
        var decided = await Steps.DecideAsync(examined, org.Bupati.Nip);
        Assert.Equal(SanctionLevel.Berat, decided.Sanction.Level);
    }

    [Fact]
    public async Task A_team_breaking_the_composition_or_rank_rules_is_refused_by_field()
    {
        var (org, _, @case) = await _cases.OpenAsync(impact: Impact.State, level: PositionLevel.Pengawas);
        var auditor = await Steps.StaffOfAsync("INSPEKTORAT", PositionLevel.Fungsional, "Agus Priyanto");
        var inspektur = await Steps.StaffOfAsync("INSPEKTORAT", PositionLevel.Administrator, "Irban Wilayah");
        var analyst = await Steps.StaffOfAsync("BKPSDM", PositionLevel.Fungsional, "Dewi Lestari");
        var kabidBkpsdm = await Steps.StaffOfAsync("BKPSDM", PositionLevel.Administrator, "Kepala Bidang Disiplin");
        var atasan = (await Steps.WithAtasanAsync(@case)).Hearing.AtasanLangsung.Nip;
        Assert.Equal(org.KepalaSeksi.Nip, atasan);

        // A JF ranks with the pelaksana: lower than the examined Pengawas.
        var lower = await Assert.ThrowsAsync<RpcException>(() => Discipline.FormExaminationTeamAsync(
            TeamRequest(@case, org.KepalaSeksi, auditor, analyst), HearingSteps.Official(org.Bupati)).ResponseAsync);
        var lowerFields = ValidationTests.FieldViolations(lower);
        Assert.Equal(["members[1].nip", "members[2].nip"], lowerFields.Keys.Order().ToArray());
        Assert.Contains("holds a lower position (Pejabat Fungsional) than the examined employee (Pejabat Pengawas)", lowerFields["members[1].nip"]);

        var wrongPeople = TeamRequest(@case, org.KepalaBidang, kabidBkpsdm, inspektur);
        wrongPeople.Members.Add(new TeamMemberRequest { Nip = "199999999999999999", Role = TeamRole.Bkpsdm });
        var wrong = await Assert.ThrowsAsync<RpcException>(() =>
            Discipline.FormExaminationTeamAsync(wrongPeople, HearingSteps.Official(org.Bupati)).ResponseAsync);
        var wrongFields = ValidationTests.FieldViolations(wrong);
        Assert.Equal(["members[3].nip"], wrongFields.Keys.ToArray());
        Assert.Contains("is not an employee Personnel knows", wrongFields["members[3].nip"]);
        wrongPeople.Members.RemoveAt(3);
        var composition = ValidationTests.FieldViolations(await Assert.ThrowsAsync<RpcException>(() =>
            Discipline.FormExaminationTeamAsync(wrongPeople, HearingSteps.Official(org.Bupati)).ResponseAsync));
        Assert.Contains("is not the atasan langsung", composition["members[0].nip"]);
        Assert.Contains("does not work in the Inspektorat (unit INSPEKTORAT)", composition["members[1].nip"]);
        Assert.Contains("does not work in BKPSDM (unit BKPSDM)", composition["members[2].nip"]);

        var badRequest = ValidationTests.FieldViolations(await Assert.ThrowsAsync<RpcException>(() => Discipline.FormExaminationTeamAsync(
            new FormExaminationTeamRequest { CaseId = @case.CaseId, Members = { new TeamMemberRequest { Nip = atasan } } },
            HearingSteps.Official(org.Bupati)).ResponseAsync));
        Assert.Equal(["decree_number", "members[0].role"], badRequest.Keys.Order().ToArray());

        var formed = await Discipline.FormExaminationTeamAsync(TeamRequest(@case, org.KepalaSeksi, inspektur, kabidBkpsdm),
            HearingSteps.Official(org.Bupati));
        Assert.Equal(3, formed.Hearing.Team.Members.Count);
    }

    [Fact]
    public async Task A_team_is_not_for_an_expected_ringan()
    {
        var (org, _, @case) = await _cases.OpenAsync();
        var auditor = await Steps.StaffOfAsync("INSPEKTORAT", PositionLevel.Fungsional, "Agus Priyanto");
        var analyst = await Steps.StaffOfAsync("BKPSDM", PositionLevel.Fungsional, "Dewi Lestari");

        var refused = await Assert.ThrowsAsync<RpcException>(() => Discipline.FormExaminationTeamAsync(
            TeamRequest(@case, org.KepalaSeksi, auditor, analyst), HearingSteps.Official(org.Bupati)).ResponseAsync);

        AssertPrecondition(refused, "EXPECTED_RINGAN", "so the atasan langsung examines");
    }

    [Fact]
    public async Task Release_from_duty_is_for_an_expected_berat_by_a_superior_of_the_line_with_an_acting_official()
    {
        await using var amqp = await RawAmqp.ConnectAsync(suite.VirtualHost);
        var suspendedEvents = await amqp.SubscribeAsync("disiplin.discipline.suspended-from-duty.v1");
        var (ringanOrg, _, ringan) = await _cases.OpenAsync();
        AssertPrecondition(await Assert.ThrowsAsync<RpcException>(() => Discipline.SuspendFromDutyAsync(Suspension(ringan, ringanOrg.KepalaBidang.Nip),
            HearingSteps.Official(ringanOrg.KepalaSeksi)).ResponseAsync), "EXPECTED_RINGAN", "Pembebasan sementara is for a case that expects a berat");

        var (org, _, berat) = await _cases.OpenAsync(impact: Impact.State);
        var outsider = await Assert.ThrowsAsync<RpcException>(() => Discipline.SuspendFromDutyAsync(Suspension(berat, org.KepalaBidang.Nip),
            HearingSteps.Official(ringanOrg.KepalaSeksi)).ResponseAsync);
        Assert.Equal(StatusCode.PermissionDenied, outsider.StatusCode);
        var unknownActing = await Assert.ThrowsAsync<RpcException>(() => Discipline.SuspendFromDutyAsync(Suspension(berat, "199999999999999999"),
            HearingSteps.Official(org.KepalaSeksi)).ResponseAsync);
        Assert.Contains("is not an employee Personnel knows", ValidationTests.FieldViolations(unknownActing)["acting_official_nip"]);
        var badInput = await Assert.ThrowsAsync<RpcException>(() => Discipline.SuspendFromDutyAsync(
            new SuspendFromDutyRequest { CaseId = berat.CaseId, FromDate = "besok" }, HearingSteps.Official(org.KepalaSeksi)).ResponseAsync);
        Assert.Equal(["acting_official_nip", "decree_number", "from_date"], ValidationTests.FieldViolations(badInput).Keys.Order().ToArray());

        var suspended = await Discipline.SuspendFromDutyAsync(Suspension(berat, org.KepalaBidang.Nip), HearingSteps.Official(org.KepalaSeksi));

        Assert.Equal((org.KepalaBidang.Nip, org.KepalaSeksi.Nip), (suspended.Hearing.Suspension.ActingOfficial.Nip, suspended.Hearing.Suspension.OrderedBy.Nip));
        await Eventually.Get(() => Task.FromResult(suspendedEvents.Where(m => m["caseId"]?.GetValue<string>() == berat.CaseId).FirstOrDefault()),
            "SuspendedFromDuty");
        AssertPrecondition(await Assert.ThrowsAsync<RpcException>(() => Discipline.SuspendFromDutyAsync(Suspension(berat, org.KepalaBidang.Nip),
            HearingSteps.Official(org.KepalaDinas)).ResponseAsync), "SUSPENDED", "released from duty already");
    }

    [Fact]
    public async Task A_further_report_about_the_same_employee_joins_the_undecided_case_and_the_heaviest_proposal_stands()
    {
        var (org, clerk, first) = await _cases.OpenAsync(frontLine: false, facts: []);
        Assert.Equal("R1", first.Proposal.SanctionCode);

        var second = await Steps.ReportAsync(clerk, Impact.Institution, facts: [], at: TriageTests.TuesdayMorning.AddDays(1));

        Assert.Equal(first.CaseId, second.CaseId);
        var joined = await Discipline.GetCaseAsync(new GetCaseRequest { CaseId = first.CaseId }, SuiteHost.As(Roles.Auditor));
        Assert.Single(joined.JoinedReportIds);
        Assert.Equal(("S1", SanctionLevel.Sedang), (joined.Proposal.SanctionCode, joined.Hearing.ExpectedLevel));
        Assert.Contains(joined.Timeline, t => t.Action == "ReportJoined");
        var record = await Discipline.GetDisciplineRecordAsync(new GetDisciplineRecordRequest { Nip = clerk.Nip }, SuiteHost.As(Roles.Auditor));
        Assert.Single(record.Cases);

        // One hearing, one sanction: the heaviest of the two.
        var heard = await Steps.HearAsync(joined, FindingImpact.Instansi);
        var decided = await Steps.DecideAsync(heard, org.KepalaBidang.Nip);
        Assert.Equal("S1", decided.Sanction.SanctionCode);
    }

    [Fact]
    public async Task The_entitled_officials_of_a_case_are_read_from_the_employees_line()
    {
        var (org, _, @case) = await _cases.OpenAsync(impact: Impact.Institution);

        var sedang = await Discipline.GetEntitledOfficialsAsync(new GetEntitledOfficialsRequest { CaseId = @case.CaseId }, SuiteHost.As(Roles.Verifier));
        Assert.Equal(SanctionLevel.Sedang, sedang.Level);
        Assert.Equal([org.KepalaBidang.Nip, org.Bupati.Nip], sedang.Officials.Select(o => o.Nip));
        Assert.Contains("Pejabat Administrator", sedang.Explanation);
        var ringan = await Discipline.GetEntitledOfficialsAsync(new GetEntitledOfficialsRequest { CaseId = @case.CaseId, Level = SanctionLevel.Ringan },
            SuiteHost.As(Roles.Hr));
        Assert.Equal([org.KepalaSeksi.Nip], ringan.Officials.Select(o => o.Nip));

        var unknown = await Assert.ThrowsAsync<RpcException>(() => Discipline.GetEntitledOfficialsAsync(
            new GetEntitledOfficialsRequest { CaseId = Guid.NewGuid().ToString() }, SuiteHost.As(Roles.Auditor)).ResponseAsync);
        Assert.Equal(StatusCode.NotFound, unknown.StatusCode);
        var badLevel = await Assert.ThrowsAsync<RpcException>(() => Discipline.GetEntitledOfficialsAsync(
            new GetEntitledOfficialsRequest { CaseId = "x", Level = (SanctionLevel)9 }, SuiteHost.As(Roles.Auditor)).ResponseAsync);
        Assert.Equal(["case_id", "level"], ValidationTests.FieldViolations(badLevel).Keys.Order().ToArray());
        var employee = await Assert.ThrowsAsync<RpcException>(() => Discipline.GetEntitledOfficialsAsync(
            new GetEntitledOfficialsRequest { CaseId = @case.CaseId }, SuiteHost.As(Roles.Employee)).ResponseAsync);
        Assert.Equal(StatusCode.PermissionDenied, employee.StatusCode);
    }

    [Fact]
    public async Task Bad_hearing_inputs_are_refused_by_field_and_unknown_cases_are_not_found()
    {
        var kasi = HearingSteps.Official(PersonnelFixtures.NewNip());
        var summons = ValidationTests.FieldViolations(await Assert.ThrowsAsync<RpcException>(() => Discipline.IssueSummonsAsync(
            new IssueSummonsRequest { CaseId = "nope", LetterDate = "4 Desember" }, kasi).ResponseAsync));
        Assert.Equal(["case_id", "examination_at", "letter_date", "place"], summons.Keys.Order().ToArray());
        var attendance = ValidationTests.FieldViolations(await Assert.ThrowsAsync<RpcException>(() => Discipline.RecordSummonsAttendanceAsync(
            new RecordSummonsAttendanceRequest(), kasi).ResponseAsync));
        Assert.Equal(["case_id"], attendance.Keys.ToArray());
        var notProvenWithImpact = ValidationTests.FieldViolations(await Assert.ThrowsAsync<RpcException>(() => Discipline.RecordExaminationAsync(
            new RecordExaminationRequest { CaseId = Guid.NewGuid().ToString(), Impact = FindingImpact.Negara, SignedByEmployee = true }, kasi).ResponseAsync));
        Assert.Equal("must be unspecified when the violation is not proven", notProvenWithImpact["impact"]);

        foreach (var call in new Func<Task>[]
        {
            () => Discipline.IssueSummonsAsync(new IssueSummonsRequest
            {
                CaseId = Guid.NewGuid().ToString(), ExaminationAt = Timestamp.FromDateTimeOffset(DateTimeOffset.UtcNow), Place = "x",
            }, kasi).ResponseAsync,
            () => Discipline.RecordSummonsAttendanceAsync(new RecordSummonsAttendanceRequest { CaseId = Guid.NewGuid().ToString() }, kasi).ResponseAsync,
        })
            Assert.Equal(StatusCode.NotFound, (await Assert.ThrowsAsync<RpcException>(call)).StatusCode);
    }

    private static FormExaminationTeamRequest TeamRequest(Case @case, Employee atasan, Employee inspektorat, Employee bkpsdm) => new()
    {
        CaseId = @case.CaseId,
        DecreeNumber = "800.1.6.4/SK-TIM/01/2026",
        Members =
        {
            new TeamMemberRequest { Nip = atasan.Nip, Role = TeamRole.AtasanLangsung },
            new TeamMemberRequest { Nip = inspektorat.Nip, Role = TeamRole.Inspektorat },
            new TeamMemberRequest { Nip = bkpsdm.Nip, Role = TeamRole.Bkpsdm },
        },
    };

    private static SuspendFromDutyRequest Suspension(Case @case, string actingNip) => new()
    {
        CaseId = @case.CaseId, DecreeNumber = "800.1.6.4/SK-BEBAS/01/2026", FromDate = "2026-12-01", ActingOfficialNip = actingNip,
    };

    internal static void AssertPrecondition(RpcException refusal, string state, string detail)
    {
        Assert.Equal(StatusCode.FailedPrecondition, refusal.StatusCode);
        Assert.Contains(detail, refusal.Status.Detail);
        var failure = refusal.GetRpcStatus()?.GetDetail<Google.Rpc.PreconditionFailure>();
        Assert.NotNull(failure);
        Assert.Equal(state, failure.Violations[0].Subject);
    }
}
