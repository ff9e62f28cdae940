using Berau.Disiplin.Contracts.Events;
using Berau.Disiplin.Discipline.Cases;
using Berau.Disiplin.Discipline.Policy;
using Berau.Disiplin.Primitives;
using static Berau.Disiplin.UnitTests.Discipline.CaseExamples;

namespace Berau.Disiplin.UnitTests.Discipline;

/// <summary>
/// The case's own state machine after the hearing: the decision, its delivery, transfers, objections and closing; the
/// events it raises, and the refusals naming its state. The hearing itself: <see cref="HearingStateMachineTests"/>.
/// </summary>
public sealed class CaseStateMachineTests
{
    [Fact]
    public void Opened_case_keeps_the_policys_proposal_announces_itself_and_waits_for_the_summons()
    {
        var @case = Open(AtTheCounter);

        Assert.Equal(CaseStatus.AwaitingSummons, @case.Status);
        Assert.Equal(DefaultVersion.VersionId, @case.PolicyVersion);
        Assert.Equal(("R2", SanctionLevel.Ringan, "loket-layanan-garis-depan"), (@case.Proposal.Code, @case.Proposal.Level, @case.Proposal.RuleId));
        Assert.Equal(TransferStatus.Recommended, @case.Transfer.Status);
        Assert.Equal(["CaseOpened", "SanctionProposed", "AtasanNamed"], @case.Timeline.Select(t => t.Action));
        var opened = Assert.IsType<CaseOpened>(Assert.Single(@case.PendingEvents));
        Assert.Equal((@case.Id, @case.ReportId, ClerkNip, "PersonalSocialMedia", Now),
            (opened.CaseId, opened.ReportId, opened.SubjectNip, opened.Category, opened.OccurredAt));
    }

    [Fact]
    public void Confirming_a_report_never_issues_a_sanction_whatever_the_proposal()
    {
        foreach (var facts in new[] { PlainSocialMedia, AtTheCounter, HarmingTheInstitution })
        {
            var @case = Open(facts);

            Assert.Null(@case.Sanction);
            Assert.Equal(CaseStatus.AwaitingSummons, @case.Status);
            Assert.DoesNotContain(@case.PendingEvents, e => e is WarningIssued or SanctionImposed);
        }
    }

    [Fact]
    public void Case_whose_policy_proposes_no_sanction_closes_as_it_opens()
    {
        var @case = Open(PlainSocialMedia with { AbsenceDaysThisYear = 2, ConsecutiveAbsenceDays = 2 }, OffenceCategory.Absence);

        Assert.Equal(CaseStatus.Closed, @case.Status);
        Assert.Equal(Now, @case.ClosedAt);
        Assert.Null(@case.Proposal.Code);
        Assert.Null(@case.Hearing.AtasanLangsung);
        Assert.StartsWith("No sanction: ", @case.Timeline[^1].Detail);
        var closed = Assert.IsType<CaseClosed>(@case.PendingEvents[^1]);
        Assert.Equal("NoSanction", closed.Outcome);
        Assert.IsType<CaseOpened>(@case.PendingEvents[0]);
    }

