using System.Diagnostics.CodeAnalysis;
using Berau.Disiplin.Contracts.Events;
using Berau.Disiplin.Discipline.Policy;
using Berau.Disiplin.Primitives;

namespace Berau.Disiplin.Discipline.Cases;

/// <summary>
/// A discipline case (kasus/perkara disiplin), opened when a report is confirmed. Owns its state machine and raises its
/// own events: a sanction is issued once, becomes final when the objection window passes, an objection is decided or
/// the employee accepts it; the case closes by itself when the sanction is settled and no transfer is under way.
/// </summary>
[SuppressMessage("Naming", "CA1716", Justification = "Case (kasus) is the domain's own word; no Visual Basic client uses this type.")]
public sealed class Case : AggregateRoot
{
    private readonly List<CaseTimelineEntry> _timeline = [];

    private Case() { }

    public Guid Id { get; private set; }
    public Guid ReportId { get; private set; }
    public string SubjectNip { get; private set; } = "";
    public string? SubjectName { get; private set; }
    public string? UnitCode { get; private set; }
    /// <summary>The kind of offence: a repeat is an earlier sanction for the same category.</summary>
    public OffenceCategory Category { get; private set; }
    public CaseFacts Facts { get; private set; } = null!;
    public string VerifiedBy { get; private set; } = "";
    public string BapNumber { get; private set; } = "";
    public CaseStatus Status { get; private set; }
    public DateTimeOffset OpenedAt { get; private set; }
    public DateTimeOffset? ClosedAt { get; private set; }
    /// <summary>The trace that opened the case: the report's own trace, carried across the outbox and RabbitMQ.</summary>
    public string? TraceId { get; private set; }

    /// <summary>The policy version the case started under; it keeps it even when a new version is published.</summary>
    public string PolicyVersion { get; private set; } = "";
    public SanctionProposal Proposal { get; private set; } = null!;
    /// <summary>The verifier in whose name a warning waits to be issued (when Personnel's calendar was unreachable).</summary>
    public string? PendingWarningBy { get; private set; }
    /// <summary>Null until a sanction is issued.</summary>
    public SanctionDecision? Sanction { get; private set; }
    public Transfer Transfer { get; private set; } = null!;
    /// <summary>Null until the employee objects.</summary>
    public Objection? Objection { get; private set; }

    public IReadOnlyList<CaseTimelineEntry> Timeline => _timeline;
    public uint Version { get; private set; }

    /// <summary>
    /// Opens the case of a confirmed report with what the policy proposes. A case whose policy proposes no sanction (and
    /// no transfer) closes at once with the policy's explanation, rather than waiting for a decision no rule asks for;
    /// one whose policy leaves the sanction to an official (a finding is missing) stays open for that decision.
    /// </summary>
    public static Case Open(Guid id, ConfirmedReport report, PolicyDecision proposal, DateTimeOffset now, string? traceId)
    {
        var @case = new Case
        {
            Id = id,
            ReportId = report.ReportId,
            SubjectNip = report.SubjectNip,
            SubjectName = report.SubjectName,
            UnitCode = report.UnitCode,
            Category = report.Category,
            // Stored in UTC whatever offset the event carried (a WITA +08:00 instant, say).
            Facts = report.Facts with { IncidentAt = report.Facts.IncidentAt.ToUniversalTime() },
            VerifiedBy = report.VerifiedBy,
            BapNumber = report.BapNumber,
            Status = CaseStatus.Open,
            OpenedAt = now,
            TraceId = traceId,
            PolicyVersion = proposal.PolicyVersion,
            Proposal = SanctionProposal.Of(proposal),
            Transfer = proposal.Transfer.Recommended ? Transfer.Recommended : Transfer.None,
        };
        @case.Record(now, report.VerifiedBy, "CaseOpened", $"Report {report.ReportId} confirmed (BAP {report.BapNumber}).", traceId);
        @case.Raise(new CaseOpened
        {
            EventId = Ids.New(now),
            OccurredAt = now,
            CaseId = id,
            ReportId = report.ReportId,
            SubjectNip = report.SubjectNip,
            Category = report.Category.ToString(),
        });
        var proposed = @case.Proposal;
        @case.Record(now, "policy", "SanctionProposed",
            $"{proposed.Name ?? "no sanction"} ({proposed.Code}) under {@case.PolicyVersion}, rule {proposed.RuleId}: {proposed.Explanation}",
            traceId);
        if (proposed.Code is null && !proposed.RequiresOfficialDecision && @case.Transfer.Status == TransferStatus.None)
            @case.Close(now, "policy", $"No sanction: {proposed.Explanation}", traceId);
        return @case;
    }

