using Berau.Disiplin.Primitives;
using Berau.Disiplin.Reporting.Persistence;
using Berau.Disiplin.Reporting.Reports;
using Proto = Berau.Disiplin.Contracts.Reporting.V1;

namespace Berau.Disiplin.Reporting.Verification;

/// <summary>Names who examines a report (the atasan langsung or an Inspektorat auditor): it is then under verification.</summary>
public sealed record AssignVerifier(Guid ReportId, string Verifier);

public sealed class AssignVerifierHandler(ReportingDbContext db, ReportViews views, TimeProvider time)
{
    public async Task<ReportView> HandleAsync(AssignVerifier command, CancellationToken cancellationToken)
    {
        var report = await db.GetForChangeAsync(command.ReportId, cancellationToken);
        report.AssignVerifier(command.Verifier, time.GetUtcNow());
        await db.SaveChangeAsync(report, cancellationToken);
        return views.For(report, callerIsVerifier: true);
    }
}

public static class AssignVerifierMapping
{
    public static AssignVerifier ToCommand(Proto.AssignVerifierRequest request)
    {
        var v = new Validator();
        var id = v.Uuid("report_id", request.ReportId);
        var verifier = request.Verifier.Trim();
        v.Required("verifier", verifier).MaxLength("verifier", verifier, 200);
        v.ThrowIfInvalid();
        return new AssignVerifier(id.GetValueOrDefault(), verifier);
    }
}
