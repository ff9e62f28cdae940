using Berau.Disiplin.Contracts.Events;
using Berau.Disiplin.Discipline.Cases;
using Berau.Disiplin.Discipline.Policy;
using Berau.Disiplin.Primitives;
using static Berau.Disiplin.UnitTests.Discipline.CaseExamples;

namespace Berau.Disiplin.UnitTests.Discipline;

/// <summary>
/// The hearing PP 94/2021 puts before any sanction (Pasal 26–27), as the case's own state machine: the atasan named,
/// summons I and II, attendance, the examination and its BAP, the tim pemeriksa, the release from duty, the overdue flag
/// and further reports joining the case.
/// </summary>
public sealed class HearingStateMachineTests
{
    private static readonly DateOnly SecondDue = new(2026, 12, 10);

    [Fact]
    public void A_case_opened_while_Personnel_is_unreachable_waits_for_its_atasan_and_says_so_once()
    {
        var @case = OpenUnnamed(PlainSocialMedia);

        Assert.True(@case.AwaitsAtasan);
        Assert.False(@case.NameAtasan(null, Now, null));
        Assert.False(@case.NameAtasan(null, Now.AddSeconds(30), null));
        Assert.Single(@case.Timeline, t => t.Action == "AtasanUnknown");

        Assert.True(@case.NameAtasan(new AtasanLookup(KepalaSeksi, SecondDue), Now.AddMinutes(5), null));
        Assert.Equal((KepalaSeksi, SecondDue), (@case.Hearing.AtasanLangsung, @case.Hearing.SummonsDue));
        Assert.False(@case.AwaitsAtasan);
        Assert.Equal("AtasanNamed", @case.Timeline[^1].Action);
        Assert.Contains("Atasan langsung: Andi Saputra (NIP 198604182009031003", @case.Timeline[^1].Detail);
    }

    [Fact]
    public void A_case_whose_employee_has_no_superior_in_Personnel_keeps_its_due_day_and_waits_for_the_unit_heads()
    {
        var @case = OpenUnnamed(PlainSocialMedia);

        Assert.False(@case.NameAtasan(new AtasanLookup(null, SecondDue), Now, null));

        Assert.Equal(SecondDue, @case.Hearing.SummonsDue);
        Assert.True(@case.AwaitsAtasan);
        Assert.Contains("SetUnitHead", @case.Timeline[^1].Detail);
        Assert.Equal("ATASAN_UNKNOWN", Assert.Throws<InvalidStateException>(() => @case.ExaminerFor(KepalaSeksi.Nip)).CurrentState);
    }

    [Fact]
    public void The_opened_case_expects_the_proposals_level_and_a_team_only_for_berat()
    {
        Assert.Equal((SanctionLevel.Ringan, false), (Open(AtTheCounter).Hearing.ExpectedLevel, Open(AtTheCounter).Hearing.TeamRequired));
        Assert.Equal((SanctionLevel.Sedang, false), (Open(HarmingTheInstitution).Hearing.ExpectedLevel, Open(HarmingTheInstitution).Hearing.TeamRequired));
        Assert.Equal((SanctionLevel.Berat, true), (Open(HarmingTheState).Hearing.ExpectedLevel, Open(HarmingTheState).Hearing.TeamRequired));
    }

    [Fact]
    public void No_decision_before_the_hearing_and_each_refusal_names_the_missing_step()
    {
        var @case = Open(PlainSocialMedia);
        var notSummoned = Assert.Throws<InvalidStateException>(@case.EnsureHeard);
        Assert.Equal("AWAITING_SUMMONS", notSummoned.CurrentState);
        Assert.Contains("the employee has not been summoned: the atasan langsung Andi Saputra", notSummoned.Message);
        Assert.Contains("(IssueSummons)", notSummoned.Message);
        Assert.Contains("PP 94/2021 Pasal 27", notSummoned.Message);

        Summon(@case);
        var noAttendance = Assert.Throws<InvalidStateException>(@case.EnsureHeard);
        Assert.Equal("SUMMONED", noAttendance.CurrentState);
        Assert.Contains("attendance at the examination of summons I is not recorded (RecordSummonsAttendance)", noAttendance.Message);

        @case.RecordAttendance(true, null, KepalaSeksi, null, null, Now.AddHours(2), null);
        Assert.Contains("the examination and its BAP are not recorded (RecordExamination)",
            Assert.Throws<InvalidStateException>(@case.EnsureHeard).Message);

        var missedOnce = Open(PlainSocialMedia);
        Summon(missedOnce);
        missedOnce.RecordAttendance(false, null, KepalaSeksi, SecondDue, null, Now.AddHours(3), null);
        Assert.Contains("summons I was missed: summons II (IssueSummons) must follow",
            Assert.Throws<InvalidStateException>(missedOnce.EnsureHeard).Message);
        Assert.Throws<InvalidStateException>(() => missedOnce.IssueSanction(missedOnce.ChooseSanction(DefaultVersion, null, ""),
            KepalaSeksi, Dates, "L-1", Now, null));
        Assert.Null(missedOnce.Sanction);
    }

