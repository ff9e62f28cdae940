using Berau.Disiplin.Contracts.Events;
using Berau.Disiplin.Discipline.Policy;
using Berau.Disiplin.Primitives;

namespace Berau.Disiplin.Discipline.Cases;

/// <summary>What Personnel answered when asked for the employee's atasan langsung, and the day the summons is due.</summary>
/// <param name="Atasan">Null when Personnel knows no superior of the employee (no unit head above him).</param>
public sealed record AtasanLookup(Official? Atasan, DateOnly SummonsDue);

/// <summary>
/// The hearing (PP 94/2021 Pasal 26–27): the atasan langsung summons the employee in writing, records whether he came,
/// examines him and records the BAP; a second summons follows a missed one, and after a second miss the decision may rest
/// on the evidence. A heavier expected sanction brings a tim pemeriksa and, for berat, a temporary release from duty.
/// </summary>
public sealed partial class Case
{
    /// <summary>The summons whose examination has not taken place yet, if one is out.</summary>
    public Summons? PendingSummons => Hearing.Summonses.LastOrDefault() is { Outcome: SummonsOutcome.Pending } s ? s : null;

    /// <summary>The number the next summons takes: 1, or 2 after a missed examination.</summary>
    public int NextSummonsNumber => Hearing.Summonses.Count + 1;

    /// <summary>The day of the examination summons I set and the employee missed; null unless summons II is due.</summary>
    public DateOnly? MissedExaminationDay =>
        Status == CaseStatus.AwaitingSummons && Hearing.Summonses.LastOrDefault() is { Outcome: SummonsOutcome.Missed } missed
            ? Wita.LocalDate(missed.ExaminationAt)
            : null;

    /// <summary>Whether the atasan langsung still has to be named from Personnel's organisation.</summary>
    public bool AwaitsAtasan => Status == CaseStatus.AwaitingSummons && Hearing.Summonses.Count == 0
                                && (Hearing.AtasanLangsung is null || Hearing.SummonsDue is null);

    /// <summary>
    /// Names the atasan langsung from Personnel's chain and the day the summons is due; <paramref name="lookup"/> is null
    /// when Personnel did not answer. The timeline says once why the atasan is not known yet. Returns whether he is named.
    /// </summary>
    public bool NameAtasan(AtasanLookup? lookup, DateTimeOffset now, string? traceId)
    {
        if (!AwaitsAtasan) return false;
        if (lookup is null)
        {
            NoteOnce(now, "AtasanUnknown", "Personnel did not answer; the atasan langsung is named as soon as it does.", traceId);
            return false;
        }
        Hearing = Hearing with { SummonsDue = lookup.SummonsDue };
        if (lookup.Atasan is not { } atasan)
        {
            NoteOnce(now, "AtasanUnknown",
                $"Personnel knows no superior of {SubjectNip}: the unit heads above the employee are to be set (SetUnitHead). " +
                $"The summons is due by {Wita.Iso(lookup.SummonsDue)}.", traceId);
            return false;
        }
        Hearing = Hearing with { AtasanLangsung = atasan };
        Record(now, "personnel", "AtasanNamed",
            $"Atasan langsung: {atasan}. Summons due by {Wita.Iso(lookup.SummonsDue)} (PP 94/2021 Pasal 26).", traceId);
        return true;
    }

    /// <summary>
    /// The atasan did not summon by the due day (PP 94/2021 Pasal 28 sanctions that inaction): flagged once per window,
    /// with an event for BKPSDM and the atasan's own superior. Returns whether it was flagged now.
    /// </summary>
    public bool FlagSummonsOverdue(DateOnly today, DateTimeOffset now)
    {
        if (Status != CaseStatus.AwaitingSummons || Hearing.SummonsOverdue || Hearing.SummonsDue is not { } due || today <= due)
            return false;
        Hearing = Hearing with { SummonsOverdue = true };
        var atasan = Hearing.AtasanLangsung;
        Record(now, "system", "SummonsOverdue",
            $"Summons {Roman(NextSummonsNumber)} was due by {Wita.Iso(due)} and has not been issued" +
            (atasan is null ? " (no atasan langsung is known)." : $" by the atasan langsung {atasan}."), null);
        Raise(new SummonsOverdue
        {
            EventId = Ids.New(now),
            OccurredAt = now,
            CaseId = Id,
            ReportId = ReportId,
            SubjectNip = SubjectNip,
            AtasanNip = atasan?.Nip,
            DueDate = due,
        });
        return true;
    }

