using Berau.Disiplin.Contracts.Events;
using Berau.Disiplin.Discipline.Cases;
using Berau.Disiplin.Discipline.Policy;
using Berau.Disiplin.Primitives;
using static Berau.Disiplin.UnitTests.Discipline.CaseExamples;

namespace Berau.Disiplin.UnitTests.Discipline;

/// <summary>The case's own state machine: every move it allows, the events it raises, and the refusals naming its state.</summary>
public sealed class CaseStateMachineTests
{
    [Fact]
    public void Opened_case_keeps_the_policys_proposal_and_announces_itself()
    {
        var @case = Open(AtTheCounter);

        Assert.Equal(CaseStatus.Open, @case.Status);
        Assert.Equal(DefaultVersion.VersionId, @case.PolicyVersion);
        Assert.Equal(("R2", SanctionLevel.Ringan, "loket-layanan-garis-depan"), (@case.Proposal.Code, @case.Proposal.Level, @case.Proposal.RuleId));
        Assert.Equal(TransferStatus.Recommended, @case.Transfer.Status);
        Assert.Equal(["CaseOpened", "SanctionProposed"], @case.Timeline.Select(t => t.Action));
        var opened = Assert.IsType<CaseOpened>(Assert.Single(@case.PendingEvents));
        Assert.Equal((@case.Id, @case.ReportId, "199203152015032001", "PersonalSocialMedia", Now),
            (opened.CaseId, opened.ReportId, opened.SubjectNip, opened.Category, opened.OccurredAt));
    }

    [Fact]
    public void Case_whose_policy_proposes_no_sanction_closes_as_it_opens()
    {
        var @case = Open(PlainSocialMedia with { AbsenceDaysThisYear = 2, ConsecutiveAbsenceDays = 2 }, OffenceCategory.Absence);

        Assert.Equal(CaseStatus.Closed, @case.Status);
        Assert.Equal(Now, @case.ClosedAt);
        Assert.Null(@case.Proposal.Code);
        Assert.StartsWith("No sanction: ", @case.Timeline[^1].Detail);
        var closed = Assert.IsType<CaseClosed>(@case.PendingEvents[^1]);
        Assert.Equal("NoSanction", closed.Outcome);
        Assert.IsType<CaseOpened>(@case.PendingEvents[0]);
    }

    [Fact]
    public void Ringan_proposal_waits_for_its_warning_in_the_verifiers_name_and_a_sedang_one_for_an_official()
    {
        var warning = Open(PlainSocialMedia);
        var sedang = Open(HarmingTheInstitution);

        Assert.True(warning.AwaitWarningFromVerifier());
        Assert.Equal(Verifier, warning.PendingWarningBy);
        Assert.False(sedang.AwaitWarningFromVerifier());
        Assert.Null(sedang.PendingWarningBy);
        Assert.True(sedang.Proposal.RequiresOfficialDecision);
    }

    [Fact]
    public void Issued_warning_is_announced_with_its_letter_dates_rule_and_policy_version()
    {
        var @case = Open(PlainSocialMedia);
        @case.AwaitWarningFromVerifier();
        @case.DequeueEvents();

        @case.IssueSanction(@case.ChooseSanction(DefaultVersion, null, ""), new Decider(Verifier, null), Dates, "800.1.6.4/0001/R1/-/2026", Now, null);

        Assert.Equal(CaseStatus.Sanctioned, @case.Status);
        Assert.Null(@case.PendingWarningBy);
        Assert.Equal((SanctionStatus.Issued, "R1", Verifier), (@case.Sanction!.Status, @case.Sanction.Code, @case.Sanction.DecidedBy));
        var issued = Assert.IsType<WarningIssued>(Assert.Single(@case.DequeueEvents()));
        Assert.Equal(("R1", "800.1.6.4/0001/R1/-/2026", Verifier, "medsos-pribadi", DefaultVersion.VersionId),
            (issued.SanctionCode, issued.LetterNumber, issued.IssuedBy, issued.RuleId, issued.PolicyVersion));
        Assert.Equal((Dates.DeliveryDeadline, Dates.EffectiveDate, Dates.ObjectionDeadline),
            (issued.DeliveryDeadline, issued.EffectiveDate, issued.ObjectionDeadline));
        Assert.Equal(@case.Proposal.Explanation, issued.Explanation);
        Assert.Contains("in force 2026-12-21, objection until 2026-12-18", @case.Timeline[^1].Detail);
    }

