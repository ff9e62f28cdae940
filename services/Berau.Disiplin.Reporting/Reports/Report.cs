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
/// not allow is refused with the state named.
/// </summary>
public sealed class Report
{
    public const int MaxNipLength = 30;
    public const int MaxNameLength = 200;
    public const int MaxTextLength = 4000;

    private readonly List<EvidenceItem> _evidence = [];

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

    public static Report Submit(Guid id, string trackingCode, NewReport r, byte[]? reporterIdentity, DateTimeOffset now)
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
        };
        report._evidence.AddRange(r.Evidence);
        return report;
    }

    /// <summary>Records what triage found (or that Personnel did not answer, and when to ask again).</summary>
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

    /// <summary>Links this report to the first report on the same incident instead of opening a second line of work.</summary>
    public void LinkAsDuplicateOf(Guid original, DateTimeOffset now)
    {
        EnsureState("linked as a duplicate", ReportStatus.Submitted);
        Status = ReportStatus.Duplicate;
        DuplicateOf = original;
        UpdatedAt = now;
    }

    public void AssignVerifier(string verifier, DateTimeOffset now)
    {
        EnsureState("assigned a verifier", ReportStatus.Submitted, ReportStatus.UnderVerification);
        AssignedVerifier = verifier;
        Status = ReportStatus.UnderVerification;
        UpdatedAt = now;
    }

    /// <summary>The verifier confirms the report after examination: Discipline opens a case.</summary>
    public void Confirm(Verification verification, string by, DateTimeOffset at)
    {
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
    }

    public void Dismiss(string reason, string by, DateTimeOffset at)
    {
        EnsureState("dismissed", ReportStatus.Submitted, ReportStatus.UnderVerification);
        DismissalReason = reason;
        Decide(ReportStatus.Dismissed, by, at);
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