    /// <summary>
    /// The examiner: the atasan langsung, or a member of the tim pemeriksa once one is formed. Refuses anyone else
    /// (PERMISSION_DENIED naming who may), and a case whose atasan Personnel has not named yet.
    /// </summary>
    public Official ExaminerFor(string nip)
    {
        if (Hearing.Team is { } team)
            return team.Members.FirstOrDefault(m => m.Official.Nip == nip)?.Official ?? throw new NotEntitledException(
                $"Only the tim pemeriksa of case {Id} examines: {Official.List(team.Members.Select(m => m.Official))}; not NIP {nip}.");
        if (Hearing.AtasanLangsung is not { } atasan)
            throw new InvalidStateException(
                $"The atasan langsung of {SubjectNip} is not known yet: Personnel has not named him (unit heads, SetUnitHead).",
                "ATASAN_UNKNOWN");
        if (atasan.Nip == nip) return atasan;
        throw new NotEntitledException($"Only the atasan langsung summons and examines (PP 94/2021 Pasal 26–27): {atasan}; not NIP {nip}.");
    }

    /// <summary>
    /// Refuses a summons the case's state does not allow: only while awaiting one (summons I, or II after a missed
    /// examination), and for an expected berat sanction only once the tim pemeriksa exists.
    /// </summary>
    public void EnsureMaySummon()
    {
        if (Status == CaseStatus.Summoned && PendingSummons is { } pending)
            throw new InvalidStateException(
                $"Summons {Roman(pending.Number)} of case {Id} is out; record whether the employee came (RecordSummonsAttendance) first.",
                StateName(Status));
        if (Status != CaseStatus.AwaitingSummons)
            throw new InvalidStateException($"Case {Id} is {Words(Status)}: the summons stage is over.", StateName(Status));
        if (Hearing.TeamRequired && Hearing.Team is null)
            throw new InvalidStateException(
                $"Case {Id} expects a berat sanction: a tim pemeriksa must examine (PP 94/2021 Pasal 27), so the PPK forms it " +
                "first (FormExaminationTeam).", "TEAM_REQUIRED");
    }

    /// <summary>Checks a summons letter's dates against the policy's windows; refuses with the field at fault.</summary>
    public void CheckSummons(DateOnly letterDate, DateTimeOffset examinationAt, SummonsLimits limits)
    {
        var v = new Validator();
        var examinationDay = Wita.LocalDate(examinationAt);
        v.Check(examinationDay >= letterDate, "examination_at", $"must be on or after the letter date, {Wita.Iso(letterDate)}");
        v.Check(examinationDay <= limits.LatestExaminationDay, "examination_at",
            $"must be at most {limits.MaxGap.Describe()} after the letter date (policy setting summonsMaxGap): by {Wita.Iso(limits.LatestExaminationDay)}");
        if (MissedExaminationDay is { } missed)
        {
            v.Check(letterDate >= missed, "letter_date",
                $"must be on or after the missed examination day, {Wita.Iso(missed)}");
            if (limits.LatestSecondLetterDate is { } latest)
                v.Check(letterDate <= latest, "letter_date",
                    $"summons II must be dated within {limits.SecondWindow.Describe()} after the missed examination of {Wita.Iso(missed)} " +
                    $"(policy setting secondSummonsWindow): by {Wita.Iso(latest)}");
        }
        v.ThrowIfInvalid();
    }