    /// <summary>
    /// The atasan langsung must impose what lies within his authority (PP 94/2021): a ringan proposal that needs no
    /// official is issued in the name of the verifying supervisor. Returns false when the proposal is no such warning.
    /// </summary>
    public bool AwaitWarningFromVerifier()
    {
        if (Status != CaseStatus.Open || Proposal is not { Code: not null, Level: SanctionLevel.Ringan, RequiresOfficialDecision: false })
            return false;
        PendingWarningBy = VerifiedBy;
        return true;
    }

    /// <summary>The warning could not be issued yet; it stays pending, and the timeline says why (once).</summary>
    public void DeferWarning(string reason, DateTimeOffset now, string? traceId)
    {
        if (_timeline.Count > 0 && _timeline[^1].Action == "WarningDeferred") return;
        Record(now, "system", "WarningDeferred", reason, traceId);
    }

    /// <summary>
    /// Triage completed after the case opened: the employment type and position level it was opened without, as Personnel
    /// knows them, fill the facts that are unknown (known ones stay). Returns false when nothing was unknown or learned.
    /// </summary>
    public bool LearnEmployeeFacts(EmploymentType? employmentType, PositionLevel? positionLevel, DateTimeOffset now, string? traceId)
    {
        var learned = Facts with
        {
            EmploymentType = Facts.EmploymentType ?? employmentType,
            PositionLevel = Facts.PositionLevel ?? positionLevel,
        };
        if (learned == Facts) return false;
        Facts = learned;
        Record(now, "reporting", "EmployeeFactsLearned",
            $"Personnel answered after the case opened: {learned.EmploymentType?.ToString() ?? "employment type unknown"}, " +
            $"position level {learned.PositionLevel?.ToString() ?? "unknown"}.", traceId);
        return true;
    }

    /// <summary>
    /// The sanction an official decides on: the proposal when <paramref name="code"/> is empty, else a sanction on the
    /// employee's ladder; departing from the proposal needs a reason, which becomes the explanation.
    /// </summary>
    public SanctionChoice ChooseSanction(SanctionPolicy policy, string? code, string reason)
    {
        if (string.IsNullOrEmpty(code))
            code = Proposal.Code ?? throw ValidationFailedException.For("sanction_code",
                "is required: the policy proposed no sanction for this case");
        var ladder = policy.LadderFor(Facts.RuleSet);
        if (ladder.FirstOrDefault(s => s.Code == code) is not { } sanction)
            throw ValidationFailedException.For("sanction_code",
                $"'{code}' is not a sanction for {Facts.RuleSet} staff; one of {string.Join(", ", ladder.Select(s => s.Code))}");
        if (code == Proposal.Code) return new SanctionChoice(sanction, Proposal.RuleId, Proposal.Explanation);
        if (reason.Length == 0)
            throw ValidationFailedException.For("reason", $"is required when departing from the proposal ({Proposal.Code})");
        return new SanctionChoice(sanction, null, $"Decided by the official instead of the proposal {Proposal.Code}: {reason}");
    }

    /// <summary>
    /// Refuses an official who may not impose <paramref name="level"/> on this employee (PP 94/2021, the authority matrix
    /// of the case's policy version). When Personnel did not know the employee's position level, only the Bupati, who
    /// as PPK may sanction everyone in the regency, is entitled.
    /// </summary>
    public void EnsureMayImpose(AuthorityMatrix authority, PositionLevel official, SanctionLevel level)
    {
        if (Facts.PositionLevel is { } subject)
            authority.EnsureCanImpose(official, subject, level, Facts.RuleSet);
        else if (official != PositionLevel.Bupati)
            throw new NotEntitledException(
                $"The position level of {SubjectNip} is not known, so only the Bupati may decide; register it in Personnel.");
    }

    /// <summary>Refuses a decision on a case whose sanction is decided already.</summary>
    public void EnsureAwaitsSanction()
    {
        if (Status != CaseStatus.Open)
            throw new InvalidStateException($"Case {Id} is {StateName(Status).ToLowerInvariant()}; its sanction is decided already.",
                StateName(Status));
    }

