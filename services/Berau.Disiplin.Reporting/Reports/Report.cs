using Berau.Disiplin.Hosting.Errors;

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
}

/// <summary>
/// A report of misconduct (laporan/pengaduan). Owns its state machine: a move the current state does not allow
/// is refused with the state named.
/// </summary>
public sealed class Report
{
    public const int MaxNipLength = 30;
    public const int MaxDescriptionLength = 4000;

    private Report() { }

    public Guid Id { get; private set; }
    public string SubjectNip { get; private set; } = "";
    public ReportCategory Category { get; private set; }
    public DateTimeOffset IncidentAt { get; private set; }
    public string Description { get; private set; } = "";
    public ReportStatus Status { get; private set; }
    public DateTimeOffset SubmittedAt { get; private set; }
    public string? Findings { get; private set; }
    public string? ConfirmedBy { get; private set; }
    public DateTimeOffset? ConfirmedAt { get; private set; }
    public uint Version { get; private set; }

    public static Report Submit(Guid id, string subjectNip, ReportCategory category, DateTimeOffset incidentAt,
        string description, DateTimeOffset now) => new()
    {
        Id = id,
        SubjectNip = subjectNip,
        Category = category,
        IncidentAt = incidentAt,
        Description = description,
        Status = ReportStatus.Submitted,
        SubmittedAt = now,
    };

    /// <summary>The verifier confirms the report after examination: Discipline opens a case.</summary>
    public void Confirm(string findings, string by, DateTimeOffset at)
    {
        if (Status != ReportStatus.Submitted)
            throw new InvalidStateException(
                $"Report {Id} is {Status.ToString().ToLowerInvariant()}; only a submitted report can be confirmed.",
                Status.ToString().ToUpperInvariant());
        Status = ReportStatus.Confirmed;
        Findings = findings;
        ConfirmedBy = by;
        ConfirmedAt = at;
    }
}