    /// <summary>Summons the employee in writing (surat panggilan I or II): the case waits for the examination.</summary>
    public void IssueSummons(SummonsLetter letter, Official examiner, SummonsLimits limits, DateTimeOffset now, string? traceId)
    {
        EnsureMaySummon();
        CheckSummons(letter.LetterDate, letter.ExaminationAt, limits);
        var summons = new Summons
        {
            Number = NextSummonsNumber,
            LetterNumber = letter.LetterNumber,
            LetterDate = letter.LetterDate,
            ExaminationAt = letter.ExaminationAt,
            Place = letter.Place,
            Examiner = examiner,
            Outcome = SummonsOutcome.Pending,
        };
        Hearing = Hearing with { Summonses = [.. Hearing.Summonses, summons] };
        Status = CaseStatus.Summoned;
        Record(now, examiner.Nip, "SummonsIssued",
            $"Surat panggilan {Roman(summons.Number)} {letter.LetterNumber} dated {Wita.Iso(letter.LetterDate)}: examination on " +
            $"{Wita.Indonesian(letter.ExaminationAt)} at {letter.Place}, by {examiner}.", traceId);
        Raise(new SummonsIssued
        {
            EventId = Ids.New(now),
            OccurredAt = now,
            CaseId = Id,
            ReportId = ReportId,
            SubjectNip = SubjectNip,
            SummonsNumber = summons.Number,
            LetterNumber = letter.LetterNumber,
            LetterDate = letter.LetterDate,
            ExaminationAt = letter.ExaminationAt,
            Place = letter.Place,
            ExaminerNip = examiner.Nip,
        });
    }

    /// <summary>Refuses attendance that cannot be recorded now: no summons out, or its examination is still to come.</summary>
    public Summons EnsureMayRecordAttendance(bool attended, DateTimeOffset now)
    {
        if (Status != CaseStatus.Summoned || PendingSummons is not { } pending)
            throw new InvalidStateException(
                $"Case {Id} is {Words(Status)}: no summons is waiting for its examination.", StateName(Status));
        if (attended ? Wita.LocalDate(now) < Wita.LocalDate(pending.ExaminationAt) : now < pending.ExaminationAt)
            throw new InvalidStateException(
                $"The examination of summons {Roman(pending.Number)} is set for {Wita.Indonesian(pending.ExaminationAt)}; " +
                "attendance is recorded once it has come.", "EXAMINATION_NOT_YET");
        return pending;
    }

    /// <summary>
    /// Records whether the employee came to the examination. A missed summons I opens the window for summons II, due by
    /// <paramref name="secondSummonsDue"/>; a missed summons II lets the decision rest on the evidence, and the case goes
    /// to the nearest official <paramref name="entitled"/> to decide the proposal.
    /// </summary>
    public void RecordAttendance(bool attended, string? note, Official by, DateOnly? secondSummonsDue, IReadOnlyList<Official>? entitled,
        DateTimeOffset now, string? traceId)
    {
        var pending = EnsureMayRecordAttendance(attended, now);
        var recorded = pending with { Outcome = attended ? SummonsOutcome.Attended : SummonsOutcome.Missed, Note = note };
        Hearing = Hearing with { Summonses = [.. Hearing.Summonses.SkipLast(1), recorded] };
        var suffix = string.IsNullOrEmpty(note) ? "." : $": {note}";
        if (attended)
        {
            Record(now, by.Nip, "SummonsAttended", $"The employee came to the examination of summons {Roman(pending.Number)}{suffix}", traceId);
            return;
        }

        var onEvidence = pending.Number >= 2;
        Raise(new SummonsMissed
        {
            EventId = Ids.New(now),
            OccurredAt = now,
            CaseId = Id,
            ReportId = ReportId,
            SubjectNip = SubjectNip,
            SummonsNumber = pending.Number,
            DecisionOnEvidence = onEvidence,
        });
        if (!onEvidence)
        {
            var due = secondSummonsDue ?? throw new InvalidOperationException("A missed summons I needs the day summons II is due.");
            Hearing = Hearing with { SummonsDue = due, SummonsOverdue = false };
            Status = CaseStatus.AwaitingSummons;
            Record(now, by.Nip, "SummonsMissed",
                $"The employee did not come to the examination of summons I{suffix} Summons II is due by {Wita.Iso(due)}.", traceId);
            return;
        }
        Hearing = Hearing with { DecidedOnEvidence = true };
        Status = CaseStatus.Open;
        Record(now, by.Nip, "SummonsMissed",
            $"The employee did not come to the examination of summons II either{suffix} Keputusan dapat diambil berdasarkan alat bukti " +
            "(the decision may rest on the evidence, PP 94/2021 Pasal 26).", traceId);
        NameDecisionOfficial(by, entitled ?? [], bapNumber: null, now, traceId);
    }

