using Berau.Disiplin.Contracts.Events;
using Berau.Disiplin.Primitives;

namespace Berau.Disiplin.Reporting.Reports;

/// <summary>Report categories (kategori laporan).</summary>
public enum ReportCategory
{
    /// <summary>Personal social-media use during working hours.</summary>
    PersonalSocialMedia = 1,
    /// <summary>Absence without leave (tidak masuk kerja tanpa alasan yang sah).</summary>
    Absence = 2,
    /// <summary>Misuse of uniform or office facilities.</summary>
    MisuseOfFacilities = 3,
    /// <summary>Misconduct towards the public.</summary>
    MisconductTowardsPublic = 4,
    Other = 5,
}

public enum ReportStatus
{
    Submitted = 1,
    Confirmed = 2,
    Dismissed = 3,
    UnderVerification = 4,
    /// <summary>Linked to an earlier report on the same incident: no second line of work.</summary>
    Duplicate = 5,
}

public enum TriageOutcome
{
    Pending = 1,
    LikelyViolation = 2,
    OfficialAccount = 3,
    OutsideWorkingHours = 4,
    SubjectUnknown = 5,
}

/// <summary>Faktor yang memberatkan, as the verifier found them.</summary>
public enum AggravatingFact
{
    InUniform = 1,
    OnOfficePremises = 2,
    LiveBroadcast = 3,
    DuringServiceHoursAtFrontLineCounter = 4,
}

/// <summary>The impact of a violation (PP 94/2021): unit kerja → ringan, instansi → sedang, negara → berat.</summary>
public enum Impact
{
    Unit = 1,
    Institution = 2,
    State = 3,
}

/// <summary>The employee as Personnel knew them when the report was triaged.</summary>
public sealed record SubjectSnapshot(string Nip, string Name, string UnitCode, string? EmploymentType, string? PositionLevel, bool FrontLine);

/// <summary>What the verifier found on examination.</summary>
public sealed record Verification(
    string Findings,
    string BapNumber,
    IReadOnlyCollection<AggravatingFact> AggravatingFacts,
    Impact Impact,
    int AbsenceDaysThisYear,
    int ConsecutiveAbsenceDays);

/// <summary>
/// A report of misconduct (laporan/pengaduan). Owns its state machine:
/// Submitted → UnderVerification → Confirmed | Dismissed, or Duplicate from the start. A move the current state does
/// not allow is refused with the state named. Each step the other services hear of raises its event
/// (<see cref="ReportSubmitted"/>, <see cref="ReportConfirmed"/>, <see cref="ReportDismissed"/>), which the save
/// writes to the outbox with the change.
/// </summary>
public sealed class Report : AggregateRoot
{
    public const int MaxNipLength = 30;
    public const int MaxNameLength = 200;
    public const int MaxTextLength = 4000;

    private readonly List<EvidenceItem> _evidence = [];

    /// <summary>Received and not yet submitted: in memory only, so a report is announced once.</summary>
    private bool _awaitingSubmission;

    private Report() { }

    public Guid Id { get; private set; }
    public string TrackingCode { get; private set; } = "";
    public string? SubjectNip { get; private set; }
    public string? SubjectName { get; private set; }
    public string? SubjectUnitCode { get; private set; }
    public ReportCategory Category { get; private set; }
    public DateTimeOffset IncidentAt { get; private set; }
    public int IncidentUtcOffsetMinutes { get; private set; }
    public string? Location { get; private set; }
    public string? Platform { get; private set; }
    public string? Account { get; private set; }
    /// <summary>The account as Personnel normalises handles, once triage has asked.</summary>
    public string? AccountNormalized { get; private set; }
    public List<string> Links { get; private set; } = [];
    public IReadOnlyList<EvidenceItem> Evidence => _evidence;
    public string Description { get; private set; } = "";
    public bool ReporterAnonymous { get; private set; }
    /// <summary>The reporter's name and contact, encrypted (see <c>ReporterProtector</c>); null when anonymous.</summary>
    public byte[]? ReporterIdentity { get; private set; }

    public ReportStatus Status { get; private set; }
    public Guid? DuplicateOf { get; private set; }
    public DateTimeOffset SubmittedAt { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }

