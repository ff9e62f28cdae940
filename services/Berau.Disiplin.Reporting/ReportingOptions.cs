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
    public TimeSpan OverdueScanInterval { get; set; } = TimeSpan.FromMinutes(1);

    [Range(1, 16 * 1024 * 1024)] public int MaxAttachmentBytes { get; set; } = 1024 * 1024;
    [Range(1, 64 * 1024 * 1024)] public int MaxAttachmentsTotalBytes { get; set; } = 4 * 1024 * 1024;

    /// <summary>
    /// The key ring that encrypts reporters' identities at rest, oldest first: the last key encrypts new identities,
    /// every key decrypts the identities it encrypted. Rotate by appending a key, restarting, and running the
    /// <c>reencrypt</c> command; retire a key only after that. Required outside Development and Testing; losing a key
    /// makes the identities it encrypted unreadable, so keep the ring with the database backups' keys.
    /// </summary>
    public List<ReporterKeySetting> ReporterKeys { get; set; } = [];

    /// <summary>
    /// The single key of the days before the ring (base64 of 32 bytes). Still read: it is the ring's first key, with
    /// id <c>legacy</c>, and identities stored before the ring (which carry no key id) are read with the ring's first
    /// key. After <c>reencrypt</c> it may be removed.
    /// </summary>
    public string? ReporterKey { get; set; }
}

/// <summary>One key of <see cref="ReportingOptions.ReporterKeys"/>.</summary>
public sealed class ReporterKeySetting
{
    /// <summary>Stored with every identity it encrypts: 1–32 letters, digits, dots, dashes or underscores, e.g. 2027-01.</summary>
    public string Id { get; set; } = "";

    /// <summary>Base64 of a 32-byte AES-256 key (openssl rand -base64 32).</summary>
    public string Key { get; set; } = "";
}
