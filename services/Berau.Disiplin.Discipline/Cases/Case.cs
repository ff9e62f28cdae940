using Berau.Disiplin.Discipline.Policy;
using Berau.Disiplin.Primitives;

namespace Berau.Disiplin.Discipline.Cases;

public enum CaseStatus
{
    /// <summary>Opened; the sanction waits for the entitled official.</summary>
    Open = 1,
    /// <summary>A sanction is issued; the objection window runs.</summary>
    Sanctioned = 2,
    ObjectionPending = 3,
    /// <summary>The sanction is final; a transfer is still under way.</summary>
    Final = 4,
    Closed = 5,
}

public enum SanctionStatus
{
    Issued = 1,
    Final = 2,
    Annulled = 3,
}

public enum TransferStatus
{
    None = 1,
    Recommended = 2,
    Requested = 3,
    Completed = 4,
    Rejected = 5,
    FlaggedForReview = 6,
}

public enum ObjectionOutcome
{
    Upheld = 1,
    Lightened = 2,
    Annulled = 3,
}

/// <summary>What the report's verifier found, as the policy reads it.</summary>
public sealed record CaseFacts(
    string Category,
    DateTimeOffset IncidentAt,
    IReadOnlyList<string> AggravatingFacts,
    string Impact,
    string? EmploymentType,
    string? PositionLevel,
    bool FrontLine,
    int AbsenceDaysThisYear,
    int ConsecutiveAbsenceDays);

/// <summary>A sanction as the decision letter states it.</summary>
public sealed record SanctionDecision(
    string Code,
    string Name,
    SanctionLevel Level,
    string LetterNumber,
    string DecidedBy,
    DateTimeOffset DecidedAt,
    DateOnly DeliveryDeadline,
    DateOnly EffectiveDate,
    DateOnly ObjectionDeadline,
    string? RuleId,
    string Explanation);

public sealed record TransferRequest(string ToUnitCode, string ToPosition, string DecreeNumber, DateOnly EffectiveDate,
    string Reason, string OrderedBy);

/// <summary>
/// A discipline case (kasus/perkara disiplin), opened when a report is confirmed. Owns its state machine: a sanction is
/// issued once, becomes final when the objection window passes, an objection is decided or the employee accepts it;
/// the case closes when the sanction is final (or annulled) and any transfer is done.
/// </summary>
public sealed class Case
{
    private readonly List<CaseTimelineEntry> _timeline = [];

    private Case() { }

    public Guid Id { get; private set; }
    public Guid ReportId { get; private set; }
    public string SubjectNip { get; private set; } = "";
    public string? SubjectName { get; private set; }
    public string? UnitCode { get; private set; }
    public string Category { get; private set; } = "";
    public DateTimeOffset IncidentAt { get; private set; }
    public List<string> AggravatingFacts { get; private set; } = [];
    public string Impact { get; private set; } = "Unit";
    public string? EmploymentType { get; private set; }
    public string? PositionLevel { get; private set; }
    public bool FrontLine { get; private set; }
    public int AbsenceDaysThisYear { get; private set; }
    public int ConsecutiveAbsenceDays { get; private set; }
    public string VerifiedBy { get; private set; } = "";
    public string BapNumber { get; private set; } = "";
    public CaseStatus Status { get; private set; }
    public DateTimeOffset OpenedAt { get; private set; }
    public DateTimeOffset? ClosedAt { get; private set; }
    /// <summary>The trace that opened the case: the report's own trace, carried across the outbox and RabbitMQ.</summary>
    public string? TraceId { get; private set; }

    /// <summary>The policy version the case started under; it keeps it even when a new version is published.</summary>
    public string PolicyVersion { get; private set; } = "";
    public string? ProposedCode { get; private set; }
    public string? ProposedName { get; private set; }
    public SanctionLevel? ProposedLevel { get; private set; }
    public string? RuleId { get; private set; }
    public string? Article { get; private set; }
    public string? Explanation { get; private set; }
    public bool RequiresOfficialDecision { get; private set; }
    public bool TransferRecommended { get; private set; }
    public string? TransferRecommendationReason { get; private set; }

    /// <summary>The verifier in whose name a warning waits to be issued (when Personnel's calendar was unreachable).</summary>
    public string? PendingWarningBy { get; private set; }
    public string? SanctionCode { get; private set; }
    public string? SanctionName { get; private set; }
    public SanctionLevel? SanctionLevel { get; private set; }
    public SanctionStatus? SanctionStatus { get; private set; }
    public string? LetterNumber { get; private set; }
    public string? DecidedBy { get; private set; }
    /// <summary>The position level of whoever decided the sanction, when known (an objection goes to a superior).</summary>
    public string? DecidedByLevel { get; set; }
    public DateTimeOffset? DecidedAt { get; private set; }
    public DateOnly? DeliveryDeadline { get; private set; }
    public DateOnly? EffectiveDate { get; private set; }
    public DateOnly? ObjectionDeadline { get; private set; }
    public string? SanctionRuleId { get; private set; }
    public string? SanctionExplanation { get; private set; }
    public DateTimeOffset? SanctionFinalAt { get; private set; }