    public TriageOutcome TriageOutcome { get; private set; }
    public string? TriageExplanation { get; private set; }
    public string? DutyStatus { get; private set; }
    public string? OfficialAccountUnit { get; private set; }
    public DateTimeOffset? TriageCompletedAt { get; private set; }
    public int TriageAttempts { get; private set; }
    public DateTimeOffset? TriageNextAttemptAt { get; private set; }
    public string? SubjectEmploymentType { get; private set; }
    public string? SubjectPositionLevel { get; private set; }
    public bool SubjectFrontLine { get; private set; }

    public DateOnly? VerificationDue { get; private set; }
    public DateTimeOffset? OverdueSince { get; private set; }

    public string? AssignedVerifier { get; private set; }
    public string? Findings { get; private set; }
    public string? BapNumber { get; private set; }
    public List<AggravatingFact> AggravatingFacts { get; private set; } = [];
    public Impact? Impact { get; private set; }
    public int AbsenceDaysThisYear { get; private set; }
    public int ConsecutiveAbsenceDays { get; private set; }
    public string? DecidedBy { get; private set; }
    public DateTimeOffset? DecidedAt { get; private set; }
    public string? DismissalReason { get; private set; }
    public uint Version { get; private set; }

    public bool IsOpen => Status is ReportStatus.Submitted or ReportStatus.UnderVerification;

    /// <summary>
    /// A report as it arrives, before triage and the search for an earlier report on the same incident. Nothing is
    /// announced yet: <see cref="Submit"/> completes the submission once both are known.
    /// </summary>
    public static Report Receive(Guid id, string trackingCode, NewReport r, byte[]? reporterIdentity, DateTimeOffset now)
    {
        var report = new Report
        {
            Id = id,
            TrackingCode = trackingCode,
            SubjectNip = r.SubjectNip,
            SubjectName = r.SubjectName,
            SubjectUnitCode = r.SubjectUnitCode,
            Category = r.Category,
            IncidentAt = r.IncidentAt.ToUniversalTime(),
            IncidentUtcOffsetMinutes = r.IncidentUtcOffsetMinutes,
            Location = r.Location,
            Platform = r.Platform,
            Account = r.Account,
            Links = r.Links.ToList(),
            Description = r.Description,
            ReporterAnonymous = reporterIdentity is null,
            ReporterIdentity = reporterIdentity,
            Status = ReportStatus.Submitted,
            SubmittedAt = now,
            UpdatedAt = now,
            TriageOutcome = TriageOutcome.Pending,
            _awaitingSubmission = true,
        };
        foreach (var item in r.Evidence)
        {
            item.Id = Ids.New(now);
            report._evidence.Add(item);
        }
        return report;
    }

    /// <summary>
    /// Completes the submission: the report is open for verification, or, when it tells of an incident an earlier
    /// report already told of, linked to that one instead of opening a second line of work. Raises
    /// <see cref="ReportSubmitted"/> with the triage as it stands.
    /// </summary>
    public void Submit(Guid? duplicateOf, DateTimeOffset now)
    {
        if (!_awaitingSubmission) throw new InvalidOperationException($"Report {Id} has been submitted already.");
        _awaitingSubmission = false;
        if (duplicateOf is { } original)
        {
            Status = ReportStatus.Duplicate;
            DuplicateOf = original;
            UpdatedAt = now;
        }
        Raise(new ReportSubmitted
        {
            EventId = Ids.New(now),
            OccurredAt = now,
            ReportId = Id,
            SubjectNip = SubjectNip ?? "",
            Category = Category.ToString(),
            IncidentAt = IncidentAt,
            TriageOutcome = TriageOutcome.ToString(),
            DuplicateOf = DuplicateOf,
        });
    }

