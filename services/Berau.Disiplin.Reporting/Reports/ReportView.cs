using Berau.Disiplin.Primitives;
using Berau.Disiplin.Reporting.Reporters;

namespace Berau.Disiplin.Reporting.Reports;

/// <summary>A report as one caller may see it: the reporter's identity only for a verifier, and whether it is overdue.</summary>
public sealed record ReportView(Report Report, ReporterIdentity? Reporter, bool Overdue);

/// <summary>
/// The one place that decides what a caller sees of a report. The reporter's identity is for verifiers only
/// (auditors and everyone else see none), and an anonymous report has none to show.
/// </summary>
public sealed class ReportViews(ReporterProtector protector, TimeProvider time)
{
    public ReportView For(Report report, bool callerIsVerifier) => For(report, callerIsVerifier, Wita.Today(time));

    /// <param name="today">Berau's calendar day, read once for a whole page.</param>
    public ReportView For(Report report, bool callerIsVerifier, DateOnly today) => new(
        report,
        callerIsVerifier && report.ReporterIdentity is { } sealedIdentity ? protector.Unprotect(sealedIdentity) : null,
        report.IsOverdue(today));
}