    /// <summary>
    /// The examiners a BAP names: each the atasan langsung or a member of the tim pemeriksa, the one who records it among
    /// them. None named: the one who records it alone.
    /// </summary>
    public IReadOnlyList<Official> Examiners(IReadOnlyList<string> nips, Official recordedBy)
    {
        if (nips.Count == 0) return [recordedBy];
        var eligible = Hearing.Team is { } team
            ? team.Members.Select(m => m.Official).ToList()
            : Hearing.AtasanLangsung is { } atasan ? [atasan] : [];
        var v = new Validator();
        var examiners = new List<Official>();
        for (var i = 0; i < nips.Count; i++)
        {
            if (eligible.FirstOrDefault(o => o.Nip == nips[i]) is { } examiner)
            {
                if (examiners.Any(e => e.Nip == examiner.Nip)) v.Add($"examiner_nips[{i}]", "is listed twice");
                else examiners.Add(examiner);
            }
            else
                v.Add($"examiner_nips[{i}]", Hearing.Team is null
                    ? $"'{nips[i]}' is not the atasan langsung, who examines when no tim pemeriksa is formed"
                    : $"'{nips[i]}' is not a member of the tim pemeriksa");
        }
        v.Check(nips.Contains(recordedBy.Nip), "examiner_nips", $"must include the examiner who records the BAP, {recordedBy.Nip}");
        v.ThrowIfInvalid();
        return examiners;
    }

    /// <summary>
    /// Refuses an examination the hearing does not allow: the employee must have come to a summons, and where a berat
    /// sanction is expected only a tim pemeriksa examines.
    /// </summary>
    public void EnsureMayRecordExamination()
    {
        if (Status == CaseStatus.Summoned && Hearing.Summonses[^1].Outcome == SummonsOutcome.Pending)
            throw new InvalidStateException(
                $"Record first whether the employee came to the examination of summons {Roman(Hearing.Summonses[^1].Number)} (RecordSummonsAttendance).",
                StateName(Status));
        if (Status != CaseStatus.Summoned)
            throw new InvalidStateException(
                Status == CaseStatus.AwaitingSummons
                    ? $"Case {Id} has no attended summons: the employee is summoned (IssueSummons) and comes before he is examined."
                    : $"Case {Id} is {Words(Status)}: the examination stage is over.", StateName(Status));
        if (Hearing.TeamRequired && Hearing.Team is null)
            throw new InvalidStateException(
                $"Case {Id} expects a berat sanction: only a tim pemeriksa examines (FormExaminationTeam).", "TEAM_REQUIRED");
    }