    [Fact]
    public void The_atasan_langsung_summons_in_writing_and_the_case_waits_for_the_examination()
    {
        var @case = Open(AtTheCounter);
        @case.DequeueEvents();

        @case.IssueSummons(new SummonsLetter("800.1.6.4/1/DISDUKCAPIL/2026", Today, Now.AddDays(1), "https://meet.example/kasi"),
            @case.ExaminerFor(KepalaSeksi.Nip), Limits, Now, "trace-2");

        Assert.Equal(CaseStatus.Summoned, @case.Status);
        var summons = Assert.Single(@case.Hearing.Summonses);
        Assert.Equal((1, SummonsOutcome.Pending, KepalaSeksi), (summons.Number, summons.Outcome, summons.Examiner));
        var issued = Assert.IsType<SummonsIssued>(Assert.Single(@case.DequeueEvents()));
        Assert.Equal((1, "800.1.6.4/1/DISDUKCAPIL/2026", Today, KepalaSeksi.Nip, "https://meet.example/kasi"),
            (issued.SummonsNumber, issued.LetterNumber, issued.LetterDate, issued.ExaminerNip, issued.Place));
        Assert.Contains("Surat panggilan I 800.1.6.4/1/DISDUKCAPIL/2026 dated 2026-12-01: examination on 2 Desember 2026 pukul 10.14 WITA",
            @case.Timeline[^1].Detail);

        Assert.Equal("SUMMONED", Assert.Throws<InvalidStateException>(@case.EnsureMaySummon).CurrentState);
    }

    [Fact]
    public void Only_the_atasan_langsung_summons_and_the_refusal_names_him()
    {
        var @case = Open(AtTheCounter);

        var refusal = Assert.Throws<NotEntitledException>(() => @case.ExaminerFor(KepalaDinas.Nip));

        Assert.Contains($"Only the atasan langsung summons and examines (PP 94/2021 Pasal 26–27): {KepalaSeksi}; not NIP {KepalaDinas.Nip}.",
            refusal.Message);
    }

    [Fact]
    public void An_examination_beyond_the_policys_gap_after_the_letter_or_before_it_is_refused_by_field()
    {
        var @case = Open(PlainSocialMedia);

        var tooLate = Assert.Throws<ValidationFailedException>(() =>
            @case.CheckSummons(Today, Wita.StartOf(Limits.LatestExaminationDay.AddDays(1)).AddHours(9), Limits));
        Assert.Equal("examination_at", tooLate.Violations[0].Field);
        Assert.Equal("must be at most 7 working days after the letter date (policy setting summonsMaxGap): by 2026-12-10", tooLate.Violations[0].Reason);

        var beforeLetter = Assert.Throws<ValidationFailedException>(() => @case.CheckSummons(Today, Now.AddDays(-1), Limits));
        Assert.Equal("must be on or after the letter date, 2026-12-01", beforeLetter.Violations[0].Reason);
        @case.CheckSummons(Today, Wita.StartOf(Limits.LatestExaminationDay).AddHours(9), Limits);
    }