    /// <summary>Issues the sanction with its letter number and dates, and announces it: a warning or a heavier sanction.</summary>
    public void IssueSanction(SanctionChoice choice, Decider by, SanctionDates dates, string letterNumber, DateTimeOffset now,
        string? traceId)
    {
        EnsureAwaitsSanction();
        var sanction = choice.Sanction;
        PendingWarningBy = null;
        Sanction = new SanctionDecision
        {
            Code = sanction.Code,
            Name = sanction.Name,
            Level = sanction.Level,
            Status = SanctionStatus.Issued,
            LetterNumber = letterNumber,
            DecidedBy = by.Id,
            DecidedByLevel = by.Level,
            DecidedAt = now,
            DeliveryDeadline = dates.DeliveryDeadline,
            EffectiveDate = dates.EffectiveDate,
            ObjectionDeadline = dates.ObjectionDeadline,
            RuleId = choice.RuleId,
            Explanation = choice.Explanation,
        };
        Status = CaseStatus.Sanctioned;
        var warning = sanction.Level == SanctionLevel.Ringan;
        Record(now, by.Id, warning ? "WarningIssued" : "SanctionImposed",
            $"{sanction.Name} ({sanction.Code}), letter {letterNumber}, in force {Wita.Iso(dates.EffectiveDate)}, " +
            $"objection until {Wita.Iso(dates.ObjectionDeadline)}.", traceId);
        Raise(warning
            ? new WarningIssued
            {
                EventId = Ids.New(now),
                OccurredAt = now,
                CaseId = Id,
                ReportId = ReportId,
                SubjectNip = SubjectNip,
                SanctionCode = sanction.Code,
                Sanction = sanction.Name,
                LetterNumber = letterNumber,
                IssuedBy = by.Id,
                EffectiveDate = dates.EffectiveDate,
                DeliveryDeadline = dates.DeliveryDeadline,
                ObjectionDeadline = dates.ObjectionDeadline,
                PolicyVersion = PolicyVersion,
                RuleId = choice.RuleId,
                Explanation = choice.Explanation,
            }
            : new SanctionImposed
            {
                EventId = Ids.New(now),
                OccurredAt = now,
                CaseId = Id,
                ReportId = ReportId,
                SubjectNip = SubjectNip,
                SanctionCode = sanction.Code,
                Sanction = sanction.Name,
                Level = sanction.Level.ToString(),
                DecisionNumber = letterNumber,
                DecidedBy = by.Id,
                EffectiveDate = dates.EffectiveDate,
                DeliveryDeadline = dates.DeliveryDeadline,
                ObjectionDeadline = dates.ObjectionDeadline,
                PolicyVersion = PolicyVersion,
                RuleId = choice.RuleId,
                Explanation = choice.Explanation,
            });
    }

    /// <summary>An official approves the transfer the policy recommended, for the policy's reason.</summary>
    public void ApproveRecommendedTransfer(TransferDecree order, string by, DateTimeOffset now, string? traceId)
    {
        if (Transfer.Status != TransferStatus.Recommended)
            throw new InvalidStateException(
                $"Case {Id} has no transfer recommendation to approve (transfer: {Transfer.Status.ToString().ToLowerInvariant()}).",
                TransferStateName);
        RequestTransfer(order, Proposal.TransferReason ?? "Recommended by the sanction policy", by, now, traceId);
    }

    /// <summary>Asks Personnel for a transfer: an official's own order, or an approved recommendation.</summary>
    public void RequestTransfer(TransferDecree order, string reason, string by, DateTimeOffset now, string? traceId)
    {
        if (Status == CaseStatus.Closed)
            throw new InvalidStateException($"Case {Id} is closed.", StateName(Status));
        if (Transfer.Status is TransferStatus.Requested or TransferStatus.Completed)
            throw new InvalidStateException($"Case {Id} has a transfer {Transfer.Status.ToString().ToLowerInvariant()} already.",
                TransferStateName);
        Transfer = new Transfer
        {
            Status = TransferStatus.Requested,
            ToUnitCode = order.ToUnitCode,
            ToPosition = order.ToPosition,
            DecreeNumber = order.DecreeNumber,
            EffectiveDate = order.EffectiveDate,
            Reason = reason,
            OrderedBy = by,
        };
        Record(now, by, "TransferRequested",
            $"To {order.ToUnitCode} ({order.ToPosition}), SK {order.DecreeNumber}, from {Wita.Iso(order.EffectiveDate)}: {reason}",
            traceId);
        Raise(new TransferRequested
        {
            EventId = Ids.New(now),
            OccurredAt = now,
            CaseId = Id,
            ReportId = ReportId,
            SubjectNip = SubjectNip,
            ToUnitCode = order.ToUnitCode,
            ToPosition = order.ToPosition,
            DecreeNumber = order.DecreeNumber,
            EffectiveDate = order.EffectiveDate,
            Reason = reason,
        });
    }