    public TransferStatus TransferStatus { get; private set; } = TransferStatus.None;
    public string? TransferToUnitCode { get; private set; }
    public string? TransferToPosition { get; private set; }
    public string? TransferDecreeNumber { get; private set; }
    public DateOnly? TransferEffectiveDate { get; private set; }
    public string? TransferReason { get; private set; }
    public string? TransferOrderedBy { get; private set; }
    public string? TransferRejectionReason { get; private set; }

    public Guid? ObjectionId { get; private set; }
    public string? ObjectionReason { get; private set; }
    public DateTimeOffset? ObjectionFiledAt { get; private set; }
    public ObjectionOutcome? ObjectionOutcome { get; private set; }
    public string? ObjectionDecisionReason { get; private set; }
    public string? ObjectionDecidedBy { get; private set; }
    public DateTimeOffset? ObjectionDecidedAt { get; private set; }

    public IReadOnlyList<CaseTimelineEntry> Timeline => _timeline;
    public uint Version { get; private set; }

    public static Case Open(Guid id, Guid reportId, string subjectNip, string? subjectName, string? unitCode, CaseFacts facts,
        string verifiedBy, string bapNumber, DateTimeOffset now, string? traceId)
    {
        var @case = new Case
        {
            Id = id,
            ReportId = reportId,
            SubjectNip = subjectNip,
            SubjectName = subjectName,
            UnitCode = unitCode,
            Category = facts.Category,
            // Stored in UTC whatever offset the event carried (a WITA +08:00 instant, say).
            IncidentAt = facts.IncidentAt.ToUniversalTime(),
            AggravatingFacts = facts.AggravatingFacts.ToList(),
            Impact = facts.Impact,
            EmploymentType = facts.EmploymentType,
            PositionLevel = facts.PositionLevel,
            FrontLine = facts.FrontLine,
            AbsenceDaysThisYear = facts.AbsenceDaysThisYear,
            ConsecutiveAbsenceDays = facts.ConsecutiveAbsenceDays,
            VerifiedBy = verifiedBy,
            BapNumber = bapNumber,
            Status = CaseStatus.Open,
            OpenedAt = now,
            TraceId = traceId,
        };
        @case.Record(now, verifiedBy, "CaseOpened", $"Report {reportId} confirmed (BAP {bapNumber}).", traceId);
        return @case;
    }

    public CaseFacts Facts => new(Category, IncidentAt, AggravatingFacts, Impact, EmploymentType, PositionLevel, FrontLine,
        AbsenceDaysThisYear, ConsecutiveAbsenceDays);

    /// <summary>Records what the policy proposes, with the rule that fired.</summary>
    public void Propose(PolicyDecision decision, DateTimeOffset now, string? traceId)
    {
        PolicyVersion = decision.PolicyVersion;
        ProposedCode = decision.Sanction?.Code;
        ProposedName = decision.Sanction?.Name;
        ProposedLevel = decision.Sanction?.Level;
        RuleId = decision.RuleId;
        Article = decision.Article;
        Explanation = decision.Explanation;
        RequiresOfficialDecision = decision.NeedsOfficialDecision;
        TransferRecommended = decision.Transfer.Recommended;
        TransferRecommendationReason = decision.Transfer.Reason;
        if (decision.Transfer.Recommended) TransferStatus = TransferStatus.Recommended;
        Record(now, "policy", "SanctionProposed",
            $"{ProposedName ?? "no sanction"} ({ProposedCode}) under {PolicyVersion}, rule {RuleId}: {Explanation}", traceId);
    }

    /// <summary>A warning is to be issued in the verifier's name (the atasan langsung).</summary>
    public void AwaitWarning(string verifier) => PendingWarningBy = verifier;

    /// <summary>The warning could not be issued yet; it stays pending, and the timeline says why (once).</summary>
    public void DeferWarning(string reason, DateTimeOffset now, string? traceId)
    {
        if (_timeline.Count > 0 && _timeline[^1].Action == "WarningDeferred") return;
        Record(now, "system", "WarningDeferred", reason, traceId);
    }

