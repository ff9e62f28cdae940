using System.Diagnostics.CodeAnalysis;
using System.Text;
using Berau.Disiplin.Contracts.Events;
using Berau.Disiplin.Discipline.Policy;
using Berau.Disiplin.Primitives;

namespace Berau.Disiplin.Discipline.Cases;

/// <summary>
/// A discipline case (kasus/perkara disiplin), opened when a report is confirmed. Owns its state machine and raises its
/// own events. The hearing comes first (summons, examination; <c>Case.Hearing.cs</c>): no sanction without a recorded
/// examination or two missed summonses. A sanction is decided once by an official the authority matrix entitles in the
/// employee's own line, delivered, and becomes final when the objection window passes, an objection is decided or the
/// employee accepts it; the case closes by itself when the sanction is settled and no transfer is under way.
/// </summary>
[SuppressMessage("Naming", "CA1716", Justification = "Case (kasus) is the domain's own word; no Visual Basic client uses this type.")]
public sealed partial class Case : AggregateRoot
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
    /// <summary>The confirmed facts; after the examination, the impact is the one the examiner found.</summary>
    public CaseFacts Facts { get; private set; } = null!;
    /// <summary>The verifier who confirmed the report: never the issuer of a sanction by virtue of verifying.</summary>
    public string VerifiedBy { get; private set; } = "";
    /// <summary>The verification's record number (Reporting's confirmation), not the hearing's BAP.</summary>
    public string BapNumber { get; private set; } = "";
    public CaseStatus Status { get; private set; }
    public DateTimeOffset OpenedAt { get; private set; }
    public DateTimeOffset? ClosedAt { get; private set; }
    /// <summary>The trace that opened the case: the report's own trace, carried across the outbox and RabbitMQ.</summary>
    public string? TraceId { get; private set; }

    /// <summary>The policy version the case started under; it keeps it even when a new version is published.</summary>
    public string PolicyVersion { get; private set; } = "";
    public SanctionProposal Proposal { get; private set; } = null!;
    public HearingState Hearing { get; private set; } = new();
    /// <summary>Further reports about the same employee, examined in this case.</summary>
    public List<JoinedReport> JoinedReports { get; private set; } = [];
    /// <summary>Null until a sanction is decided.</summary>
    public SanctionDecision? Sanction { get; private set; }
    public Transfer Transfer { get; private set; } = null!;
    /// <summary>Null until the employee objects.</summary>
    public Objection? Objection { get; private set; }

    public IReadOnlyList<CaseTimelineEntry> Timeline => _timeline;
    public uint Version { get; private set; }

    /// <summary>
    /// Opens the case of a confirmed report with what the policy proposes, waiting for the atasan langsung's summons. A
    /// case whose policy proposes no sanction (and no transfer) closes at once with the policy's explanation, rather than
    /// waiting for a hearing no rule asks for; one whose policy leaves the sanction to an official (a finding is missing)
    /// waits for the hearing, which makes the finding. The atasan langsung is named next, from Personnel
    /// (<see cref="NameAtasan"/>).
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
            Status = CaseStatus.AwaitingSummons,
            OpenedAt = now,
            TraceId = traceId,
            PolicyVersion = proposal.PolicyVersion,
            Proposal = SanctionProposal.Of(proposal),
            Transfer = proposal.Transfer.Recommended ? Transfer.Recommended : Transfer.None,
        };
        @case.Hearing = new HearingState
        {
            ExpectedLevel = @case.Proposal.Level,
            TeamRequired = @case.Proposal.Level == SanctionLevel.Berat,
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
    /// Refuses a decision the hearing does not allow yet, naming the missing step: PP 94/2021 Pasal 27(1) requires an
    /// examination before any sanction, unless both summonses were missed (Pasal 26).
    /// </summary>
    public void EnsureHeard()
    {
        var missing = Status switch
        {
            CaseStatus.Open => null,
            CaseStatus.AwaitingSummons when Hearing.Summonses.Count == 0 =>
                $"the employee has not been summoned: the atasan langsung{Named(Hearing.AtasanLangsung)} issues summons I " +
                "(IssueSummons), then examines him (RecordExamination)",
            CaseStatus.AwaitingSummons =>
                "summons I was missed: summons II (IssueSummons) must follow; only when it is missed too may the decision " +
                "rest on the evidence",
            CaseStatus.Summoned when PendingSummons is { } pending =>
                $"the attendance at the examination of summons {Roman(pending.Number)} is not recorded " +
                "(RecordSummonsAttendance), and no examination (RecordExamination)",
            CaseStatus.Summoned => "the examination and its BAP are not recorded (RecordExamination)",
            _ => "",
        };
        if (missing is null) return;
        if (missing.Length == 0)
            throw new InvalidStateException($"Case {Id} is {Words(Status)}; its sanction is decided already.", StateName(Status));
        throw new InvalidStateException(
            $"Case {Id} cannot be decided yet: {missing}. PP 94/2021 Pasal 27 requires an examination before any sanction.",
            StateName(Status));
    }

    /// <summary>
    /// The officials in the employee's own line whom the case's authority matrix entitles to impose
    /// <paramref name="level"/>, nearest first. A level the matrix names but nobody in the line holds (an empty post
    /// Personnel skipped) passes to the next higher official in the line (PP 94/2021: if there is no PyBM, the next higher
    /// official acts). When the employee's level is unknown, only the PPK, who may sanction everyone, is entitled.
    /// </summary>
    public IReadOnlyList<Official> EntitledOfficials(AuthorityMatrix authority, SuperiorChain chain, SanctionLevel level)
    {
        if ((chain.Level ?? Facts.PositionLevel) is not { } subject)
            return chain.Ppk is { } ppk ? [ppk] : [];
        var entitled = new List<Official>();
        foreach (var post in authority.EntitledOver(subject, level))
        {
            var holders = chain.Superiors.Where(s => s.Level == post).ToList();
            if (holders.Count == 0 && chain.Superiors.FirstOrDefault(s => Seniority.Rank(s.Level) < Seniority.Rank(post)) is { } acting)
                holders.Add(acting);
            entitled.AddRange(holders);
        }
        return chain.Superiors.Where(s => entitled.Any(e => e.Nip == s.Nip)).ToList();
    }

    /// <summary>
    /// Refuses (PERMISSION_DENIED, naming who may) an official who is not entitled to impose <paramref name="level"/> on
    /// this employee: outside the employee's line, or in it without the authority for the level. Returns the official as
    /// Personnel knows them.
    /// </summary>
    public Official EnsureMayImpose(AuthorityMatrix authority, SuperiorChain chain, string officialNip, SanctionLevel level)
    {
        var entitled = EntitledOfficials(authority, chain, level);
        if (entitled.FirstOrDefault(o => o.Nip == officialNip) is { } official) return official;
        var who = chain.Find(officialNip) is { } inLine
            ? $"{inLine} is in the employee's line but not entitled to impose {Term} {PolicyWording.Of(level)} on a {LevelWords(chain)}"
            : $"NIP {officialNip} is not in the line of superiors of {SubjectNip}";
        throw new NotEntitledException(
            $"{who}. Who may ({(Facts.RuleSet == EmploymentType.Contract ? "Berau's sanction policy" : "PP 94/2021")}, " +
            $"the authority matrix of policy {PolicyVersion}): {Official.List(entitled)}.");
    }

    /// <summary>
    /// Decides the sanction, with its letter number, and announces it: a warning or a heavier sanction. Its dates run from
    /// delivery (<see cref="RecordDelivery"/>); the event carries the earliest they can be, counted as if the letter were
    /// received on the decision day (<paramref name="ifReceivedToday"/>).
    /// </summary>
    public void IssueSanction(SanctionChoice choice, Official by, SanctionDates ifReceivedToday, string letterNumber, DateTimeOffset now,
        string? traceId)
    {
        EnsureHeard();
        var sanction = choice.Sanction;
        var basis = Hearing.Examination?.BapNumber;
        Sanction = new SanctionDecision
        {
            Code = sanction.Code,
            Name = sanction.Name,
            Level = sanction.Level,
            Status = SanctionStatus.Issued,
            LetterNumber = letterNumber,
            DecidedBy = by.Nip,
            DecidedByLevel = by.Level,
            DecidedByOfficial = by,
            DecidedAt = now,
            BasisBapNumber = basis,
            DeliveryDeadline = ifReceivedToday.DeliveryDeadline,
            RuleId = choice.RuleId,
            Explanation = choice.Explanation,
        };
        Status = CaseStatus.Sanctioned;
        var warning = sanction.Level == SanctionLevel.Ringan;
        Record(now, by.Nip, warning ? "WarningIssued" : "SanctionImposed",
            $"{sanction.Name} ({sanction.Code}), letter {letterNumber}, decided by {by} " +
            (basis is null ? "on the evidence (both summonses missed)" : $"on BAP {basis}") +
            $"; to be delivered by {Wita.Iso(ifReceivedToday.DeliveryDeadline)}.", traceId);
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
                IssuedBy = by.Nip,
                EffectiveDate = ifReceivedToday.EffectiveDate,
                DeliveryDeadline = ifReceivedToday.DeliveryDeadline,
                ObjectionDeadline = ifReceivedToday.ObjectionDeadline,
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
                DecidedBy = by.Nip,
                EffectiveDate = ifReceivedToday.EffectiveDate,
                DeliveryDeadline = ifReceivedToday.DeliveryDeadline,
                ObjectionDeadline = ifReceivedToday.ObjectionDeadline,
                PolicyVersion = PolicyVersion,
                RuleId = choice.RuleId,
                Explanation = choice.Explanation,
            });
    }

    /// <summary>
    /// Records how the decision letter reached the employee: received in person, or sent to his address. The sanction's
    /// dates run from that day (in force on day 15 from receipt, the objection window from receipt); until then the
    /// objection window has not started and nothing makes the sanction final. <paramref name="dates"/> are counted from
    /// <paramref name="receivedOn"/>; <paramref name="today"/> is the WITA date.
    /// </summary>
    public void RecordDelivery(DeliveryMethod method, DateOnly receivedOn, SanctionDates dates, string by, DateOnly today,
        DateTimeOffset now, string? traceId)
    {
        var sanction = EnsureMayRecordDelivery();
        var field = method == DeliveryMethod.InPerson ? "received_on" : "sent_on";
        var decided = Wita.LocalDate(sanction.DecidedAt);
        if (receivedOn < decided)
            throw ValidationFailedException.For(field, $"must be on or after the decision day, {Wita.Iso(decided)}");
        if (receivedOn > today)
            throw ValidationFailedException.For(field, $"must not be after today, {Wita.Iso(today)}");
        if (method == DeliveryMethod.Sent && dates.SendBy is { } sendBy && receivedOn > sendBy)
            throw ValidationFailedException.For(field,
                $"must be on or before {Wita.Iso(sendBy)}: a letter the employee did not come to collect is sent to his address " +
                $"within the policy's sendWhenNotCollected from the decision day ({Wita.Iso(decided)}); a later letter is " +
                "handed over in person (IN_PERSON with received_on)");

        Sanction = sanction with
        {
            DeliveryMethod = method,
            ReceivedOn = receivedOn,
            EffectiveDate = dates.EffectiveDate,
            ObjectionDeadline = dates.ObjectionDeadline,
            DatesProvisional = dates.Provisional,
            DatesUnconfiguredYears = dates.UnconfiguredYears ?? [],
        };
        var provisional = dates.Provisional
            ? $" Dates provisional (sementara): the holidays of {string.Join(", ", dates.UnconfiguredYears!)} are not set in Personnel."
            : "";
        var late = receivedOn > sanction.DeliveryDeadline
            ? $" Delivered after its deadline, {Wita.Iso(sanction.DeliveryDeadline)}."
            : "";
        Record(now, by, "DecisionDelivered",
            (method == DeliveryMethod.InPerson ? $"Received in person on {Wita.Iso(receivedOn)}" : $"Sent to the employee on {Wita.Iso(receivedOn)}") +
            $"; in force {Wita.Iso(dates.EffectiveDate)}, objection until {Wita.Iso(dates.ObjectionDeadline)}.{late}{provisional}", traceId);
        Raise(new DecisionDelivered
        {
            EventId = Ids.New(now),
            OccurredAt = now,
            CaseId = Id,
            ReportId = ReportId,
            SubjectNip = SubjectNip,
            LetterNumber = sanction.LetterNumber,
            Method = method.ToString(),
            ReceivedOn = receivedOn,
            EffectiveDate = dates.EffectiveDate,
            ObjectionDeadline = dates.ObjectionDeadline,
        });
    }

    /// <summary>Refuses a delivery the case cannot take: no decision yet, or delivered already. Returns the decision.</summary>
    public SanctionDecision EnsureMayRecordDelivery()
    {
        if (Sanction is not { } sanction)
            throw new InvalidStateException($"Case {Id} is {Words(Status)}: no decision has been made to deliver.", StateName(Status));
        if (sanction.Delivered)
            throw new InvalidStateException(
                $"The decision of case {Id} was delivered already, on {Wita.Iso(sanction.ReceivedOn!.Value)}.", "DELIVERED");
        return sanction;
    }

    /// <summary>The PPK (or a delegate) approves the transfer the policy recommended, with its own decree and ground.</summary>
    public void ApproveRecommendedTransfer(TransferDecree order, string by, DateTimeOffset now, string? traceId)
    {
        EnsureTransferRecommended("approve");
        RequestTransfer(order, by, now, traceId);
    }

    /// <summary>The PPK (or a delegate) declines the recommended transfer; the case may then close.</summary>
    public void DeclineRecommendedTransfer(string reason, string by, DateTimeOffset now, string? traceId)
    {
        EnsureTransferRecommended("decline");
        Transfer = Transfer.None;
        Record(now, by, "TransferDeclined", reason, traceId);
        CloseIfDone(now, traceId);
    }

    /// <summary>
    /// Asks Personnel for a transfer: the PPK's own order, or an approved recommendation. The reason Personnel and HR apps
    /// read is the decree's organisational ground, never the offence.
    /// </summary>
    public void RequestTransfer(TransferDecree order, string by, DateTimeOffset now, string? traceId)
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
            Ground = order.Ground,
            Reason = order.Reason,
            OrderedBy = by,
        };
        Record(now, by, "TransferRequested",
            $"To {order.ToUnitCode} ({order.ToPosition}), SK {order.DecreeNumber}, from {Wita.Iso(order.EffectiveDate)}: {order.StatedReason}",
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
            Reason = order.StatedReason,
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
        EnsureDelivered();
        MakeFinal(now);
        Record(now, by, "SanctionAccepted", "The employee accepted the sanction and waived the objection.", traceId);
        CloseIfDone(now, traceId);
    }

    /// <summary>The employee objects (keberatan) within the window; <paramref name="today"/> is the local (WITA) date.</summary>
    public void FileObjection(string reason, string by, DateOnly today, DateTimeOffset now, string? traceId)
    {
        EnsureStatus("objected to", CaseStatus.Sanctioned);
        EnsureDelivered();
        if (today > Sanction!.ObjectionDeadline)
            throw new InvalidStateException(
                $"The objection window of case {Id} closed on {Wita.Iso(Sanction.ObjectionDeadline!.Value)}.", "OBJECTION_WINDOW_CLOSED");
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
    /// Who decides the objection (keberatan, PP 79/2021): the direct superior of the official who decided, never that
    /// official or a peer. <paramref name="decidersChain"/> is the deciding official's own line (null when Personnel no
    /// longer knows him). A sanction decided before the hearing existed names no official; then the caller must be
    /// entitled over the employee for the sanction's level (<paramref name="subjectsChain"/>). Returns the official.
    /// </summary>
    public Official EnsureMayDecideObjection(string officialNip, SuperiorChain? decidersChain, SuperiorChain? subjectsChain,
        AuthorityMatrix authority)
    {
        EnsureObjectionPending();
        var sanction = Sanction!;
        if (sanction.DecidedByOfficial is not { } decider)
            return EnsureMayImpose(authority,
                subjectsChain ?? throw new InvalidOperationException("The employee's chain is needed for a sanction without a named decider."),
                officialNip, sanction.Level);
        var superior = decidersChain?.AtasanLangsung ?? throw new NotEntitledException(
            $"An objection is decided by the direct superior of the deciding official, {decider}, and Personnel knows none.");
        if (superior.Nip == officialNip) return superior;
        throw new NotEntitledException(officialNip == decider.Nip
            ? $"The official who decided the sanction may not decide the objection to it. Who may: his direct superior, {superior}."
            : $"An objection to the decision of {decider} is decided by his direct superior, {superior}; not by NIP {officialNip}.");
    }

    public void EnsureObjectionPending()
    {
        if (Status != CaseStatus.ObjectionPending)
            throw new InvalidStateException($"Case {Id} has no objection waiting for a decision.", StateName(Status));
    }

    /// <summary>
    /// The entitled superior decides the objection: upheld, lightened to a sanction lower on the employee's ladder, or
    /// annulled (<see cref="EnsureMayDecideObjection"/> first). The case closes if nothing else is pending.
    /// </summary>
    public void DecideObjection(ObjectionRuling ruling, Official by, SanctionPolicy policy, DateTimeOffset now, string? traceId)
    {
        EnsureObjectionPending();
        var sanction = Sanction!;
        var lighter = ruling.Outcome == ObjectionOutcome.Lightened ? Lighter(policy, sanction, ruling.LighterSanctionCode) : null;

        Objection = Objection! with { Outcome = ruling.Outcome, DecisionReason = ruling.Reason, DecidedBy = by.Nip, DecidedAt = now };
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
        Record(now, by.Nip, "ObjectionDecided", $"{ruling.Outcome} by {by}: {ruling.Reason}", traceId);
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
            DecidedBy = by.Nip,
        });
        CloseIfDone(now, traceId);
    }

    /// <summary>
    /// The objection window of a delivered decision passed without an objection: the sanction is final, and the case
    /// closes if it can. An undelivered decision's window has not started.
    /// </summary>
    public bool FinalizeIfWindowPassed(DateOnly today, DateTimeOffset now)
    {
        if (Status != CaseStatus.Sanctioned || Sanction is not { ObjectionDeadline: { } deadline } || today <= deadline) return false;
        MakeFinal(now);
        Record(now, "system", "SanctionFinal", $"No objection by {Wita.Iso(deadline)}.", null);
        CloseIfDone(now, null);
        return true;
    }

    /// <summary>
    /// The in-force clock's day came: the delivered sanction comes into force and is announced, or, with an objection
    /// pending, waits (null: the clock stays due and fires once the objection is decided); an annulled sanction never
    /// comes into force. Returns what the clock did.
    /// </summary>
    public string? ComeIntoForce(int? durationMonths, DateTimeOffset now)
    {
        if (Sanction is not { EffectiveDate: { } effective } sanction) return "NotDelivered";
        if (sanction.Status == SanctionStatus.Annulled) return "Annulled";
        if (Status == CaseStatus.ObjectionPending) return null;
        DateOnly? servedOn = durationMonths is > 0 ? effective.AddMonths(durationMonths.Value).AddDays(-1) : null;
        Record(now, "system", "SanctionInForce",
            $"{sanction.Name} in force from {Wita.Iso(effective)}" +
            (servedOn is { } last ? $", served on {Wita.Iso(last)} ({durationMonths} months)." : "."), null);
        Raise(new SanctionInForce
        {
            EventId = Ids.New(now),
            OccurredAt = now,
            CaseId = Id,
            ReportId = ReportId,
            SubjectNip = SubjectNip,
            LetterNumber = sanction.LetterNumber,
            SanctionCode = sanction.Code,
            Sanction = sanction.Name,
            EffectiveDate = effective,
            ServedOn = servedOn,
        });
        return "InForce";
    }

    /// <summary>
    /// The served clock's day (<paramref name="dueOn"/>, the day after the period) came: the period of
    /// <paramref name="months"/> ended and is announced; an annulled sanction has none. Returns what the clock did.
    /// </summary>
    public string? EndServingPeriod(int months, DateOnly dueOn, DateTimeOffset now)
    {
        if (Sanction is not { EffectiveDate: { } effective } sanction) return "NotDelivered";
        if (sanction.Status == SanctionStatus.Annulled) return "Annulled";
        if (Status == CaseStatus.ObjectionPending) return null;
        var servedOn = dueOn.AddDays(-1);
        Record(now, "system", "SanctionServed", $"{sanction.Name}: {months} months served on {Wita.Iso(servedOn)}.", null);
        Raise(new SanctionServed
        {
            EventId = Ids.New(now),
            OccurredAt = now,
            CaseId = Id,
            ReportId = ReportId,
            SubjectNip = SubjectNip,
            LetterNumber = sanction.LetterNumber,
            SanctionCode = sanction.Code,
            EffectiveDate = effective,
            DurationMonths = months,
            ServedOn = servedOn,
        });
        return "Served";
    }

    /// <summary>The final sanction code, "Annulled", "NotProven" or "NoSanction" (as <c>CaseClosed</c> says it).</summary>
    public string Outcome => Sanction is { } sanction
        ? sanction.Status == SanctionStatus.Annulled ? "Annulled" : sanction.Code
        : Hearing.Examination is { Proven: false } ? "NotProven" : "NoSanction";

    public bool IsSubject(string? nip) => nip is { Length: > 0 } && nip == SubjectNip;

    /// <summary>Whether the case is still before its decision, so a further report about the employee joins it.</summary>
    public bool IsUndecided => Status is CaseStatus.AwaitingSummons or CaseStatus.Summoned or CaseStatus.Open;

    /// <summary>The state as refusals name it: AWAITING_SUMMONS, SUMMONED, OPEN, SANCTIONED, OBJECTION_PENDING, FINAL, CLOSED.</summary>
    public static string StateName(CaseStatus status) => UpperSnake(status.ToString());

    private static string UpperSnake(string name)
    {
        var upper = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            if (i > 0 && char.IsUpper(name[i])) upper.Append('_');
            upper.Append(char.ToUpperInvariant(name[i]));
        }
        return upper.ToString();
    }

    /// <summary>"hukuman disiplin" under PP 94/2021; "sanksi" for contract staff, whom it does not reach.</summary>
    private string Term => PolicyWording.SanctionTerm(Facts.RuleSet);

    private static string Words(CaseStatus status) => StateName(status).ToLowerInvariant().Replace('_', ' ');

    private string TransferStateName => $"TRANSFER_{UpperSnake(Transfer.Status.ToString())}";

    private string LevelWords(SuperiorChain chain) =>
        (chain.Level ?? Facts.PositionLevel) is { } level ? PolicyWording.Of(level) : "pegawai whose level is not known";

    private static string Named(Official? official) => official is null ? "" : $" {official}";

    private static string Roman(int number) => number == 1 ? "I" : "II";

    private void EnsureTransferRecommended(string move)
    {
        if (Transfer.Status != TransferStatus.Recommended)
            throw new InvalidStateException(
                $"Case {Id} has no transfer recommendation to {move} (transfer: {Transfer.Status.ToString().ToLowerInvariant()}).",
                TransferStateName);
    }

    private void EnsureDelivered()
    {
        if (Sanction is { Delivered: false })
            throw new InvalidStateException(
                $"The decision of case {Id} has not been delivered yet (RecordDelivery): its objection window runs from receipt.",
                "NOT_DELIVERED");
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
        throw new InvalidStateException($"Case {Id} is {Words(Status)}; it cannot be {move}.", StateName(Status));
    }

    /// <summary>A letter of the case was stored: the timeline names it, its number and the SHA-256 of its bytes.</summary>
    public void RecordDocument(Documents.CaseDocument document, string actor, string? traceId) =>
        Record(document.CreatedAt, actor, "DocumentStored",
            $"{Documents.DocumentKinds.Title(document.Kind)} Nomor {document.Number} (document {document.Id}); sha256 {document.Sha256}",
            traceId);

    private void Record(DateTimeOffset at, string actor, string action, string detail, string? traceId) =>
        _timeline.Add(new CaseTimelineEntry(Id, _timeline.Count + 1, at, actor, action, detail, traceId));
}