    [Fact]
    public void Attendance_is_recorded_once_the_examination_has_come()
    {
        var @case = Open(PlainSocialMedia);
        Summon(@case, at: Now.AddDays(1));

        Assert.Equal("EXAMINATION_NOT_YET", Assert.Throws<InvalidStateException>(() =>
            @case.RecordAttendance(false, null, KepalaSeksi, SecondDue, null, Now, null)).CurrentState);
        Assert.Equal("EXAMINATION_NOT_YET", Assert.Throws<InvalidStateException>(() =>
            @case.RecordAttendance(true, null, KepalaSeksi, null, null, Now, null)).CurrentState);

        @case.RecordAttendance(true, "Hadir tepat waktu", KepalaSeksi, null, null, Now.AddDays(1), null);
        Assert.Equal(SummonsOutcome.Attended, @case.Hearing.Summonses[0].Outcome);
        Assert.Equal(CaseStatus.Summoned, @case.Status);
        // Once recorded, there is no summons waiting for its examination.
        Assert.Equal("SUMMONED", Assert.Throws<InvalidStateException>(() =>
            @case.RecordAttendance(true, null, KepalaSeksi, null, null, Now.AddDays(1), null)).CurrentState);
    }

    [Fact]
    public void A_missed_summons_I_opens_the_window_for_summons_II()
    {
        var @case = Open(PlainSocialMedia);
        Summon(@case);
        @case.DequeueEvents();

        @case.RecordAttendance(false, "Tidak hadir tanpa keterangan", KepalaSeksi, SecondDue, null, Now.AddHours(3), null);

        Assert.Equal(CaseStatus.AwaitingSummons, @case.Status);
        Assert.Equal((SecondDue, false), (@case.Hearing.SummonsDue, @case.Hearing.SummonsOverdue));
        Assert.Equal((2, new DateOnly(2026, 12, 1)), (@case.NextSummonsNumber, @case.MissedExaminationDay));
        var missed = Assert.IsType<SummonsMissed>(Assert.Single(@case.DequeueEvents()));
        Assert.Equal((1, false), (missed.SummonsNumber, missed.DecisionOnEvidence));
        Assert.EndsWith("Summons II is due by 2026-12-10.", @case.Timeline[^1].Detail);
    }

    [Fact]
    public void Summons_II_is_dated_within_the_policys_window_after_the_missed_day()
    {
        var @case = Open(PlainSocialMedia);
        Summon(@case);
        @case.RecordAttendance(false, null, KepalaSeksi, SecondDue, null, Now.AddHours(3), null);
        var limits = Limits with { LatestExaminationDay = new DateOnly(2026, 12, 20), LatestSecondLetterDate = SecondDue };

        var late = Assert.Throws<ValidationFailedException>(() => @case.CheckSummons(SecondDue.AddDays(1), Now.AddDays(11), limits));
        Assert.Equal("letter_date", late.Violations[0].Field);
        Assert.Equal("summons II must be dated within 7 working days after the missed examination of 2026-12-01 (policy setting " +
                     "secondSummonsWindow): by 2026-12-10", late.Violations[0].Reason);
        var early = Assert.Throws<ValidationFailedException>(() => @case.CheckSummons(Today.AddDays(-1), Now.AddDays(1), limits));
        Assert.Equal("must be on or after the missed examination day, 2026-12-01", early.Violations[0].Reason);

        @case.IssueSummons(new SummonsLetter("800.1.6.4/2/DISDUKCAPIL/2026", SecondDue, Wita.StartOf(SecondDue).AddHours(9), "Ruang Kasi"),
            KepalaSeksi, limits, Now.AddDays(7), null);
        Assert.Equal((2, CaseStatus.Summoned), (@case.Hearing.Summonses[^1].Number, @case.Status));
    }