    /// <summary>
    /// Records the closed examination and its BAP, with the finding. Not proven closes the case. Proven re-weighs the
    /// policy with the impact the examiner found (replacing the verifier's), and the case waits for the decision: the
    /// examiner decides when the matrix entitles him, else it is forwarded with the BAP to the nearest entitled official
    /// in the employee's line (<paramref name="chain"/>, needed only when proven).
    /// </summary>
    public void RecordExamination(ExaminationRecord record, IReadOnlyList<Official> examiners, Official recordedBy, SanctionPolicy policy,
        PriorSanctions priors, SuperiorChain? chain, DateTimeOffset now, string? traceId)
    {
        EnsureMayRecordExamination();
        var attended = Hearing.Summonses[^1];
        var v = new Validator();
        v.Check(Wita.LocalDate(record.ExaminedAt) >= attended.LetterDate, "examined_at",
            $"must be on or after the summons letter's date, {Wita.Iso(attended.LetterDate)}");
        v.Check(record.ExaminedAt <= now, "examined_at", "must not be in the future");
        v.ThrowIfInvalid();

        var examination = new Examination
        {
            BapNumber = record.BapNumber,
            ExaminedAt = record.ExaminedAt,
            Examiners = [.. examiners],
            Statement = record.Statement,
            SignedByEmployee = record.SignedByEmployee,
            RefusalNote = record.SignedByEmployee ? null : record.RefusalNote,
            CopyGiven = record.CopyGiven,
            Proven = record.Proven,
            Impact = record.Proven ? record.Impact : null,
            ImpactReasoning = record.Proven ? record.ImpactReasoning : null,
            Findings = record.Findings,
        };
        Hearing = Hearing with { Examination = examination };
        Record(now, recordedBy.Nip, "ExaminationRecorded",
            $"BAP {record.BapNumber}, examined {Wita.Indonesian(record.ExaminedAt)} by {Official.List(examiners)}; " +
            (record.SignedByEmployee ? "signed by the employee" : $"the employee refused to sign: {record.RefusalNote}") +
            (record.CopyGiven ? ", copy given" : ", no copy given") + ". " +
            (record.Proven
                ? $"Proven; impact on the {PolicyWording.Of(record.Impact!.Value)}: {record.ImpactReasoning}"
                : "Not proven."), traceId);
        Raise(new ExaminationRecorded
        {
            EventId = Ids.New(now),
            OccurredAt = now,
            CaseId = Id,
            ReportId = ReportId,
            SubjectNip = SubjectNip,
            BapNumber = record.BapNumber,
            ExaminedAt = record.ExaminedAt,
            ExaminerNips = examiners.Select(e => e.Nip).ToList(),
            Proven = record.Proven,
            Impact = record.Proven ? record.Impact!.Value.ToString() : null,
            SignedByEmployee = record.SignedByEmployee,
        });

        if (!record.Proven)
        {
            if (Transfer.Status == TransferStatus.Recommended) Transfer = Transfer.None;
            Close(now, recordedBy.Nip, $"NotProven: the examination (BAP {record.BapNumber}) did not prove the violation.", traceId);
            return;
        }
        Facts = Facts with { Impact = record.Impact!.Value };
        Reassess(policy, priors, now, recordedBy.Nip, "after the examination", traceId);
        Status = CaseStatus.Open;
        if (chain is null) throw new InvalidOperationException("A proven examination needs the employee's chain of superiors.");
        NameDecisionOfficial(recordedBy, Proposal.Level is { } level ? EntitledOfficials(policy.Authority, chain, level) : [],
            record.BapNumber, now, traceId);
    }

    /// <summary>
    /// Refuses a tim pemeriksa the case cannot take: only before the examination, only once, and not where a ringan
    /// sanction is expected (a team may examine an expected sedang, must examine a berat).
    /// </summary>
    public void EnsureMayFormTeam()
    {
        if (Status is not (CaseStatus.AwaitingSummons or CaseStatus.Summoned))
            throw new InvalidStateException($"Case {Id} is {Words(Status)}: a tim pemeriksa is formed before the examination.",
                StateName(Status));
        if (Hearing.Team is not null)
            throw new InvalidStateException($"Case {Id} has its tim pemeriksa already (SK {Hearing.Team.DecreeNumber}).", "TEAM_FORMED");
        // An expected level the policy could not tell yet (the breached provision is for the examination to name) may
        // be berat: the PPK may form a team for it too.
        if (Hearing.ExpectedLevel == SanctionLevel.Ringan)
            throw new InvalidStateException(
                $"A tim pemeriksa examines where a sedang or berat sanction is expected; case {Id} expects ringan, so the " +
                "atasan langsung examines.", "EXPECTED_RINGAN");
    }