    public void IssueSanction(SanctionDecision decision, string? traceId)
    {
        if (Status != CaseStatus.Open)
            throw new InvalidStateException($"Case {Id} is {StateName(Status).ToLowerInvariant()}; its sanction is decided already.",
                StateName(Status));
        PendingWarningBy = null;
        SanctionCode = decision.Code;
        SanctionName = decision.Name;
        SanctionLevel = decision.Level;
        SanctionStatus = Cases.SanctionStatus.Issued;
        LetterNumber = decision.LetterNumber;
        DecidedBy = decision.DecidedBy;
        DecidedAt = decision.DecidedAt;
        DeliveryDeadline = decision.DeliveryDeadline;
        EffectiveDate = decision.EffectiveDate;
        ObjectionDeadline = decision.ObjectionDeadline;
        SanctionRuleId = decision.RuleId;
        SanctionExplanation = decision.Explanation;
        Status = CaseStatus.Sanctioned;
        Record(decision.DecidedAt, decision.DecidedBy,
            decision.Level == Policy.SanctionLevel.Ringan ? "WarningIssued" : "SanctionImposed",
            $"{decision.Name} ({decision.Code}), letter {decision.LetterNumber}, in force {decision.EffectiveDate:yyyy-MM-dd}, " +
            $"objection until {decision.ObjectionDeadline:yyyy-MM-dd}.", traceId);
    }

    /// <summary>Asks Personnel for a transfer: approving the policy's recommendation, or an official's own order.</summary>
    public void RequestTransfer(TransferRequest request, DateTimeOffset now, string? traceId)
    {
        if (Status == CaseStatus.Closed)
            throw new InvalidStateException($"Case {Id} is closed.", StateName(Status));
        if (TransferStatus is TransferStatus.Requested or TransferStatus.Completed)
            throw new InvalidStateException($"Case {Id} has a transfer {TransferStatus.ToString().ToLowerInvariant()} already.",
                $"TRANSFER_{TransferStatus.ToString().ToUpperInvariant()}");
        TransferStatus = TransferStatus.Requested;
        TransferToUnitCode = request.ToUnitCode;
        TransferToPosition = request.ToPosition;
        TransferDecreeNumber = request.DecreeNumber;
        TransferEffectiveDate = request.EffectiveDate;
        TransferReason = request.Reason;
        TransferOrderedBy = request.OrderedBy;
        TransferRejectionReason = null;
        Record(now, request.OrderedBy, "TransferRequested",
            $"To {request.ToUnitCode} ({request.ToPosition}), SK {request.DecreeNumber}, from {request.EffectiveDate:yyyy-MM-dd}: {request.Reason}", traceId);
    }

    public void RequireRecommendedTransfer()
    {
        if (TransferStatus != TransferStatus.Recommended)
            throw new InvalidStateException(
                $"Case {Id} has no transfer recommendation to approve (transfer: {TransferStatus.ToString().ToLowerInvariant()}).",
                $"TRANSFER_{TransferStatus.ToString().ToUpperInvariant()}");
    }

    /// <summary>Personnel carried out the transfer. Returns false when it was recorded already.</summary>
    public bool CompleteTransfer(string decreeNumber, DateTimeOffset now, string? traceId)
    {
        if (TransferStatus != TransferStatus.Requested) return false;
        TransferStatus = TransferStatus.Completed;
        Record(now, "personnel", "EmployeeTransferred", $"Moved to {TransferToUnitCode} by SK {decreeNumber}.", traceId);
        return true;
    }

    public bool RejectTransfer(string reason, DateTimeOffset now, string? traceId)
    {
        if (TransferStatus != TransferStatus.Requested) return false;
        TransferStatus = TransferStatus.Rejected;
        TransferRejectionReason = reason;
        Record(now, "personnel", "TransferRejected", reason, traceId);
        return true;
    }

    /// <summary>The employee accepts the sanction and waives the objection (menerima dan tidak mengajukan keberatan).</summary>
    public void Accept(string by, DateTimeOffset now, string? traceId)
    {
        EnsureStatus("accepted", CaseStatus.Sanctioned);
        MakeFinal(now);
        Record(now, by, "SanctionAccepted", "The employee accepted the sanction and waived the objection.", traceId);
    }

    public Guid FileObjection(Guid objectionId, string reason, string by, DateOnly today, DateTimeOffset now, string? traceId)
    {
        EnsureStatus("objected to", CaseStatus.Sanctioned);
        if (ObjectionDeadline is { } deadline && today > deadline)
            throw new InvalidStateException(
                $"The objection window of case {Id} closed on {deadline:yyyy-MM-dd}.", "OBJECTION_WINDOW_CLOSED");
        ObjectionId = objectionId;
        ObjectionReason = reason;
        ObjectionFiledAt = now;
        Status = CaseStatus.ObjectionPending;
        Record(now, by, "ObjectionFiled", reason, traceId);
        return objectionId;
    }