    [Fact]
    public void Sedang_sanction_is_announced_as_imposed_with_its_level_and_the_officials_level_is_kept()
    {
        var @case = Open(HarmingTheInstitution);
        @case.DequeueEvents();

        @case.IssueSanction(@case.ChooseSanction(DefaultVersion, null, ""), new Decider("kabid", PositionLevel.Administrator), Dates, "L-2", Now, null);

        var imposed = Assert.IsType<SanctionImposed>(Assert.Single(@case.DequeueEvents()));
        Assert.Equal(("S1", "Sedang", "L-2", "kabid"), (imposed.SanctionCode, imposed.Level, imposed.DecisionNumber, imposed.DecidedBy));
        Assert.Equal(PositionLevel.Administrator, @case.Sanction!.DecidedByLevel);
        Assert.Equal("SanctionImposed", @case.Timeline[^1].Action);
    }

    [Fact]
    public void Sanction_is_issued_once_and_the_refusal_names_the_state()
    {
        var @case = Warned(PlainSocialMedia);

        var refusal = Assert.Throws<InvalidStateException>(() => @case.IssueSanction(@case.ChooseSanction(DefaultVersion, "R2", "lagi"),
            new Decider("kasi", PositionLevel.Pengawas), Dates, "L-9", Now, null));

        Assert.Equal("SANCTIONED", refusal.CurrentState);
        Assert.Equal("R1", @case.Sanction!.Code);
        Assert.Empty(@case.PendingEvents);
    }

    [Fact]
    public void Official_departing_from_the_proposal_must_give_a_reason_which_becomes_the_explanation()
    {
        var @case = Open(HarmingTheInstitution);

        var noReason = Assert.Throws<ValidationFailedException>(() => @case.ChooseSanction(DefaultVersion, "S3", ""));
        Assert.Equal("reason", Assert.Single(noReason.Violations).Field);
        Assert.Contains("(S1)", noReason.Violations[0].Reason);

        var choice = @case.ChooseSanction(DefaultVersion, "S3", "Dampak meluas ke tiga OPD");
        Assert.Equal("S3", choice.Sanction.Code);
        Assert.Null(choice.RuleId);
        Assert.Equal("Decided by the official instead of the proposal S1: Dampak meluas ke tiga OPD", choice.Explanation);

        var proposal = @case.ChooseSanction(DefaultVersion, null, "");
        Assert.Equal(("S1", "dampak-instansi"), (proposal.Sanction.Code, proposal.RuleId));
    }

    [Fact]
    public void Sanction_off_the_employees_ladder_is_refused_naming_the_ladder()
    {
        var pns = Open(HarmingTheInstitution);
        var refusal = Assert.Throws<ValidationFailedException>(() => pns.ChooseSanction(DefaultVersion, "PHPK", "Putus kontrak"));

        Assert.Equal("sanction_code", refusal.Violations[0].Field);
        Assert.Contains("'PHPK' is not a sanction for Pns staff; one of R1, R2, R3, S1", refusal.Violations[0].Reason);
    }

    [Fact]
    public void Employment_type_Personnel_did_not_give_is_read_as_PNS()
    {
        var @case = Open(HarmingTheInstitution with { EmploymentType = null });

        Assert.Null(@case.Facts.EmploymentType);
        Assert.Equal(EmploymentType.Pns, @case.Facts.RuleSet);
        Assert.Equal("B1", @case.ChooseSanction(DefaultVersion, "B1", "Berat").Sanction.Code);
    }