    /// <summary>
    /// The PPK (or designee, checked by the caller) forms the tim pemeriksa: the atasan langsung, a member of the
    /// Inspektorat and one of BKPSDM (others may be added), none of a lower position than the examined employee
    /// (<see cref="Seniority"/>). Refuses a composition that breaks these rules with the field at fault.
    /// </summary>
    public void FormExaminationTeam(string decreeNumber, IReadOnlyList<TeamMember> members, Official formedBy, TeamUnits units,
        PositionLevel? subjectLevel, DateTimeOffset now, string? traceId)
    {
        EnsureMayFormTeam();
        var atasan = Hearing.AtasanLangsung ?? throw new InvalidStateException(
            $"The atasan langsung of {SubjectNip} is not known yet, and he sits on the tim pemeriksa.", "ATASAN_UNKNOWN");
        var level = subjectLevel ?? Facts.PositionLevel;
        var v = new Validator();
        for (var i = 0; i < members.Count; i++)
        {
            var member = members[i];
            var at = $"members[{i}]";
            if (members.Take(i).Any(m => m.Official.Nip == member.Official.Nip)) v.Add(at + ".nip", "is listed twice");
            if (member.Official.Nip == SubjectNip) v.Add(at + ".nip", "is the examined employee");
            switch (member.Role)
            {
                case TeamRole.AtasanLangsung when member.Official.Nip != atasan.Nip:
                    v.Add(at + ".nip", $"is not the atasan langsung, {atasan}");
                    break;
                case TeamRole.Inspektorat when !TeamUnits.IsIn(member.Official.UnitCode, units.Inspektorat):
                    v.Add(at + ".nip", $"does not work in the Inspektorat (unit {units.Inspektorat})");
                    break;
                case TeamRole.Bkpsdm when !TeamUnits.IsIn(member.Official.UnitCode, units.Bkpsdm):
                    v.Add(at + ".nip", $"does not work in BKPSDM (unit {units.Bkpsdm})");
                    break;
            }
            if (level is not null && !Seniority.AtLeast(member.Official.Level, level))
                v.Add(at + ".nip",
                    $"holds a lower position ({(member.Official.Level is { } l ? PolicyWording.Of(l) : "no position level")}) than the " +
                    $"examined employee ({PolicyWording.Of(level.Value)}); members hold at least an equal one");
        }
        v.Check(members.Any(m => m.Role == TeamRole.AtasanLangsung), "members", $"must include the atasan langsung, {atasan}");
        v.Check(members.Any(m => m.Role == TeamRole.Inspektorat), "members", "must include a member of the Inspektorat (supervision)");
        v.Check(members.Any(m => m.Role == TeamRole.Bkpsdm), "members", "must include a member of BKPSDM (personnel)");
        v.ThrowIfInvalid();

        Hearing = Hearing with
        {
            Team = new ExaminationTeam { DecreeNumber = decreeNumber, Members = [.. members], FormedBy = formedBy, FormedAt = now },
        };
        Record(now, formedBy.Nip, "ExaminationTeamFormed",
            $"Tim pemeriksa by SK {decreeNumber} of {formedBy}: {string.Join("; ", members.Select(m => $"{m.Role}: {m.Official}"))}.",
            traceId);
        Raise(new ExaminationTeamFormed
        {
            EventId = Ids.New(now),
            OccurredAt = now,
            CaseId = Id,
            ReportId = ReportId,
            SubjectNip = SubjectNip,
            DecreeNumber = decreeNumber,
            MemberNips = members.Select(m => m.Official.Nip).ToList(),
        });
    }

