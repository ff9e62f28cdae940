using Berau.Disiplin.Discipline.Persistence;
using Berau.Disiplin.Discipline.Policy;
using Berau.Disiplin.Primitives;
using Microsoft.Extensions.Options;

namespace Berau.Disiplin.Discipline.Cases;

/// <summary>Open the case of a confirmed report, once per report.</summary>
/// <param name="TraceId">The trace of the confirmation, kept with the case.</param>
public sealed record OpenCase(ConfirmedReport Report, string? TraceId);

/// <summary>
/// Opens the case under the policy version in force today, with the policy's proposal (the employee's earlier
/// sanctions of the same kind counted); issues a warning at once when configured, and requests a recommended transfer
/// when Berau has chosen a unit for that. A second confirmation of the same report changes nothing.
/// </summary>
public sealed class OpenCaseHandler(
    DisciplineDbContext db,
    CaseStore cases,
    PolicyStore policies,
    SanctionIssuer issuer,
    IOptions<DisciplineOptions> options,
    TimeProvider time)
{
    public async Task<Case?> HandleAsync(OpenCase command, CancellationToken cancellationToken)
    {
        var report = command.Report;
        if (await cases.ExistsForReportAsync(report.ReportId, cancellationToken)) return null;

        var now = time.GetUtcNow();
        var today = Wita.Today(time);
        var policy = (await policies.BookAsync(cancellationToken)).InForceOn(today);
        var priors = await cases.PriorSanctionsAsync(report.SubjectNip, report.Category, cancellationToken);
        var proposal = policy.Evaluate(report.Facts.ForPolicy(report.Category, priors));
        var @case = Case.Open(Ids.New(time), report, proposal, now, command.TraceId);
        cases.Add(@case);

        // Unless Berau chooses to have every sanction decided by hand (AutoIssueWarnings off).
        if (options.Value.AutoIssueWarnings && @case.AwaitWarningFromVerifier())
            await issuer.TryIssuePendingWarningAsync(@case, policy, command.TraceId, cancellationToken);

        if (options.Value.AutoTransferUnitCode is { Length: > 0 } unit && @case.Transfer.Status == TransferStatus.Recommended)
            @case.ApproveRecommendedTransfer(
                new TransferDecree(unit, options.Value.AutoTransferPosition, $"AUTO/{@case.Id.ToString()[..8]}", today),
                "policy", now, command.TraceId);

        await db.SaveChangesAsync(cancellationToken);
        return @case;
    }
}