    [Fact]
    public void Only_an_entitled_official_may_impose_and_when_the_subjects_level_is_unknown_only_the_Bupati()
    {
        var known = Open(HarmingTheInstitution);
        Assert.Throws<NotEntitledException>(() => known.EnsureMayImpose(DefaultVersion.Authority, PositionLevel.Pengawas, SanctionLevel.Sedang));
        known.EnsureMayImpose(DefaultVersion.Authority, PositionLevel.Administrator, SanctionLevel.Sedang);

        var unknown = Open(HarmingTheInstitution with { PositionLevel = null });
        var refusal = Assert.Throws<NotEntitledException>(() =>
            unknown.EnsureMayImpose(DefaultVersion.Authority, PositionLevel.JptPratama, SanctionLevel.Ringan));
        Assert.Contains("only the Bupati may decide", refusal.Message);
        unknown.EnsureMayImpose(DefaultVersion.Authority, PositionLevel.Bupati, SanctionLevel.Sedang);
    }

    [Fact]
    public void Accepted_sanction_is_final_and_the_case_closes_with_its_code()
    {
        var @case = Warned(PlainSocialMedia);

        @case.Accept("rina", Now.AddHours(1), null);

        Assert.Equal(CaseStatus.Closed, @case.Status);
        Assert.Equal((SanctionStatus.Final, Now.AddHours(1)), (@case.Sanction!.Status, @case.Sanction.FinalAt));
        Assert.Equal(["SanctionAccepted", "CaseClosed"], @case.Timeline.TakeLast(2).Select(t => t.Action));
        Assert.Equal("R1", Assert.IsType<CaseClosed>(Assert.Single(@case.DequeueEvents())).Outcome);
    }

    [Fact]
    public void Final_case_stays_open_until_its_recommended_transfer_is_approved_and_carried_out()
    {
        var @case = Warned(AtTheCounter);
        @case.Accept("rina", Now, null);
        Assert.Equal(CaseStatus.Final, @case.Status);
        Assert.Empty(@case.PendingEvents);

        @case.ApproveRecommendedTransfer(ToKampungTumbit, "kadis", Now, null);
        var requested = Assert.IsType<TransferRequested>(Assert.Single(@case.DequeueEvents()));
        Assert.Equal(("KAMPUNG-TUMBIT", "821.2/045/BKPSDM/2026", new DateOnly(2026, 12, 1)),
            (requested.ToUnitCode, requested.DecreeNumber, requested.EffectiveDate));
        Assert.Equal(@case.Proposal.TransferReason, requested.Reason);
        Assert.Equal(CaseStatus.Final, @case.Status);

        Assert.True(@case.CompleteTransfer("821.2/045/BKPSDM/2026", Now.AddDays(1), null));
        Assert.Equal((CaseStatus.Closed, TransferStatus.Completed), (@case.Status, @case.Transfer.Status));
        Assert.Equal("R2", Assert.IsType<CaseClosed>(Assert.Single(@case.DequeueEvents())).Outcome);
    }

    [Fact]
    public void Transfer_answer_counts_only_while_the_transfer_is_requested()
    {
        var @case = Warned(AtTheCounter);
        Assert.False(@case.CompleteTransfer("SK 1", Now, null));
        Assert.False(@case.RejectTransfer("Unit tidak dikenal", Now, null));
        Assert.Equal(TransferStatus.Recommended, @case.Transfer.Status);

        @case.RequestTransfer(ToKampungTumbit, "Perintah langsung", "kadis", Now, null);
        Assert.True(@case.RejectTransfer("Unit tidak dikenal", Now, null));
        Assert.Equal(("Unit tidak dikenal", TransferStatus.Rejected), (@case.Transfer.RejectionReason, @case.Transfer.Status));
        Assert.False(@case.CompleteTransfer("SK 1", Now, null));
    }

    [Fact]
    public void Transfer_is_requested_once_and_never_on_a_closed_case()
    {
        var @case = Warned(PlainSocialMedia);
        var notRecommended = Assert.Throws<InvalidStateException>(() => @case.ApproveRecommendedTransfer(ToKampungTumbit, "kadis", Now, null));
        Assert.Equal("TRANSFER_NONE", notRecommended.CurrentState);

        @case.RequestTransfer(ToKampungTumbit, "Perintah langsung", "kadis", Now, null);
        var twice = Assert.Throws<InvalidStateException>(() => @case.RequestTransfer(ToKampungTumbit, "Lagi", "kadis", Now, null));
        Assert.Equal("TRANSFER_REQUESTED", twice.CurrentState);

        var closed = Warned(PlainSocialMedia);
        closed.Accept("rina", Now, null);
        Assert.Equal("CLOSED", Assert.Throws<InvalidStateException>(() =>
            closed.RequestTransfer(ToKampungTumbit, "Terlambat", "kadis", Now, null)).CurrentState);
    }

