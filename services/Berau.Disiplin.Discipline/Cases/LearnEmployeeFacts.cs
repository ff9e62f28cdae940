using Berau.Disiplin.Discipline.Persistence;
using Berau.Disiplin.Discipline.Policy;
using Berau.Disiplin.Hosting.Messaging;
using Microsoft.EntityFrameworkCore;

namespace Berau.Disiplin.Discipline.Cases;

/// <summary>The employee's facts Personnel gave once triage completed, for the case of a report.</summary>
/// <param name="ReportConfirmed">The report was confirmed before triage completed, so its case is open or opening.</param>
public sealed record LearnEmployeeFacts(Guid ReportId, bool ReportConfirmed, EmploymentType? EmploymentType,
    PositionLevel? PositionLevel, string? TraceId);

/// <summary>
/// Fills the case's unknown employment type and position level. A report not confirmed yet has no case, and its
/// ReportConfirmed will carry the facts; a confirmed one whose case has not opened yet (the events crossed) waits for it.
/// </summary>
public sealed class LearnEmployeeFactsHandler(DisciplineDbContext db, TimeProvider time)
{
    public async Task HandleAsync(LearnEmployeeFacts command, CancellationToken cancellationToken)
    {
        // The report's own case, or the case it joined (a second report about an employee whose case was undecided).
        var @case = await db.Cases.Include(c => c.Timeline).SingleOrDefaultAsync(CaseStore.ForReport(command.ReportId), cancellationToken);
        if (@case is null)
        {
            if (command.ReportConfirmed)
                throw new ArrivedEarlyException($"Report {command.ReportId} is confirmed and its case has not opened yet.");
            return;
        }
        if (@case.LearnEmployeeFacts(command.EmploymentType, command.PositionLevel, time.GetUtcNow(), command.TraceId))
            await db.SaveChangesAsync(cancellationToken);
    }
}
