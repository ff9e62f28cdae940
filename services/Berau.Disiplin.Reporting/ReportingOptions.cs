using System.ComponentModel.DataAnnotations;

namespace Berau.Disiplin.Reporting;

/// <summary>Configuration section <c>Reporting</c>.</summary>
public sealed class ReportingOptions
{
    public const string Section = "Reporting";

    /// <summary>
    /// Working days a verifier has to confirm or dismiss a report before it is flagged overdue. The default follows
    /// SP4N-LAPOR!'s verification within 3 working days; Berau may set its own.
    /// </summary>
    [Range(0, 60)] public int VerificationWorkingDays { get; set; } = 3;

    /// <summary>Two reports on the same subject and category within this window of each other are one incident.</summary>
    public TimeSpan DuplicateWindow { get; set; } = TimeSpan.FromHours(2);

    public TimeSpan TriageRetryInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// How long a SubmitReport request id is remembered: the same id from the same caller within this window answers
    /// with the first call's report and stores nothing new.
    /// </summary>
    public TimeSpan SubmitRequestRetention { get; set; } = TimeSpan.FromHours(24);
    public TimeSpan SubmitRequestCleanupInterval { get; set; } = TimeSpan.FromHours(1);
    public TimeSpan OverdueScanInterval { get; set; } = TimeSpan.FromMinutes(1);

    [Range(1, 16 * 1024 * 1024)] public int MaxAttachmentBytes { get; set; } = 1024 * 1024;
    [Range(1, 64 * 1024 * 1024)] public int MaxAttachmentsTotalBytes { get; set; } = 4 * 1024 * 1024;

    /// <summary>
    /// Base64 of a 32-byte AES key that encrypts reporters' identities at rest. Required outside Development;
    /// losing it makes stored identities unreadable, so keep it with the database backups' keys.
    /// </summary>
    public string? ReporterKey { get; set; }
}