    [Fact]
    public void Issued_warning_is_announced_with_its_letter_the_officials_NIP_rule_and_the_dates_if_received_today()
    {
        var @case = Heard(PlainSocialMedia);
        @case.DequeueEvents();

        @case.IssueSanction(@case.ChooseSanction(DefaultVersion, null, ""), KepalaSeksi, Dates, "800.1.6.4/0001/R1/-/2026", Now, null);

        Assert.Equal(CaseStatus.Sanctioned, @case.Status);
        var sanction = @case.Sanction!;
        Assert.Equal((SanctionStatus.Issued, "R1", KepalaSeksi.Nip, PositionLevel.Pengawas), (sanction.Status, sanction.Code, sanction.DecidedBy, sanction.DecidedByLevel));
        Assert.Equal((KepalaSeksi, "BAP/800.1.6.4/017/2026"), (sanction.DecidedByOfficial, sanction.BasisBapNumber));
        // Not delivered yet: its dates run from receipt.
        Assert.Equal((Dates.DeliveryDeadline, null, null, null), (sanction.DeliveryDeadline, sanction.ReceivedOn, sanction.EffectiveDate, sanction.ObjectionDeadline));
        var issued = Assert.IsType<WarningIssued>(Assert.Single(@case.DequeueEvents()));
        Assert.Equal(("R1", "800.1.6.4/0001/R1/-/2026", KepalaSeksi.Nip, "medsos-pribadi", DefaultVersion.VersionId),
            (issued.SanctionCode, issued.LetterNumber, issued.IssuedBy, issued.RuleId, issued.PolicyVersion));
        Assert.Equal((Dates.DeliveryDeadline, Dates.EffectiveDate, Dates.ObjectionDeadline),
            (issued.DeliveryDeadline, issued.EffectiveDate, issued.ObjectionDeadline));
        Assert.Equal(@case.Proposal.Explanation, issued.Explanation);
        Assert.Contains("decided by Andi Saputra (NIP 198604182009031003", @case.Timeline[^1].Detail);
        Assert.Contains("on BAP BAP/800.1.6.4/017/2026; to be delivered by 2026-12-18", @case.Timeline[^1].Detail);
    }

    [Fact]
    public void Sedang_sanction_is_announced_as_imposed_with_its_level_and_the_officials_level_is_kept()
    {
        var @case = Heard(HarmingTheInstitution);
        @case.DequeueEvents();

        @case.IssueSanction(@case.ChooseSanction(DefaultVersion, null, ""), KepalaBidang, Dates, "L-2", Now, null);

        var imposed = Assert.IsType<SanctionImposed>(Assert.Single(@case.DequeueEvents()));
        Assert.Equal(("S1", "Sedang", "L-2", KepalaBidang.Nip), (imposed.SanctionCode, imposed.Level, imposed.DecisionNumber, imposed.DecidedBy));
        Assert.Equal(PositionLevel.Administrator, @case.Sanction!.DecidedByLevel);
        Assert.Equal("SanctionImposed", @case.Timeline[^1].Action);
    }