    [Fact]
    public void After_a_second_missed_summons_the_decision_rests_on_the_evidence_and_goes_to_the_entitled_official()
    {
        var @case = Open(HarmingTheInstitution);
        Summon(@case);
        @case.RecordAttendance(false, null, KepalaSeksi, SecondDue, null, Now.AddHours(3), null);
        @case.IssueSummons(new SummonsLetter("L-2", Today.AddDays(1), Now.AddDays(2), "Ruang Kasi"), KepalaSeksi, Limits with
        {
            LatestExaminationDay = new DateOnly(2026, 12, 12),
            LatestSecondLetterDate = SecondDue,
        }, Now.AddDays(1), null);
        @case.DequeueEvents();

        @case.RecordAttendance(false, null, KepalaSeksi, null, @case.EntitledOfficials(DefaultVersion.Authority, ClerksLine, SanctionLevel.Sedang),
            Now.AddDays(2), null);

        Assert.Equal((CaseStatus.Open, true, KepalaBidang), (@case.Status, @case.Hearing.DecidedOnEvidence, @case.Hearing.DecisionOfficial));
        var events = @case.DequeueEvents();
        Assert.Equal((2, true), (Assert.IsType<SummonsMissed>(events[0]).SummonsNumber, ((SummonsMissed)events[0]).DecisionOnEvidence));
        var forwarded = Assert.IsType<CaseForwarded>(events[1]);
        Assert.Equal((KepalaBidang.Nip, "Sedang", null), (forwarded.ToOfficialNip, forwarded.Level, forwarded.BapNumber));
        Assert.Contains(@case.Timeline, t => t.Action == "SummonsMissed" && t.Detail.Contains("Keputusan dapat diambil berdasarkan alat bukti"));

        @case.EnsureHeard();
        @case.IssueSanction(@case.ChooseSanction(DefaultVersion, null, ""), KepalaBidang, Dates, "L-3", Now.AddDays(3), null);
        Assert.Null(@case.Sanction!.BasisBapNumber);
        Assert.Contains("on the evidence (both summonses missed)", @case.Timeline[^1].Detail);
    }

    [Fact]
    public void A_proven_examination_within_the_examiners_authority_leaves_the_decision_with_him()
    {
        var @case = Open(AtTheCounter);
        Summon(@case);
        @case.RecordAttendance(true, null, KepalaSeksi, null, null, Now.AddHours(2), null);
        @case.DequeueEvents();

        @case.RecordExamination(Bap(impact: Impact.UnitKerja), [KepalaSeksi], KepalaSeksi, DefaultVersion, PriorSanctions.None,
            ClerksLine, Now.AddHours(3), null);

        Assert.Equal((CaseStatus.Open, KepalaSeksi), (@case.Status, @case.Hearing.DecisionOfficial));
        var examination = @case.Hearing.Examination!;
        Assert.Equal(("BAP/800.1.6.4/017/2026", true, Impact.UnitKerja, true), (examination.BapNumber, examination.Proven, examination.Impact, examination.CopyGiven));
        var recorded = Assert.IsType<ExaminationRecorded>(Assert.Single(@case.DequeueEvents()));
        Assert.Equal([KepalaSeksi.Nip], recorded.ExaminerNips);
        Assert.Equal((true, "UnitKerja", true), (recorded.Proven, recorded.Impact, recorded.SignedByEmployee));
        Assert.Equal("DecisionOfficialNamed", @case.Timeline[^1].Action);
        Assert.Equal("R2", @case.Proposal.Code);
    }

    [Fact]
    public void The_examined_impact_replaces_the_verifiers_and_a_finding_beyond_the_examiners_authority_is_forwarded()
    {
        var @case = Open(AtTheCounter);
        Summon(@case);
        @case.RecordAttendance(true, null, KepalaSeksi, null, null, Now.AddHours(2), null);
        @case.DequeueEvents();

        @case.RecordExamination(Bap(impact: Impact.Instansi), [], KepalaSeksi, DefaultVersion, PriorSanctions.None, ClerksLine,
            Now.AddHours(3), null);

        Assert.Equal((Impact.Instansi, "S1", SanctionLevel.Sedang), (@case.Facts.Impact, @case.Proposal.Code, @case.Proposal.Level));
        Assert.Contains(@case.Timeline, t => t.Action == "SanctionProposed" && t.Detail.Contains("after the examination"));
        Assert.Equal(KepalaBidang, @case.Hearing.DecisionOfficial);
        var forwarded = Assert.IsType<CaseForwarded>(@case.DequeueEvents()[^1]);
        Assert.Equal((KepalaBidang.Nip, "Sedang", "BAP/800.1.6.4/017/2026"), (forwarded.ToOfficialNip, forwarded.Level, forwarded.BapNumber));
        Assert.Contains($"forwarded with BAP BAP/800.1.6.4/017/2026 to {KepalaBidang}", @case.Timeline[^1].Detail);
    }