    /// <summary>
    /// Records what triage found (or that Personnel did not answer, and when to ask again). A triage that completes after
    /// the submission raises <see cref="ReportTriaged"/> with the employee as Personnel knows them: a case opened
    /// meanwhile learns what it was opened without.
    /// </summary>
    public void RecordTriage(TriageResult result, DateTimeOffset now)
    {
        if (result.Outcome == TriageOutcome.Pending)
        {
            BackOff(now);
            TriageExplanation = result.Explanation;
            return;
        }
        TriageOutcome = result.Outcome;
        TriageExplanation = result.Explanation;
        DutyStatus = result.DutyStatus;
        OfficialAccountUnit = result.OfficialAccountUnit;
        AccountNormalized = result.AccountNormalized ?? AccountNormalized;
        TriageCompletedAt = now;
        TriageNextAttemptAt = null;
        if (result.Subject is { } subject)
        {
            SubjectNip = subject.Nip;
            SubjectName = subject.Name;
            SubjectUnitCode = subject.UnitCode;
            SubjectEmploymentType = subject.EmploymentType;
            SubjectPositionLevel = subject.PositionLevel;
            SubjectFrontLine = subject.FrontLine;
        }
        UpdatedAt = now;
        if (_awaitingSubmission) return; // ReportSubmitted carries it
        Raise(new ReportTriaged
        {
            EventId = Ids.New(now),
            OccurredAt = now,
            ReportId = Id,
            SubjectNip = SubjectNip ?? "",
            TriageOutcome = TriageOutcome.ToString(),
            ReportStatus = Status.ToString(),
            SubjectName = SubjectName,
            UnitCode = SubjectUnitCode,
            EmploymentType = SubjectEmploymentType,
            PositionLevel = SubjectPositionLevel,
            FrontLine = SubjectFrontLine,
        });
    }

    public void SetVerificationDue(DateOnly due)
    {
        VerificationDue = due;
        TriageNextAttemptAt = null;
    }

    /// <summary>Personnel could not count the verification deadline: ask again after a back-off.</summary>
    public void RetryDeadlineLater(DateTimeOffset now) => BackOff(now);

    /// <summary>The next question to Personnel waits 5 s, 10 s, 20 s … up to 5 minutes.</summary>
    private void BackOff(DateTimeOffset now)
    {
        TriageAttempts++;
        TriageNextAttemptAt = now + TimeSpan.FromSeconds(Math.Min(300, 5 * Math.Pow(2, Math.Min(TriageAttempts - 1, 6))));
    }

    public void AssignVerifier(string verifier, DateTimeOffset now)
    {
        EnsureState("assigned a verifier", ReportStatus.Submitted, ReportStatus.UnderVerification);
        AssignedVerifier = verifier;
        Status = ReportStatus.UnderVerification;
        UpdatedAt = now;
    }

    /// <summary>
    /// The verifier confirms the report after examination (verifikasi): Discipline opens a case from the
    /// <see cref="ReportConfirmed"/> it raises, which carries what the sanction policy needs.
    /// </summary>
    public void Confirm(Verification verification, string by, DateTimeOffset at)
    {
        RequireAbsenceDaysFor(verification);
        EnsureState("confirmed", ReportStatus.Submitted, ReportStatus.UnderVerification);
        if (string.IsNullOrEmpty(SubjectNip) || TriageOutcome == TriageOutcome.SubjectUnknown)
            throw new InvalidStateException(
                $"Report {Id} cannot be confirmed: its subject is not identified as an employee.", "SUBJECT_UNKNOWN");
        Findings = verification.Findings;
        BapNumber = verification.BapNumber;
        AggravatingFacts = verification.AggravatingFacts.Distinct().Order().ToList();
        Impact = verification.Impact;
        AbsenceDaysThisYear = verification.AbsenceDaysThisYear;
        ConsecutiveAbsenceDays = verification.ConsecutiveAbsenceDays;
        Decide(ReportStatus.Confirmed, by, at);
        Raise(new ReportConfirmed
        {
            EventId = Ids.New(at),
            OccurredAt = at,
            ReportId = Id,
            SubjectNip = SubjectNip,
            Category = Category.ToString(),
            IncidentAt = IncidentAt,
            Findings = verification.Findings,
            VerifiedBy = by,
            BapNumber = verification.BapNumber,
            AggravatingFacts = AggravatingFacts.Select(f => f.ToString()).ToList(),
            Impact = verification.Impact.ToString(),
            TriageOutcome = TriageOutcome.ToString(),
            SubjectName = SubjectName,
            UnitCode = SubjectUnitCode,
            EmploymentType = SubjectEmploymentType,
            PositionLevel = SubjectPositionLevel,
            FrontLine = SubjectFrontLine,
            AbsenceDaysThisYear = AbsenceDaysThisYear,
            ConsecutiveAbsenceDays = ConsecutiveAbsenceDays,
            Platform = Platform,
            // The handle as Personnel normalises it, so Discipline matches the same account however it was written.
            Account = AccountNormalized ?? Account,
        });
    }