    /// <summary>Personnel carried out the transfer. Returns false when it was not waiting for that answer.</summary>
    public bool CompleteTransfer(string decreeNumber, DateTimeOffset now, string? traceId)
    {
        if (Transfer.Status != TransferStatus.Requested) return false;
        Transfer = Transfer with { Status = TransferStatus.Completed };
        Record(now, "personnel", "EmployeeTransferred", $"Moved to {Transfer.ToUnitCode} by SK {decreeNumber}.", traceId);
        CloseIfDone(now, traceId);
        return true;
    }

    /// <summary>Personnel refused the transfer. Returns false when it was not waiting for that answer.</summary>
    public bool RejectTransfer(string reason, DateTimeOffset now, string? traceId)
    {
        if (Transfer.Status != TransferStatus.Requested) return false;
        Transfer = Transfer with { Status = TransferStatus.Rejected, RejectionReason = reason };
        Record(now, "personnel", "TransferRejected", reason, traceId);
        CloseIfDone(now, traceId);
        return true;
    }

    /// <summary>The employee accepts the sanction and waives the objection (menerima dan tidak mengajukan keberatan).</summary>
    public void Accept(string by, DateTimeOffset now, string? traceId)
    {
        EnsureStatus("accepted", CaseStatus.Sanctioned);
        MakeFinal(now);
        Record(now, by, "SanctionAccepted", "The employee accepted the sanction and waived the objection.", traceId);
        CloseIfDone(now, traceId);
    }

    /// <summary>The employee objects (keberatan) within the window; <paramref name="today"/> is the local (WITA) date.</summary>
    public void FileObjection(string reason, string by, DateOnly today, DateTimeOffset now, string? traceId)
    {
        EnsureStatus("objected to", CaseStatus.Sanctioned);
        if (today > Sanction!.ObjectionDeadline)
            throw new InvalidStateException(
                $"The objection window of case {Id} closed on {Wita.Iso(Sanction.ObjectionDeadline)}.", "OBJECTION_WINDOW_CLOSED");
        Objection = new Objection { Id = Ids.New(now), Reason = reason, FiledAt = now };
        Status = CaseStatus.ObjectionPending;
        Record(now, by, "ObjectionFiled", reason, traceId);
        Raise(new ObjectionFiled
        {
            EventId = Ids.New(now),
            OccurredAt = now,
            CaseId = Id,
            ReportId = ReportId,
            SubjectNip = SubjectNip,
            ObjectionId = Objection.Id,
        });
    }

    /// <summary>
    /// An official decides the objection: upheld, lightened to a sanction lower on the employee's ladder, or annulled.
    /// Only a superior of the deciding official may (PP 79/2021); the case closes if nothing else is pending.
    /// </summary>
    public void DecideObjection(ObjectionRuling ruling, string by, PositionLevel byLevel, SanctionPolicy policy,
        DateTimeOffset now, string? traceId)
    {
        if (Status != CaseStatus.ObjectionPending)
            throw new InvalidStateException($"Case {Id} has no objection waiting for a decision.", StateName(Status));
        EnsureMayDecideObjection(policy.Authority, byLevel);
        var sanction = Sanction!;
        var lighter = ruling.Outcome == ObjectionOutcome.Lightened ? Lighter(policy, sanction, ruling.LighterSanctionCode) : null;

        Objection = Objection! with { Outcome = ruling.Outcome, DecisionReason = ruling.Reason, DecidedBy = by, DecidedAt = now };
        switch (ruling.Outcome)
        {
            case ObjectionOutcome.Lightened:
                Sanction = sanction with { Code = lighter!.Code, Name = lighter.Name, Level = lighter.Level };
                MakeFinal(now);
                break;
            case ObjectionOutcome.Annulled:
                Sanction = sanction with { Status = SanctionStatus.Annulled, FinalAt = now };
                Status = CaseStatus.Final;
                // The transfer came with the sanction; it is for the PPK to review, not to undo silently.
                if (Transfer.Status is TransferStatus.Requested or TransferStatus.Completed or TransferStatus.Recommended)
                    Transfer = Transfer with { Status = TransferStatus.FlaggedForReview };
                break;
            default:
                MakeFinal(now);
                break;
        }
        Record(now, by, "ObjectionDecided", $"{ruling.Outcome}: {ruling.Reason}", traceId);
        Raise(new ObjectionDecided
        {
            EventId = Ids.New(now),
            OccurredAt = now,
            CaseId = Id,
            ReportId = ReportId,
            SubjectNip = SubjectNip,
            ObjectionId = Objection.Id,
            Outcome = ruling.Outcome.ToString(),
            SanctionCode = ruling.Outcome == ObjectionOutcome.Annulled ? null : lighter?.Code ?? sanction.Code,
            DecidedBy = by,
        });
        CloseIfDone(now, traceId);
    }