    /// <summary>
    /// Pembebasan sementara dari tugas jabatan while a berat case is examined, ordered by the atasan langsung or a
    /// superior in the employee's line, with the acting official (Plh). Only before the decision, and once.
    /// </summary>
    public void SuspendFromDuty(string decreeNumber, DateOnly from, Official acting, SuperiorChain chain, string orderedByNip,
        DateTimeOffset now, string? traceId)
    {
        EnsureMaySuspend();
        var orderedBy = chain.Find(orderedByNip) ?? throw new NotEntitledException(
            $"Pembebasan sementara is ordered by the atasan langsung or a superior in the employee's line: {Official.List(chain.Superiors)}; " +
            $"not NIP {orderedByNip}.");
        if (acting.Nip == SubjectNip)
            throw ValidationFailedException.For("acting_official_nip", "is the employee released from duty");

        Hearing = Hearing with
        {
            Suspension = new Suspension { DecreeNumber = decreeNumber, FromDate = from, ActingOfficial = acting, OrderedBy = orderedBy },
        };
        Record(now, orderedBy.Nip, "SuspendedFromDuty",
            $"Released from duty from {Wita.Iso(from)} by SK {decreeNumber} of {orderedBy}; acting (Plh): {acting}.", traceId);
        Raise(new SuspendedFromDuty
        {
            EventId = Ids.New(now),
            OccurredAt = now,
            CaseId = Id,
            ReportId = ReportId,
            SubjectNip = SubjectNip,
            DecreeNumber = decreeNumber,
            FromDate = from,
            ActingOfficialNip = acting.Nip,
        });
    }

    /// <summary>Refuses a release from duty the case cannot take: only before the decision of an expected berat, and once.</summary>
    public void EnsureMaySuspend()
    {
        if (!IsUndecided)
            throw new InvalidStateException($"Case {Id} is {Words(Status)}: a release from duty lasts until the decision.", StateName(Status));
        if (Hearing.ExpectedLevel != SanctionLevel.Berat && Proposal.Level != SanctionLevel.Berat)
            throw new InvalidStateException(
                $"Pembebasan sementara is for a case that expects a berat sanction; case {Id} expects " +
                $"{(Proposal.Level is { } l ? PolicyWording.Of(l) : "no sanction")}.",
                $"EXPECTED_{(Proposal.Level?.ToString() ?? "NONE").ToUpperInvariant()}");
        if (Hearing.Suspension is { } already)
            throw new InvalidStateException($"The employee was released from duty already, by SK {already.DecreeNumber}.", "SUSPENDED");
    }

    /// <summary>
    /// A further confirmed report about the same employee joins the case while it is before its decision: the reports are
    /// examined together and earn one sanction, the heaviest (PP 94/2021: one act, one sanction). Returns false when the
    /// report is in the case already (a redelivery).
    /// </summary>
    public bool Join(ConfirmedReport report, SanctionPolicy policy, PriorSanctions priors, DateTimeOffset now, string? traceId)
    {
        if (report.ReportId == ReportId || JoinedReports.Any(r => r.ReportId == report.ReportId)) return false;
        if (!IsUndecided)
            throw new InvalidStateException($"Case {Id} is {Words(Status)}: only a case before its decision takes another report.",
                StateName(Status));
        JoinedReports = [.. JoinedReports, new JoinedReport
        {
            ReportId = report.ReportId,
            Category = report.Category,
            Facts = report.Facts with { IncidentAt = report.Facts.IncidentAt.ToUniversalTime() },
            VerifiedBy = report.VerifiedBy,
            BapNumber = report.BapNumber,
            JoinedAt = now,
        }];
        Record(now, report.VerifiedBy, "ReportJoined",
            $"Report {report.ReportId} ({report.Category}, BAP {report.BapNumber}) about the same employee joins this case: " +
            "examined together, one sanction, the heaviest.", traceId);
        var before = Proposal.Level;
        if (!Reassess(policy, priors, now, "policy", "with the joined report", traceId) || Proposal.Level == before) return true;
        if (Status == CaseStatus.Open)
        {
            Hearing = Hearing with { DecisionOfficial = null };
            Record(now, "system", "DecisionOfficialCleared",
                "The proposal's level changed: the official entitled to decide is read from the employee's line at the decision (GetEntitledOfficials).",
                traceId);
        }
        else
            Hearing = Hearing with { ExpectedLevel = Proposal.Level, TeamRequired = Proposal.Level == SanctionLevel.Berat };
        return true;
    }