    [Fact]
    public void Objection_is_filed_within_the_window_and_announced()
    {
        var @case = Warned(PlainSocialMedia);

        @case.FileObjection("Siaran itu kegiatan sosialisasi", "rina", Dates.ObjectionDeadline, Now, null);

        Assert.Equal(CaseStatus.ObjectionPending, @case.Status);
        var filed = Assert.IsType<ObjectionFiled>(Assert.Single(@case.DequeueEvents()));
        Assert.Equal(@case.Objection!.Id, filed.ObjectionId);
        Assert.Null(@case.Objection.Outcome);
        Assert.Equal("OBJECTION_PENDING", Assert.Throws<InvalidStateException>(() => @case.Accept("rina", Now, null)).CurrentState);
    }

    [Fact]
    public void Objection_after_the_window_is_refused_naming_the_last_day()
    {
        var @case = Warned(PlainSocialMedia);

        var late = Assert.Throws<InvalidStateException>(() =>
            @case.FileObjection("Terlambat", "rina", Dates.ObjectionDeadline.AddDays(1), Now, null));

        Assert.Equal("OBJECTION_WINDOW_CLOSED", late.CurrentState);
        Assert.Contains("2026-12-18", late.Message);
        Assert.Equal(CaseStatus.Sanctioned, @case.Status);
    }

    [Fact]
    public void Annulling_on_objection_flags_the_transfer_for_review_and_closes_the_case_as_annulled()
    {
        var @case = Warned(AtTheCounter);
        @case.FileObjection("Ditugaskan atasan", "rina", Dates.ObjectionDeadline, Now, null);
        @case.DequeueEvents();

        @case.DecideObjection(new ObjectionRuling(ObjectionOutcome.Annulled, null, "Siaran ditugaskan"), "kasi-lain",
            PositionLevel.Pengawas, DefaultVersion, Now, null);

        Assert.Equal((CaseStatus.Closed, SanctionStatus.Annulled, TransferStatus.FlaggedForReview),
            (@case.Status, @case.Sanction!.Status, @case.Transfer.Status));
        var events = @case.DequeueEvents();
        var decided = Assert.IsType<ObjectionDecided>(events[0]);
        Assert.Equal(("Annulled", null, "kasi-lain"), (decided.Outcome, decided.SanctionCode, decided.DecidedBy));
        Assert.Equal("Annulled", Assert.IsType<CaseClosed>(events[1]).Outcome);
    }

    [Fact]
    public void Lightening_replaces_the_sanction_with_a_lighter_one_on_the_ladder_and_nothing_else()
    {
        var @case = Warned(AtTheCounter with { FrontLine = false });
        @case.FileObjection("Terlalu berat", "rina", Dates.ObjectionDeadline, Now, null);

        var notLighter = Assert.Throws<ValidationFailedException>(() => @case.DecideObjection(
            new ObjectionRuling(ObjectionOutcome.Lightened, "R3", "x"), "kasi", PositionLevel.Pengawas, DefaultVersion, Now, null));
        Assert.Equal("lighter_sanction_code", notLighter.Violations[0].Field);
        Assert.EndsWith("lighter than R2: one of R1", notLighter.Violations[0].Reason);
        Assert.Equal(CaseStatus.ObjectionPending, @case.Status);

        @case.DecideObjection(new ObjectionRuling(ObjectionOutcome.Lightened, "R1", "Pelanggaran pertama"), "kasi",
            PositionLevel.Pengawas, DefaultVersion, Now, null);
        Assert.Equal(("R1", SanctionStatus.Final, CaseStatus.Closed), (@case.Sanction!.Code, @case.Sanction.Status, @case.Status));
        Assert.Equal("R1", @case.DequeueEvents().OfType<ObjectionDecided>().Single().SanctionCode);
    }