    /// <summary>The objection window passed without an objection: the sanction is final, and the case closes if it can.</summary>
    public bool FinalizeIfWindowPassed(DateOnly today, DateTimeOffset now)
    {
        if (Status != CaseStatus.Sanctioned || Sanction is not { } sanction || today <= sanction.ObjectionDeadline) return false;
        MakeFinal(now);
        Record(now, "system", "SanctionFinal", $"No objection by {Wita.Iso(sanction.ObjectionDeadline)}.", null);
        CloseIfDone(now, null);
        return true;
    }

    /// <summary>The final sanction code, "Annulled", or "NoSanction" (as <c>CaseClosed</c> says it).</summary>
    public string Outcome => Sanction is null ? "NoSanction" : Sanction.Status == SanctionStatus.Annulled ? "Annulled" : Sanction.Code;

    public bool IsSubject(string? nip) => nip is { Length: > 0 } && nip == SubjectNip;

    /// <summary>The state as refusals name it: OPEN, SANCTIONED, OBJECTION_PENDING, FINAL, CLOSED.</summary>
    public static string StateName(CaseStatus status) => status switch
    {
        CaseStatus.ObjectionPending => "OBJECTION_PENDING",
        _ => status.ToString().ToUpperInvariant(),
    };

    private string TransferStateName => $"TRANSFER_{Transfer.Status.ToString().ToUpperInvariant()}";

    /// <summary>
    /// The objection goes to a superior of the official who decided, as the case's policy version ranks them (keberatan,
    /// PP 79/2021). When the sanction was issued in the verifying supervisor's name, whose level the case does not know,
    /// or the chain cannot place the decider's level, the official must at least hold the authority over this employee
    /// for the sanction's level.
    /// </summary>
    private void EnsureMayDecideObjection(AuthorityMatrix authority, PositionLevel official)
    {
        var sanction = Sanction!;
        if (sanction.DecidedByLevel is { } decidedBy && authority.IsAbove(official, decidedBy) is { } above)
        {
            if (!above)
                throw new NotEntitledException(
                    $"An objection is decided by a superior of the deciding official ({decidedBy}); a {official} is not.");
            return;
        }
        EnsureMayImpose(authority, official, sanction.Level);
    }

    private SanctionType Lighter(SanctionPolicy policy, SanctionDecision current, string? code)
    {
        var lighter = policy.LighterThan(Facts.RuleSet, current.Code);
        return lighter.FirstOrDefault(s => s.Code == code) ?? throw ValidationFailedException.For("lighter_sanction_code",
            $"must be a sanction lighter than {current.Code}: one of {string.Join(", ", lighter.Select(s => s.Code))}");
    }

    private void MakeFinal(DateTimeOffset now)
    {
        Sanction = Sanction! with { Status = SanctionStatus.Final, FinalAt = now };
        Status = CaseStatus.Final;
    }

    /// <summary>Closes the case when its sanction is settled and no transfer is recommended or under way.</summary>
    private void CloseIfDone(DateTimeOffset now, string? traceId)
    {
        if (Status != CaseStatus.Final || Transfer.Status is TransferStatus.Recommended or TransferStatus.Requested) return;
        Close(now, "system", Outcome, traceId);
    }

    private void Close(DateTimeOffset now, string actor, string detail, string? traceId)
    {
        Status = CaseStatus.Closed;
        ClosedAt = now;
        Record(now, actor, "CaseClosed", detail, traceId);
        Raise(new CaseClosed
        {
            EventId = Ids.New(now),
            OccurredAt = now,
            CaseId = Id,
            ReportId = ReportId,
            SubjectNip = SubjectNip,
            Outcome = Outcome,
        });
    }

    private void EnsureStatus(string move, CaseStatus allowed)
    {
        if (Status == allowed) return;
        throw new InvalidStateException($"Case {Id} is {StateName(Status).ToLowerInvariant().Replace('_', ' ')}; it cannot be {move}.",
            StateName(Status));
    }

    private void Record(DateTimeOffset at, string actor, string action, string detail, string? traceId) =>
        _timeline.Add(new CaseTimelineEntry(Id, _timeline.Count + 1, at, actor, action, detail, traceId));
}