    /// <summary>
    /// Weighs every report of the case under its policy version (after the examination, with the impact the examiner
    /// found) and keeps the heaviest proposal; a transfer is recommended when any report's rules recommend one. Returns
    /// whether the proposal changed.
    /// </summary>
    private bool Reassess(SanctionPolicy policy, PriorSanctions priors, DateTimeOffset now, string actor, string why, string? traceId)
    {
        var examined = Hearing.Examination is { Proven: true, Impact: { } impact } ? impact : (Impact?)null;
        var candidates = new[] { (Category, Facts) }.Concat(JoinedReports.Select(r => (r.Category, r.Facts)))
            .Select(r => policy.Evaluate((examined is { } i ? r.Facts with { Impact = i } : r.Facts).ForPolicy(r.Category, priors.Of(r.Category))))
            .ToList();
        var ladder = policy.LadderFor(Facts.RuleSet).Select(s => s.Code).ToList();
        var heaviest = candidates[0];
        foreach (var candidate in candidates.Skip(1))
            if (Position(ladder, candidate) > Position(ladder, heaviest)) heaviest = candidate;

        var proposal = SanctionProposal.Of(heaviest);
        var transfer = candidates.Where(c => c.Transfer.Recommended).Select(c => c.Transfer.Reason).Distinct().ToList();
        if (transfer.Count > 0) proposal = proposal with { TransferRecommended = true, TransferReason = string.Join("; ", transfer) };
        if (Transfer.Status == TransferStatus.None && transfer.Count > 0) Transfer = Transfer.Recommended;
        else if (Transfer.Status == TransferStatus.Recommended && transfer.Count == 0) Transfer = Transfer.None;
        if (proposal == Proposal) return false;
        Proposal = proposal;
        Record(now, actor, "SanctionProposed",
            $"{proposal.Name ?? "no sanction"} ({proposal.Code}) {why}, under {PolicyVersion}, rule {proposal.RuleId}: {proposal.Explanation}",
            traceId);
        return true;
    }

    private static int Position(List<string> ladder, PolicyDecision decision) =>
        decision.Sanction is { } s ? ladder.IndexOf(s.Code) : -1;

    /// <summary>
    /// Names who decides: the examiner when the matrix entitles him (he must impose what lies within his authority), else
    /// the nearest entitled official, to whom the case is forwarded with the BAP.
    /// </summary>
    private void NameDecisionOfficial(Official examiner, IReadOnlyList<Official> entitled, string? bapNumber, DateTimeOffset now,
        string? traceId)
    {
        var decider = entitled.FirstOrDefault(o => o.Nip == examiner.Nip) ?? (entitled.Count > 0 ? entitled[0] : null);
        Hearing = Hearing with { DecisionOfficial = decider };
        var level = Proposal.Level;
        if (decider is null)
        {
            if (level is not null)
                Record(now, "system", "NoEntitledOfficial",
                    $"No official in the line of {SubjectNip} is entitled to decide {Term} {PolicyWording.Of(level.Value)}: " +
                    "the unit heads in Personnel are to be completed.", traceId);
            return;
        }
        if (decider.Nip == examiner.Nip)
        {
            Record(now, "system", "DecisionOfficialNamed", $"The examiner {decider} decides: the sanction lies within his authority.", traceId);
            return;
        }
        Record(now, examiner.Nip, "CaseForwarded",
            $"The proposal lies beyond the examiner's authority: forwarded{(bapNumber is null ? "" : $" with BAP {bapNumber}")} to {decider}, " +
            $"who decides {Term} {PolicyWording.Of(level!.Value)}.", traceId);
        Raise(new CaseForwarded
        {
            EventId = Ids.New(now),
            OccurredAt = now,
            CaseId = Id,
            ReportId = ReportId,
            SubjectNip = SubjectNip,
            ToOfficialNip = decider.Nip,
            Level = level.Value.ToString(),
            BapNumber = bapNumber,
        });
    }

    private void NoteOnce(DateTimeOffset now, string action, string detail, string? traceId)
    {
        if (_timeline.Count > 0 && _timeline[^1].Action == action && _timeline[^1].Detail == detail) return;
        Record(now, "system", action, detail, traceId);
    }
}