    [Fact]
    public void Not_proven_closes_the_case_without_a_sanction_and_drops_the_recommended_transfer()
    {
        var @case = Open(AtTheCounter);
        Summon(@case);
        @case.RecordAttendance(true, null, KepalaSeksi, null, null, Now.AddHours(2), null);
        @case.DequeueEvents();

        @case.RecordExamination(Bap(proven: false), [KepalaSeksi], KepalaSeksi, DefaultVersion, PriorSanctions.None, null,
            Now.AddHours(3), null);

        Assert.Equal((CaseStatus.Closed, "NotProven", TransferStatus.None), (@case.Status, @case.Outcome, @case.Transfer.Status));
        Assert.Null(@case.Sanction);
        var events = @case.DequeueEvents();
        Assert.False(Assert.IsType<ExaminationRecorded>(events[0]).Proven);
        Assert.Null(((ExaminationRecorded)events[0]).Impact);
        Assert.Equal("NotProven", Assert.IsType<CaseClosed>(events[1]).Outcome);
    }

    [Fact]
    public void No_examination_without_an_attended_summons()
    {
        var notSummoned = Open(PlainSocialMedia);
        Assert.Equal("AWAITING_SUMMONS", Assert.Throws<InvalidStateException>(notSummoned.EnsureMayRecordExamination).CurrentState);

        var pending = Open(PlainSocialMedia);
        Summon(pending);
        Assert.Contains("RecordSummonsAttendance", Assert.Throws<InvalidStateException>(pending.EnsureMayRecordExamination).Message);

        var heard = Heard(PlainSocialMedia);
        Assert.Equal("OPEN", Assert.Throws<InvalidStateException>(heard.EnsureMayRecordExamination).CurrentState);
    }

    [Fact]
    public void The_BAP_names_only_the_atasan_or_team_members_among_its_examiners_and_the_one_who_records_it()
    {
        var @case = Open(PlainSocialMedia);

        Assert.Equal([KepalaSeksi], @case.Examiners([], KepalaSeksi));
        var refusal = Assert.Throws<ValidationFailedException>(() => @case.Examiners([KepalaDinas.Nip], KepalaSeksi));
        Assert.Equal(["examiner_nips[0]", "examiner_nips"], refusal.Violations.Select(v => v.Field));
    }

    [Fact]
    public void An_expected_berat_needs_its_tim_pemeriksa_before_any_summons()
    {
        var @case = Open(HarmingTheState);

        var refusal = Assert.Throws<InvalidStateException>(@case.EnsureMaySummon);

        Assert.Equal("TEAM_REQUIRED", refusal.CurrentState);
        Assert.Contains("FormExaminationTeam", refusal.Message);
    }

    [Fact]
    public void A_tim_pemeriksa_of_the_atasan_the_Inspektorat_and_BKPSDM_examines_and_announces_itself()
    {
        var @case = Open(HarmingTheState);
        @case.DequeueEvents();

        @case.FormExaminationTeam("800.1.6.4/SK-TIM/01/2026", Team(), Bupati, Units, PositionLevel.Pelaksana, Now, null);

        var team = @case.Hearing.Team!;
        Assert.Equal((Bupati, 3), (team.FormedBy, team.Members.Count));
        var formed = Assert.IsType<ExaminationTeamFormed>(Assert.Single(@case.DequeueEvents()));
        Assert.Equal([KepalaSeksi.Nip, Auditor.Nip, Analyst.Nip], formed.MemberNips);
        Assert.Equal(Auditor, @case.ExaminerFor(Auditor.Nip));
        Assert.Throws<NotEntitledException>(() => @case.ExaminerFor(KepalaDinas.Nip));
        @case.EnsureMaySummon();
        Assert.Equal("TEAM_FORMED", Assert.Throws<InvalidStateException>(@case.EnsureMayFormTeam).CurrentState);
    }

    [Fact]
    public void A_team_is_for_an_expected_sedang_or_berat_only()
    {
        var refusal = Assert.Throws<InvalidStateException>(Open(AtTheCounter).EnsureMayFormTeam);

        Assert.Equal("EXPECTED_RINGAN", refusal.CurrentState);
        Open(HarmingTheInstitution).EnsureMayFormTeam();
    }