    public void DecideObjection(ObjectionOutcome outcome, SanctionType? lighter, string reason, string by, DateTimeOffset now,
        string? traceId)
    {
        EnsureStatus("decided on objection", CaseStatus.ObjectionPending);
        ObjectionOutcome = outcome;
        ObjectionDecisionReason = reason;
        ObjectionDecidedBy = by;
        ObjectionDecidedAt = now;
        switch (outcome)
        {
            case Cases.ObjectionOutcome.Lightened:
                SanctionCode = lighter!.Code;
                SanctionName = lighter.Name;
                SanctionLevel = lighter.Level;
                MakeFinal(now);
                break;
            case Cases.ObjectionOutcome.Annulled:
                SanctionStatus = Cases.SanctionStatus.Annulled;
                SanctionFinalAt = now;
                Status = CaseStatus.Final;
                // The transfer came with the sanction; it is for the PPK to review, not to undo silently.
                if (TransferStatus is TransferStatus.Requested or TransferStatus.Completed or TransferStatus.Recommended)
                    TransferStatus = TransferStatus.FlaggedForReview;
                break;
            default:
                MakeFinal(now);
                break;
        }
        Record(now, by, "ObjectionDecided", $"{outcome}: {reason}", traceId);
    }

    /// <summary>The objection window passed without an objection: the sanction is final.</summary>
    public bool FinalizeIfWindowPassed(DateOnly today, DateTimeOffset now)
    {
        if (Status != CaseStatus.Sanctioned || ObjectionDeadline is not { } deadline || today <= deadline) return false;
        MakeFinal(now);
        Record(now, "system", "SanctionFinal", $"No objection by {deadline:yyyy-MM-dd}.", null);
        return true;
    }

    /// <summary>
    /// The policy proposes no sanction (absence below the first threshold, say): the case closes at once with that
    /// explanation, rather than waiting for a decision no rule asks for. A later report can still open another case.
    /// </summary>
    public bool CloseWithoutSanction(DateTimeOffset now, string? traceId)
    {
        if (Status != CaseStatus.Open || ProposedCode is not null || TransferStatus != TransferStatus.None) return false;
        Status = CaseStatus.Closed;
        ClosedAt = now;
        Record(now, "policy", "CaseClosed", $"No sanction: {Explanation}", traceId);
        return true;
    }

    /// <summary>Closes the case when its sanction is settled and no transfer is under way.</summary>
    public bool TryClose(DateTimeOffset now, string? traceId)
    {
        if (Status != CaseStatus.Final) return false;
        if (TransferStatus is TransferStatus.Recommended or TransferStatus.Requested) return false;
        Status = CaseStatus.Closed;
        ClosedAt = now;
        Record(now, "system", "CaseClosed", Outcome, traceId);
        return true;
    }

    public string Outcome => SanctionStatus == Cases.SanctionStatus.Annulled ? "Annulled" : SanctionCode ?? "NoSanction";

    public bool IsSubject(string? nip) => nip is { Length: > 0 } && nip == SubjectNip;

    private void MakeFinal(DateTimeOffset now)
    {
        SanctionStatus = Cases.SanctionStatus.Final;
        SanctionFinalAt = now;
        Status = CaseStatus.Final;
    }

    private void EnsureStatus(string move, params CaseStatus[] allowed)
    {
        if (allowed.Contains(Status)) return;
        throw new InvalidStateException($"Case {Id} is {StateName(Status).ToLowerInvariant().Replace('_', ' ')}; it cannot be {move}.",
            StateName(Status));
    }

    public void Record(DateTimeOffset at, string actor, string action, string detail, string? traceId) =>
        _timeline.Add(new CaseTimelineEntry
        {
            Id = Guid.CreateVersion7(at),
            CaseId = Id,
            Sequence = _timeline.Count + 1,
            At = at,
            Actor = actor,
            Action = action,
            Detail = detail.Length > 2000 ? detail[..2000] : detail,
            TraceId = traceId,
        });

    public static string StateName(CaseStatus status) => status switch
    {
        CaseStatus.ObjectionPending => "OBJECTION_PENDING",
        _ => status.ToString().ToUpperInvariant(),
    };
}

/// <summary>One step of a case: who did what, when, in which trace (the audit trail).</summary>
public sealed class CaseTimelineEntry
{
    public Guid Id { get; set; }
    public Guid CaseId { get; set; }
    /// <summary>The step's place in the case: steps of the same instant keep the order they happened in.</summary>
    public int Sequence { get; set; }
    public DateTimeOffset At { get; set; }
    public string Actor { get; set; } = "";
    public string Action { get; set; } = "";
    public string Detail { get; set; } = "";
    public string? TraceId { get; set; }
}