    [Fact]
    public void Sanction_is_issued_once_and_the_refusal_names_the_state()
    {
        var @case = Warned(PlainSocialMedia);

        var refusal = Assert.Throws<InvalidStateException>(() => @case.IssueSanction(@case.ChooseSanction(DefaultVersion, "R2", "lagi"),
            KepalaSeksi, Dates, "L-9", Now, null));

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
    public void Entitled_officials_are_those_of_the_employees_own_line_whom_the_matrix_names_nearest_first()
    {
        var @case = Open(HarmingTheInstitution);

        Assert.Equal([KepalaSeksi], @case.EntitledOfficials(DefaultVersion.Authority, ClerksLine, SanctionLevel.Ringan));
        Assert.Equal([KepalaBidang, Bupati], @case.EntitledOfficials(DefaultVersion.Authority, ClerksLine, SanctionLevel.Sedang));
        Assert.Equal([Bupati], @case.EntitledOfficials(DefaultVersion.Authority, ClerksLine, SanctionLevel.Berat));
    }

    [Fact]
    public void An_empty_post_passes_its_authority_to_the_next_higher_official_in_the_line()
    {
        var @case = Open(PlainSocialMedia);
        // No Kepala Seksi: Personnel skipped the empty post, so the Kepala Bidang is the atasan langsung.
        var withoutKasi = ClerksLine with { Superiors = [KepalaBidang, KepalaDinas, Bupati] };

        Assert.Equal([KepalaBidang], @case.EntitledOfficials(DefaultVersion.Authority, withoutKasi, SanctionLevel.Ringan));
        var withoutKabid = ClerksLine with { Superiors = [KepalaSeksi, KepalaDinas, Bupati] };
        Assert.Equal([KepalaDinas, Bupati], @case.EntitledOfficials(DefaultVersion.Authority, withoutKabid, SanctionLevel.Sedang));
    }

    [Fact]
    public void When_the_employees_level_is_unknown_only_the_PPK_is_entitled()
    {
        var @case = Open(HarmingTheInstitution with { PositionLevel = null });
        var unknownLevel = ClerksLine with { Level = null };

        Assert.Equal([Bupati], @case.EntitledOfficials(DefaultVersion.Authority, unknownLevel, SanctionLevel.Ringan));
        Assert.Empty(@case.EntitledOfficials(DefaultVersion.Authority, unknownLevel with { ReachesPpk = false }, SanctionLevel.Ringan));
    }

    [Fact]
    public void An_official_outside_the_line_or_without_the_authority_for_the_level_is_refused_naming_who_may()
    {
        var @case = Heard(HarmingTheInstitution);

        var kasi = Assert.Throws<NotEntitledException>(() =>
            @case.EnsureMayImpose(DefaultVersion.Authority, ClerksLine, KepalaSeksi.Nip, SanctionLevel.Sedang));
        Assert.Contains("Andi Saputra (NIP 198604182009031003, Kepala Seksi Pelayanan Identitas Penduduk) is in the employee's line but not entitled", kasi.Message);
        Assert.Contains($"Who may (PP 94/2021, the authority matrix of policy {DefaultVersion.VersionId}): {KepalaBidang}; {Bupati}.", kasi.Message);

        var stranger = Assert.Throws<NotEntitledException>(() =>
            @case.EnsureMayImpose(DefaultVersion.Authority, ClerksLine, "197001012000011001", SanctionLevel.Sedang));
        Assert.Contains("NIP 197001012000011001 is not in the line of superiors of 199203152015032001", stranger.Message);

        Assert.Equal(KepalaBidang, @case.EnsureMayImpose(DefaultVersion.Authority, ClerksLine, KepalaBidang.Nip, SanctionLevel.Sedang));
    }

    [Fact]
    public void Delivery_starts_the_dates_from_receipt_and_is_announced()
    {
        var @case = Decided(PlainSocialMedia, KepalaSeksi, delivered: false);
        var received = new DateOnly(2026, 12, 3);
        var fromReceipt = new SanctionDates(Dates.DeliveryDeadline, new DateOnly(2026, 12, 23), new DateOnly(2026, 12, 22));

        @case.RecordDelivery(DeliveryMethod.InPerson, received, fromReceipt, "bkpsdm", received, Now.AddDays(2), null);

        var sanction = @case.Sanction!;
        Assert.Equal((DeliveryMethod.InPerson, received, new DateOnly(2026, 12, 23), new DateOnly(2026, 12, 22)),
            (sanction.DeliveryMethod, sanction.ReceivedOn, sanction.EffectiveDate, sanction.ObjectionDeadline));
        var delivered = Assert.IsType<DecisionDelivered>(Assert.Single(@case.DequeueEvents()));
        Assert.Equal(("InPerson", received, new DateOnly(2026, 12, 23), new DateOnly(2026, 12, 22), sanction.LetterNumber),
            (delivered.Method, delivered.ReceivedOn, delivered.EffectiveDate, delivered.ObjectionDeadline, delivered.LetterNumber));
        Assert.Equal("Received in person on 2026-12-03; in force 2026-12-23, objection until 2026-12-22.", @case.Timeline[^1].Detail);

        Assert.Equal("DELIVERED", Assert.Throws<InvalidStateException>(() =>
            @case.RecordDelivery(DeliveryMethod.Sent, received, fromReceipt, "bkpsdm", received, Now, null)).CurrentState);
    }

    [Fact]
    public void A_delivery_before_the_decision_day_or_after_today_is_refused_and_a_late_one_is_noted()
    {
        var @case = Decided(PlainSocialMedia, KepalaSeksi, delivered: false);

        var early = Assert.Throws<ValidationFailedException>(() =>
            @case.RecordDelivery(DeliveryMethod.Sent, Today.AddDays(-1), Dates, "bkpsdm", Today, Now, null));
        Assert.Equal(("sent_on", "must be on or after the decision day, 2026-12-01"), (early.Violations[0].Field, early.Violations[0].Reason));
        var future = Assert.Throws<ValidationFailedException>(() =>
            @case.RecordDelivery(DeliveryMethod.InPerson, Today.AddDays(1), Dates, "bkpsdm", Today, Now, null));
        Assert.Equal("received_on", future.Violations[0].Field);

        @case.RecordDelivery(DeliveryMethod.Sent, Dates.DeliveryDeadline.AddDays(1), Dates, "bkpsdm", Dates.DeliveryDeadline.AddDays(1), Now, null);
        Assert.EndsWith("Delivered after its deadline, 2026-12-18.", @case.Timeline[^1].Detail);
    }

    [Fact]
    public void A_letter_sent_after_the_policys_send_window_is_refused_naming_sent_on_and_one_in_time_counts_from_sending()
    {
        var @case = Decided(PlainSocialMedia, KepalaSeksi, delivered: false);
        var sendBy = Today.AddDays(3);
        var withSendBy = Dates with { SendBy = sendBy };

        var late = Assert.Throws<ValidationFailedException>(() =>
            @case.RecordDelivery(DeliveryMethod.Sent, sendBy.AddDays(1), withSendBy, "bkpsdm", sendBy.AddDays(1), Now, null));
        Assert.Equal("sent_on", late.Violations[0].Field);
        Assert.StartsWith("must be on or before 2026-12-04: a letter the employee did not come to collect", late.Violations[0].Reason);
        Assert.Null(@case.Sanction!.ReceivedOn);

        @case.RecordDelivery(DeliveryMethod.Sent, sendBy, withSendBy, "bkpsdm", sendBy, Now, null);
        Assert.Equal((DeliveryMethod.Sent, sendBy), (@case.Sanction!.DeliveryMethod, @case.Sanction.ReceivedOn));
        Assert.StartsWith("Sent to the employee on 2026-12-04", @case.Timeline[^1].Detail);
    }

    [Fact]
    public void Dates_counted_across_a_year_whose_holidays_are_not_set_are_kept_as_provisional_and_said_so()
    {
        var @case = Decided(PlainSocialMedia, KepalaSeksi, delivered: false);

        @case.RecordDelivery(DeliveryMethod.InPerson, Today, Dates with { UnconfiguredYears = [2027] }, "bkpsdm", Today, Now, null);

        Assert.True(@case.Sanction!.DatesProvisional);
        Assert.Equal([2027], @case.Sanction.DatesUnconfiguredYears);
        Assert.EndsWith("Dates provisional (sementara): the holidays of 2027 are not set in Personnel.", @case.Timeline[^1].Detail);

        var settled = Decided(PlainSocialMedia, KepalaSeksi, delivered: false);
        settled.RecordDelivery(DeliveryMethod.InPerson, Today, Dates with { UnconfiguredYears = [] }, "bkpsdm", Today, Now, null);
        Assert.False(settled.Sanction!.DatesProvisional);
        Assert.DoesNotContain("sementara", settled.Timeline[^1].Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void The_in_force_and_served_clocks_announce_the_sanction_and_wait_while_an_objection_is_pending()
    {
        var @case = Decided(PlainSocialMedia, KepalaSeksi, delivered: false);
        Assert.Equal("NotDelivered", @case.ComeIntoForce(6, Now));
        @case.RecordDelivery(DeliveryMethod.InPerson, Today, Dates, "bkpsdm", Today, Now, null);
        @case.DequeueEvents();

        Assert.Equal("InForce", @case.ComeIntoForce(6, Now));
        var inForce = Assert.IsType<SanctionInForce>(Assert.Single(@case.DequeueEvents()));
        Assert.Equal((Dates.EffectiveDate, (DateOnly?)Dates.EffectiveDate.AddMonths(6).AddDays(-1), @case.Sanction!.LetterNumber),
            (inForce.EffectiveDate, inForce.ServedOn, inForce.LetterNumber));
        Assert.Equal("SanctionInForce", @case.Timeline[^1].Action);

        Assert.Equal("Served", @case.EndServingPeriod(6, Dates.EffectiveDate.AddMonths(6), Now));
        var served = Assert.IsType<SanctionServed>(Assert.Single(@case.DequeueEvents()));
        Assert.Equal((6, Dates.EffectiveDate.AddMonths(6).AddDays(-1)), (served.DurationMonths, served.ServedOn));
    }

    [Fact]
    public void An_undelivered_decision_can_be_neither_objected_to_nor_accepted_nor_made_final()
    {
        var @case = Decided(PlainSocialMedia, KepalaSeksi, delivered: false);

        Assert.Equal("NOT_DELIVERED", Assert.Throws<InvalidStateException>(() =>
            @case.FileObjection("Keberatan", "rina", Today, Now, null)).CurrentState);
        Assert.Equal("NOT_DELIVERED", Assert.Throws<InvalidStateException>(() => @case.Accept("rina", Now, null)).CurrentState);
        Assert.False(@case.FinalizeIfWindowPassed(Today.AddYears(1), Now));
        Assert.Equal((CaseStatus.Sanctioned, SanctionStatus.Issued), (@case.Status, @case.Sanction!.Status));
    }

    [Fact]
    public void Nothing_is_delivered_before_a_decision()
    {
        var @case = Heard(PlainSocialMedia);

        var refusal = Assert.Throws<InvalidStateException>(() =>
            @case.RecordDelivery(DeliveryMethod.InPerson, Today, Dates, "bkpsdm", Today, Now, null));

        Assert.Equal("OPEN", refusal.CurrentState);
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
    public void Final_case_stays_open_until_its_recommended_transfer_is_approved_and_carried_out_for_an_organisational_ground()
    {
        var @case = Warned(AtTheCounter);
        @case.Accept("rina", Now, null);
        Assert.Equal(CaseStatus.Final, @case.Status);
        Assert.Empty(@case.PendingEvents);

        @case.ApproveRecommendedTransfer(ToKampungTumbit, Bupati.Nip, Now, null);
        var requested = Assert.IsType<TransferRequested>(Assert.Single(@case.DequeueEvents()));
        Assert.Equal(("KAMPUNG-TUMBIT", "821.2/045/BKPSDM/2026", new DateOnly(2026, 12, 1)),
            (requested.ToUnitCode, requested.DecreeNumber, requested.EffectiveDate));
        // The stated reason is the decree's ground, never the offence the policy saw.
        Assert.Equal("Kebutuhan organisasi: Penguatan pelayanan administrasi kampung", requested.Reason);
        Assert.DoesNotContain("loket", requested.Reason);
        Assert.Equal((TransferGround.OrganisationalNeed, Bupati.Nip), (@case.Transfer.Ground, @case.Transfer.OrderedBy));
        Assert.Equal(CaseStatus.Final, @case.Status);

        Assert.True(@case.CompleteTransfer("821.2/045/BKPSDM/2026", Now.AddDays(1), null));
        Assert.Equal((CaseStatus.Closed, TransferStatus.Completed), (@case.Status, @case.Transfer.Status));
        Assert.Equal("R2", Assert.IsType<CaseClosed>(Assert.Single(@case.DequeueEvents())).Outcome);
    }

    [Fact]
    public void A_declined_recommendation_lets_the_final_case_close()
    {
        var @case = Warned(AtTheCounter);
        @case.Accept("rina", Now, null);

        @case.DeclineRecommendedTransfer("Formasi loket tidak memungkinkan", Bupati.Nip, Now, null);

        Assert.Equal((CaseStatus.Closed, TransferStatus.None), (@case.Status, @case.Transfer.Status));
        Assert.Equal(["TransferDeclined", "CaseClosed"], @case.Timeline.TakeLast(2).Select(t => t.Action));
        Assert.Equal("TRANSFER_NONE", Assert.Throws<InvalidStateException>(() =>
            @case.DeclineRecommendedTransfer("Lagi", Bupati.Nip, Now, null)).CurrentState);
    }

    [Fact]
    public void Transfer_answer_counts_only_while_the_transfer_is_requested()
    {
        var @case = Warned(AtTheCounter);
        Assert.False(@case.CompleteTransfer("SK 1", Now, null));
        Assert.False(@case.RejectTransfer("Unit tidak dikenal", Now, null));
        Assert.Equal(TransferStatus.Recommended, @case.Transfer.Status);

        @case.RequestTransfer(ToKampungTumbit, Bupati.Nip, Now, null);
        Assert.True(@case.RejectTransfer("Unit tidak dikenal", Now, null));
        Assert.Equal(("Unit tidak dikenal", TransferStatus.Rejected), (@case.Transfer.RejectionReason, @case.Transfer.Status));
        Assert.False(@case.CompleteTransfer("SK 1", Now, null));
    }

    [Fact]
    public void Transfer_is_requested_once_and_never_on_a_closed_case()
    {
        var @case = Warned(PlainSocialMedia);
        var notRecommended = Assert.Throws<InvalidStateException>(() => @case.ApproveRecommendedTransfer(ToKampungTumbit, Bupati.Nip, Now, null));
        Assert.Equal("TRANSFER_NONE", notRecommended.CurrentState);

        @case.RequestTransfer(ToKampungTumbit, Bupati.Nip, Now, null);
        var twice = Assert.Throws<InvalidStateException>(() => @case.RequestTransfer(ToKampungTumbit, Bupati.Nip, Now, null));
        Assert.Equal("TRANSFER_REQUESTED", twice.CurrentState);

        var closed = Warned(PlainSocialMedia);
        closed.Accept("rina", Now, null);
        Assert.Equal("CLOSED", Assert.Throws<InvalidStateException>(() =>
            closed.RequestTransfer(ToKampungTumbit, Bupati.Nip, Now, null)).CurrentState);
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
    public void Objection_is_decided_by_the_deciding_officials_direct_superior_never_by_him_or_a_peer()
    {
        var @case = Warned(PlainSocialMedia);
        @case.FileObjection("Keberatan", "rina", Dates.ObjectionDeadline, Now, null);
        var authority = DefaultVersion.Authority;

        var himself = Assert.Throws<NotEntitledException>(() => @case.EnsureMayDecideObjection(KepalaSeksi.Nip, KepalaSeksisLine, null, authority));
        Assert.Contains($"may not decide the objection to it. Who may: his direct superior, {KepalaBidang}.", himself.Message);
        var peer = Assert.Throws<NotEntitledException>(() => @case.EnsureMayDecideObjection("198701012010011001", KepalaSeksisLine, null, authority));
        Assert.Contains($"is decided by his direct superior, {KepalaBidang}; not by NIP 198701012010011001", peer.Message);
        // Not even a higher official further up: the direct superior decides.
        Assert.Throws<NotEntitledException>(() => @case.EnsureMayDecideObjection(KepalaDinas.Nip, KepalaSeksisLine, null, authority));
        var noSuperior = Assert.Throws<NotEntitledException>(() => @case.EnsureMayDecideObjection(KepalaBidang.Nip, null, null, authority));
        Assert.Contains("Personnel knows none", noSuperior.Message);

        Assert.Equal(KepalaBidang, @case.EnsureMayDecideObjection(KepalaBidang.Nip, KepalaSeksisLine, null, authority));
    }

    [Fact]
    public void Objection_to_a_sanction_decided_before_the_hearing_existed_goes_to_an_official_entitled_over_the_employee()
    {
        var @case = Warned(PlainSocialMedia);
        // As the old automatic warning recorded it: the verifier's token subject, no official.
        var legacy = typeof(Case).GetProperty(nameof(Case.Sanction))!;
        legacy.SetValue(@case, @case.Sanction! with { DecidedBy = "kasi-pelayanan", DecidedByOfficial = null, DecidedByLevel = null });
        @case.FileObjection("Keberatan", "rina", Dates.ObjectionDeadline, Now, null);

        Assert.Throws<NotEntitledException>(() => @case.EnsureMayDecideObjection(KepalaBidang.Nip, null, ClerksLine, DefaultVersion.Authority));
        Assert.Equal(KepalaSeksi, @case.EnsureMayDecideObjection(KepalaSeksi.Nip, null, ClerksLine, DefaultVersion.Authority));
    }

    [Fact]
    public void Annulling_on_objection_flags_the_transfer_for_review_and_closes_the_case_as_annulled()
    {
        var @case = Warned(AtTheCounter);
        @case.FileObjection("Ditugaskan atasan", "rina", Dates.ObjectionDeadline, Now, null);
        @case.DequeueEvents();

        @case.DecideObjection(new ObjectionRuling(ObjectionOutcome.Annulled, null, "Siaran ditugaskan"), KepalaBidang, DefaultVersion, Now, null);

        Assert.Equal((CaseStatus.Closed, SanctionStatus.Annulled, TransferStatus.FlaggedForReview),
            (@case.Status, @case.Sanction!.Status, @case.Transfer.Status));
        var events = @case.DequeueEvents();
        var decided = Assert.IsType<ObjectionDecided>(events[0]);
        Assert.Equal(("Annulled", null, KepalaBidang.Nip), (decided.Outcome, decided.SanctionCode, decided.DecidedBy));
        Assert.Equal("Annulled", Assert.IsType<CaseClosed>(events[1]).Outcome);
    }

    [Fact]
    public void Lightening_replaces_the_sanction_with_a_lighter_one_on_the_ladder_and_nothing_else()
    {
        var @case = Warned(AtTheCounter with { FrontLine = false });
        @case.FileObjection("Terlalu berat", "rina", Dates.ObjectionDeadline, Now, null);

        var notLighter = Assert.Throws<ValidationFailedException>(() => @case.DecideObjection(
            new ObjectionRuling(ObjectionOutcome.Lightened, "R3", "x"), KepalaBidang, DefaultVersion, Now, null));
        Assert.Equal("lighter_sanction_code", notLighter.Violations[0].Field);
        Assert.EndsWith("lighter than R2: one of R1", notLighter.Violations[0].Reason);
        Assert.Equal(CaseStatus.ObjectionPending, @case.Status);

        @case.DecideObjection(new ObjectionRuling(ObjectionOutcome.Lightened, "R1", "Pelanggaran pertama"), KepalaBidang,
            DefaultVersion, Now, null);
        Assert.Equal(("R1", SanctionStatus.Final, CaseStatus.Closed), (@case.Sanction!.Code, @case.Sanction.Status, @case.Status));
        Assert.Equal("R1", @case.DequeueEvents().OfType<ObjectionDecided>().Single().SanctionCode);
    }

    [Fact]
    public void Objection_can_be_decided_only_while_one_is_pending()
    {
        var @case = Warned(PlainSocialMedia);

        var refusal = Assert.Throws<InvalidStateException>(() => @case.DecideObjection(
            new ObjectionRuling(ObjectionOutcome.Upheld, null, "x"), KepalaBidang, DefaultVersion, Now, null));

        Assert.Equal("SANCTIONED", refusal.CurrentState);
        Assert.Equal("SANCTIONED", Assert.Throws<InvalidStateException>(() =>
            @case.EnsureMayDecideObjection(KepalaBidang.Nip, KepalaSeksisLine, null, DefaultVersion.Authority)).CurrentState);
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
    public void States_are_named_as_the_API_spells_them()
    {
        Assert.Equal(["OPEN", "SANCTIONED", "OBJECTION_PENDING", "FINAL", "CLOSED", "AWAITING_SUMMONS", "SUMMONED"],
            Enum.GetValues<CaseStatus>().Select(Case.StateName));
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