    [Fact]
    public void A_team_without_its_three_elements_or_with_someone_else_in_a_role_is_refused_by_field()
    {
        var @case = Open(HarmingTheState);

        var missing = Assert.Throws<ValidationFailedException>(() => @case.FormExaminationTeam("SK", [Member(KepalaSeksi, TeamRole.AtasanLangsung)],
            Bupati, Units, PositionLevel.Pelaksana, Now, null));
        Assert.Equal(["members", "members"], missing.Violations.Select(v => v.Field));
        Assert.Contains(missing.Violations, v => v.Reason == "must include a member of the Inspektorat (supervision)");

        var wrong = Assert.Throws<ValidationFailedException>(() => @case.FormExaminationTeam("SK",
        [
            Member(KepalaBidang, TeamRole.AtasanLangsung), Member(Analyst, TeamRole.Inspektorat), Member(Auditor, TeamRole.Bkpsdm),
            Member(KepalaSeksi with { Nip = ClerkNip }, TeamRole.Bkpsdm),
        ], Bupati, Units, PositionLevel.Pelaksana, Now, null));
        Assert.Equal(["members[0].nip", "members[1].nip", "members[2].nip", "members[3].nip", "members[3].nip"],
            wrong.Violations.Select(v => v.Field));
        Assert.Contains($"is not the atasan langsung, {KepalaSeksi}", wrong.Violations[0].Reason);
        Assert.Contains("does not work in the Inspektorat (unit INSPEKTORAT)", wrong.Violations[1].Reason);
        Assert.Equal("is the examined employee", wrong.Violations[3].Reason);
        Assert.Null(@case.Hearing.Team);
    }

    [Fact]
    public void No_member_may_hold_a_lower_position_than_the_examined_employee_and_a_JF_ranks_with_the_pelaksana()
    {
        var kasi = Open(HarmingTheState with { PositionLevel = PositionLevel.Pengawas });

        var refusal = Assert.Throws<ValidationFailedException>(() =>
            kasi.FormExaminationTeam("SK", Team(), Bupati, Units, PositionLevel.Pengawas, Now, null));

        Assert.Equal(["members[1].nip", "members[2].nip"], refusal.Violations.Select(v => v.Field));
        Assert.Contains("holds a lower position (Pejabat Fungsional) than the examined employee (Pejabat Pengawas)", refusal.Violations[0].Reason);
        // A clerk (pelaksana) may be examined by JF members: ranked with the pelaksana, they are not lower.
        Open(HarmingTheState).FormExaminationTeam("SK", Team(), Bupati, Units, PositionLevel.Pelaksana, Now, null);
    }

    [Fact]
    public void Release_from_duty_is_for_an_expected_berat_once_by_a_superior_in_the_line()
    {
        var ringan = Open(AtTheCounter);
        Assert.Equal("EXPECTED_RINGAN", Assert.Throws<InvalidStateException>(ringan.EnsureMaySuspend).CurrentState);

        var @case = Open(HarmingTheState);
        @case.DequeueEvents();
        var stranger = Assert.Throws<NotEntitledException>(() =>
            @case.SuspendFromDuty("SK-1", Today, KepalaSeksi, ClerksLine, "197001012000011001", Now, null));
        Assert.Contains("ordered by the atasan langsung or a superior in the employee's line", stranger.Message);
        Assert.Equal("acting_official_nip", Assert.Throws<ValidationFailedException>(() =>
            @case.SuspendFromDuty("SK-1", Today, KepalaSeksi with { Nip = ClerkNip }, ClerksLine, KepalaSeksi.Nip, Now, null)).Violations[0].Field);

        @case.SuspendFromDuty("800.1.6.4/SK-BEBAS/01/2026", Today, KepalaBidang, ClerksLine, KepalaSeksi.Nip, Now, null);

        Assert.Equal((KepalaBidang, KepalaSeksi), (@case.Hearing.Suspension!.ActingOfficial, @case.Hearing.Suspension.OrderedBy));
        var suspended = Assert.IsType<SuspendedFromDuty>(Assert.Single(@case.DequeueEvents()));
        Assert.Equal(("800.1.6.4/SK-BEBAS/01/2026", Today, KepalaBidang.Nip), (suspended.DecreeNumber, suspended.FromDate, suspended.ActingOfficialNip));
        Assert.Equal("SUSPENDED", Assert.Throws<InvalidStateException>(@case.EnsureMaySuspend).CurrentState);
    }