    [Theory]
    [InlineData(PositionLevel.JptPratama, true)]
    [InlineData(PositionLevel.Bupati, true)]
    [InlineData(PositionLevel.Administrator, false)]
    [InlineData(PositionLevel.Pengawas, false)]
    [InlineData(PositionLevel.Fungsional, false)]
    public void Objection_to_an_officials_decision_is_decided_by_a_superior_on_the_policys_chain(PositionLevel decider, bool allowed)
    {
        var @case = ImposedByAdministrator();
        @case.FileObjection("Dampak tidak sampai instansi", "rina", Dates.ObjectionDeadline, Now, null);

        void Decide() => @case.DecideObjection(new ObjectionRuling(ObjectionOutcome.Upheld, null, "Tetap"), "pejabat", decider, DefaultVersion, Now, null);

        if (allowed)
        {
            Decide();
            Assert.Equal(CaseStatus.Closed, @case.Status);
        }
        else
        {
            Assert.Contains("superior of the deciding official (Administrator)", Assert.Throws<NotEntitledException>(Decide).Message);
            Assert.Equal(CaseStatus.ObjectionPending, @case.Status);
        }
    }

    [Fact]
    public void Objection_to_a_warning_issued_in_the_verifiers_name_is_decided_by_an_official_entitled_over_the_employee()
    {
        var @case = Warned(PlainSocialMedia);
        @case.FileObjection("Keberatan", "rina", Dates.ObjectionDeadline, Now, null);
        var ruling = new ObjectionRuling(ObjectionOutcome.Upheld, null, "Tetap");

        Assert.Throws<NotEntitledException>(() => @case.DecideObjection(ruling, "pelaksana", PositionLevel.Pelaksana, DefaultVersion, Now, null));
        @case.DecideObjection(ruling, "kasi", PositionLevel.Pengawas, DefaultVersion, Now, null);

        Assert.Equal(ObjectionOutcome.Upheld, @case.Objection!.Outcome);
    }

    [Fact]
    public void Objection_can_be_decided_only_while_one_is_pending()
    {
        var @case = Warned(PlainSocialMedia);

        var refusal = Assert.Throws<InvalidStateException>(() => @case.DecideObjection(
            new ObjectionRuling(ObjectionOutcome.Upheld, null, "x"), "kabid", PositionLevel.Administrator, DefaultVersion, Now, null));

        Assert.Equal("SANCTIONED", refusal.CurrentState);
    }

    [Fact]
    public void Sanction_becomes_final_once_its_objection_window_has_passed_and_the_case_closes()
    {
        var @case = Warned(PlainSocialMedia);

        Assert.False(@case.FinalizeIfWindowPassed(Dates.ObjectionDeadline, Now));
        Assert.True(@case.FinalizeIfWindowPassed(Dates.ObjectionDeadline.AddDays(1), Now));
        Assert.False(@case.FinalizeIfWindowPassed(Dates.ObjectionDeadline.AddDays(2), Now));

        Assert.Equal((CaseStatus.Closed, SanctionStatus.Final), (@case.Status, @case.Sanction!.Status));
        Assert.Equal(["SanctionFinal", "CaseClosed"], @case.Timeline.TakeLast(2).Select(t => t.Action));
        Assert.Single(@case.DequeueEvents().OfType<CaseClosed>());
    }

    [Fact]
    public void Deferred_warning_is_noted_on_the_timeline_once()
    {
        var @case = Open(PlainSocialMedia);
        @case.AwaitWarningFromVerifier();

        @case.DeferWarning("Personnel did not answer (Unavailable)", Now, null);
        @case.DeferWarning("Personnel did not answer (Unavailable)", Now.AddSeconds(30), null);

        Assert.Single(@case.Timeline, t => t.Action == "WarningDeferred");
        Assert.Equal(CaseStatus.Open, @case.Status);
        Assert.Equal(Verifier, @case.PendingWarningBy);
    }

    [Fact]
    public void Timeline_steps_are_numbered_in_the_order_they_happened()
    {
        var @case = Warned(PlainSocialMedia);
        @case.Accept("rina", Now, null);

        Assert.Equal(Enumerable.Range(1, @case.Timeline.Count), @case.Timeline.Select(t => t.Sequence));
        Assert.All(@case.Timeline, t => Assert.Equal(@case.Id, t.CaseId));
    }
}