    /// <summary>
    /// An absence report (PP 94/2021 Pasal 4 huruf f, masuk kerja) is sanctioned by the days absent without valid
    /// reason in one year: confirming one without counting them would leave the sanction policy nothing to weigh.
    /// </summary>
    private void RequireAbsenceDaysFor(Verification verification)
    {
        if (Category == ReportCategory.Absence && verification.AbsenceDaysThisYear == 0)
            throw ValidationFailedException.For("absence_days_this_year", "is required for an absence report");
    }

    /// <summary>The verifier dismisses the report (not proven, not a violation, not our authority).</summary>
    public void Dismiss(string reason, string by, DateTimeOffset at)
    {
        EnsureState("dismissed", ReportStatus.Submitted, ReportStatus.UnderVerification);
        DismissalReason = reason;
        Decide(ReportStatus.Dismissed, by, at);
        Raise(new ReportDismissed
        {
            EventId = Ids.New(at),
            OccurredAt = at,
            ReportId = Id,
            SubjectNip = SubjectNip ?? "",
            Reason = reason,
        });
    }

    /// <summary>Flags an open report whose verification deadline has passed.</summary>
    public bool FlagOverdue(DateOnly today, DateTimeOffset now)
    {
        if (!IsOpen || OverdueSince is not null || VerificationDue is not { } due || today <= due) return false;
        OverdueSince = now;
        return true;
    }

    public bool IsOverdue(DateOnly today) => IsOpen && VerificationDue is { } due && today > due;

    private void Decide(ReportStatus status, string by, DateTimeOffset at)
    {
        Status = status;
        DecidedBy = by;
        DecidedAt = at;
        UpdatedAt = at;
    }

    private void EnsureState(string move, params ReportStatus[] allowed)
    {
        if (allowed.Contains(Status)) return;
        var state = StateName(Status);
        throw new InvalidStateException(
            $"Report {Id} is {state.ToLowerInvariant().Replace('_', ' ')}; it cannot be {move}.", state);
    }

    public static string StateName(ReportStatus status) => status switch
    {
        ReportStatus.UnderVerification => "UNDER_VERIFICATION",
        _ => status.ToString().ToUpperInvariant(),
    };
}

/// <summary>A report as submitted, validated.</summary>
public sealed record NewReport(
    string? SubjectNip,
    string? SubjectName,
    string? SubjectUnitCode,
    ReportCategory Category,
    DateTimeOffset IncidentAt,
    int IncidentUtcOffsetMinutes,
    string? Location,
    string? Platform,
    string? Account,
    IReadOnlyList<string> Links,
    IReadOnlyList<EvidenceItem> Evidence,
    string Description);

public enum EvidenceKind
{
    Link = 1,
    Sha256 = 2,
    Attachment = 3,
}

/// <summary>One piece of evidence: a link, the hash of a file kept elsewhere, or a small attached file.</summary>
public sealed class EvidenceItem
{
    public Guid Id { get; set; }
    public Guid ReportId { get; set; }
    public EvidenceKind Kind { get; set; }
    /// <summary>The URL, the hex hash, or the attachment's file name.</summary>
    public string Value { get; set; } = "";
    public string? ContentType { get; set; }
    public byte[]? Content { get; set; }
    public int Size { get; set; }
}

/// <summary>What triage found.</summary>
public sealed record TriageResult(
    TriageOutcome Outcome,
    string Explanation,
    SubjectSnapshot? Subject = null,
    string? DutyStatus = null,
    string? OfficialAccountUnit = null,
    string? AccountNormalized = null);