    [Fact]
    public void An_atasan_who_does_not_summon_in_time_is_flagged_once_with_an_event()
    {
        var @case = Open(PlainSocialMedia);
        @case.DequeueEvents();
        var due = @case.Hearing.SummonsDue!.Value;

        Assert.False(@case.FlagSummonsOverdue(due, Now));
        Assert.True(@case.FlagSummonsOverdue(due.AddDays(1), Now.AddDays(10)));
        Assert.False(@case.FlagSummonsOverdue(due.AddDays(2), Now.AddDays(11)));

        Assert.True(@case.Hearing.SummonsOverdue);
        var overdue = Assert.IsType<SummonsOverdue>(Assert.Single(@case.DequeueEvents()));
        Assert.Equal((KepalaSeksi.Nip, due), (overdue.AtasanNip, overdue.DueDate));
        Assert.Contains($"by the atasan langsung {KepalaSeksi}", @case.Timeline[^1].Detail);

        var summoned = Open(PlainSocialMedia);
        Summon(summoned);
        Assert.False(summoned.FlagSummonsOverdue(due.AddDays(1), Now));
    }

    [Fact]
    public void A_further_report_joins_the_undecided_case_and_the_heaviest_proposal_stands()
    {
        var @case = Open(PlainSocialMedia);
        var second = Report(HarmingTheInstitution);

        Assert.True(@case.Join(second, DefaultVersion, PriorSanctions.None, Now.AddHours(1), null));
        Assert.False(@case.Join(second, DefaultVersion, PriorSanctions.None, Now.AddHours(2), null));

        Assert.Equal([second.ReportId], @case.JoinedReports.Select(r => r.ReportId));
        Assert.Equal(("S1", SanctionLevel.Sedang), (@case.Proposal.Code, @case.Hearing.ExpectedLevel));
        Assert.Equal(["ReportJoined", "SanctionProposed"], @case.Timeline.TakeLast(2).Select(t => t.Action));

        // A lighter report changes nothing: one sanction, the heaviest.
        Assert.True(@case.Join(Report(PlainSocialMedia), DefaultVersion, PriorSanctions.None, Now.AddHours(3), null));
        Assert.Equal("S1", @case.Proposal.Code);
        Assert.Equal("ReportJoined", @case.Timeline[^1].Action);
    }

    [Fact]
    public void After_the_examination_every_joined_report_is_weighed_with_the_examined_impact()
    {
        var @case = Open(PlainSocialMedia);
        @case.Join(Report(AtTheCounter), DefaultVersion, PriorSanctions.None, Now, null);
        Assert.Equal(("R2", TransferStatus.Recommended), (@case.Proposal.Code, @case.Transfer.Status));
        Summon(@case);
        @case.RecordAttendance(true, null, KepalaSeksi, null, null, Now.AddHours(2), null);

        @case.RecordExamination(Bap(impact: Impact.Negara), [], KepalaSeksi, DefaultVersion, PriorSanctions.None, ClerksLine, Now.AddHours(3), null);

        // The counter's rule (and its transfer recommendation) is for an impact on the unit: on the state, B1 alone.
        Assert.Equal(("B1", TransferStatus.None), (@case.Proposal.Code, @case.Transfer.Status));
        Assert.Equal(Bupati, @case.Hearing.DecisionOfficial);
    }

    [Fact]
    public void A_decided_case_takes_no_further_report()
    {
        var @case = Warned(PlainSocialMedia);

        Assert.Equal("SANCTIONED", Assert.Throws<InvalidStateException>(() =>
            @case.Join(Report(PlainSocialMedia), DefaultVersion, PriorSanctions.None, Now, null)).CurrentState);
    }

    private static TeamMember Member(Official official, TeamRole role) => new() { Official = official, Role = role };

    private static List<TeamMember> Team() =>
        [Member(KepalaSeksi, TeamRole.AtasanLangsung), Member(Auditor, TeamRole.Inspektorat), Member(Analyst, TeamRole.Bkpsdm)];
}
