using Berau.Disiplin.Contracts.Events;
using Berau.Disiplin.Discipline.Calendar;
using Berau.Disiplin.Discipline.Letters;
using Berau.Disiplin.Discipline.Persistence;
using Berau.Disiplin.Discipline.Policies;
using Berau.Disiplin.Discipline.Policy;
using Berau.Disiplin.Hosting;
using Berau.Disiplin.Primitives;
using Berau.Disiplin.Hosting.Messaging;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PolicyEmploymentType = Berau.Disiplin.Discipline.Policy.EmploymentType;
using PolicyFact = Berau.Disiplin.Discipline.Policy.AggravatingFact;
using PolicyImpact = Berau.Disiplin.Discipline.Policy.Impact;
using PolicyLevel = Berau.Disiplin.Discipline.Policy.PositionLevel;

namespace Berau.Disiplin.Discipline.Cases;

/// <summary>
/// The steps of a case that touch more than the aggregate: the policy, the calendar, letter numbers and the events.
/// Consumers and the gRPC API both go through here, so a step behaves the same whoever starts it.
/// </summary>
public sealed class CaseWorkflow(
    DisciplineDbContext db,
    IEventOutbox outbox,
    PolicyStore policies,
    WorkingCalendar calendar,
    LetterNumbers letters,
    IOptions<DisciplineOptions> options,
    TimeProvider time)
{
    /// <summary>Opens the case of a confirmed report, proposes a sanction, and issues a warning when configured.</summary>
    public async Task<Case?> OpenAsync(ReportConfirmed report, string? traceId, CancellationToken cancellationToken)
    {
        if (await db.Cases.AnyAsync(c => c.ReportId == report.ReportId, cancellationToken)) return null;

        var now = time.GetUtcNow();
        var facts = new CaseFacts(report.Category, report.IncidentAt, report.AggravatingFacts, report.Impact,
            report.EmploymentType, report.PositionLevel, report.FrontLine, report.AbsenceDaysThisYear, report.ConsecutiveAbsenceDays);
        var @case = Case.Open(Ids.New(time), report.ReportId, report.SubjectNip, report.SubjectName, report.UnitCode, facts,
            report.VerifiedBy, report.BapNumber, now, traceId);
        var policy = (await policies.BookAsync(cancellationToken)).InForceOn(WorkingCalendar.Today(time));
        var decision = policy.Evaluate(await OffenceFactsAsync(@case, cancellationToken));
        @case.Propose(decision, now, traceId);
        db.Cases.Add(@case);
        outbox.Add(new CaseOpened
        {
            EventId = Ids.New(time), OccurredAt = now, CaseId = @case.Id, ReportId = @case.ReportId, SubjectNip = @case.SubjectNip,
            Category = @case.Category,
        });

        // The atasan langsung must impose what lies within his authority (PP 94/2021): a ringan outcome is issued at
        // once in the name of the verifying supervisor, unless Berau chooses to have every sanction decided by hand.
        if (options.Value.AutoIssueWarnings && decision.Sanction is { Level: SanctionLevel.Ringan }
                                           && !decision.NeedsOfficialDecision)
        {
            @case.AwaitWarning(report.VerifiedBy);
            await TryIssuePendingWarningAsync(@case, policy, traceId, cancellationToken);
        }

        if (@case.CloseWithoutSanction(now, traceId))
            outbox.Add(new CaseClosed
            {
                EventId = Ids.New(time), OccurredAt = now, CaseId = @case.Id, ReportId = @case.ReportId,
                SubjectNip = @case.SubjectNip, Outcome = @case.Outcome,
            });

        if (decision.Transfer.Recommended && options.Value.AutoTransferUnitCode is { Length: > 0 } unit)
            RequestTransfer(@case, new TransferRequest(unit, options.Value.AutoTransferPosition,
                $"AUTO/{@case.Id.ToString()[..8]}", WorkingCalendar.Today(time),
                decision.Transfer.Reason ?? "Recommended by the sanction policy", "policy"), traceId);
        return @case;
    }

    /// <summary>
    /// Issues the warning a case is waiting for. Its deadlines come from Personnel's calendar: while Personnel does not
    /// answer, the case stays open with the warning pending (and says so on its timeline), and
    /// <see cref="PendingWarnings"/> issues it once Personnel is back. The confirmation is never held up or lost.
    /// </summary>
    public async Task<bool> TryIssuePendingWarningAsync(Case @case, SanctionPolicy policy, string? traceId,
        CancellationToken cancellationToken)
    {
        if (@case.PendingWarningBy is not { } verifier || @case.ProposedCode is not { } code) return false;
        try
        {
            await IssueAsync(@case, policy, policy.SanctionType(code), verifier, null, @case.RuleId, @case.Explanation ?? "",
                traceId, cancellationToken);
            return true;
        }
        catch (Grpc.Core.RpcException ex) when (ex.StatusCode is Grpc.Core.StatusCode.Unavailable
                                                    or Grpc.Core.StatusCode.DeadlineExceeded or Grpc.Core.StatusCode.Internal
                                                    or Grpc.Core.StatusCode.Unknown or Grpc.Core.StatusCode.ResourceExhausted)
        {
            @case.DeferWarning($"Personnel did not answer ({ex.StatusCode}); the warning is issued when it does.",
                time.GetUtcNow(), traceId);
            return false;
        }
    }

    /// <summary>The facts the policy reads, with the employee's earlier sanctions for the same kind of offence.</summary>
    public async Task<OffenceFacts> OffenceFactsAsync(Case @case, CancellationToken cancellationToken)
    {
        var priors = await db.Cases.AsNoTracking()
            .Where(c => c.SubjectNip == @case.SubjectNip && c.Category == @case.Category && c.Id != @case.Id
                        && c.SanctionCode != null && c.SanctionStatus != SanctionStatus.Annulled)
            .OrderBy(c => c.DecidedAt)
            .Select(c => new { c.SanctionCode, c.DecidedAt })
            .ToListAsync(cancellationToken);
        return new OffenceFacts
        {
            Category = OffenceFacts.ParseCategory(@case.Category),
            // Personnel did not say (triage pending at confirmation): the PNS rules, the common case, apply.
            EmploymentType = Enum.TryParse<PolicyEmploymentType>(@case.EmploymentType, true, out var type) ? type : PolicyEmploymentType.Pns,
            OffenceDate = WorkingCalendar.LocalDate(@case.IncidentAt),
            Aggravating = @case.AggravatingFacts.Select(f => Enum.Parse<PolicyFact>(f)).ToList(),
            FrontLineUnit = @case.FrontLine,
            Impact = @case.Impact switch
            {
                "Institution" => PolicyImpact.Instansi,
                "State" => PolicyImpact.Negara,
                _ => PolicyImpact.UnitKerja,
            },
            AbsenceDaysInYear = @case.AbsenceDaysThisYear,
            ConsecutiveAbsenceDays = @case.ConsecutiveAbsenceDays,
            PriorSanctionsOfSameKind = priors
                .Select(p => new PriorSanction(p.SanctionCode!, WorkingCalendar.LocalDate(p.DecidedAt!.Value))).ToList(),
        };
    }

    /// <summary>Issues a sanction with its letter number and deadlines, and announces it.</summary>
    public async Task IssueAsync(Case @case, SanctionPolicy policy, SanctionType sanction, string decidedBy, string? decidedByLevel,
        string? ruleId, string explanation, string? traceId, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var today = WorkingCalendar.Today(time);
        var settings = policy.Settings;
        // Counted from the decision day, taking it as the day of delivery; the letter must reach the employee by the
        // delivery deadline.
        var deadlines = await Task.WhenAll(
            calendar.AddAsync(today, settings.DeliveryDeadline, @case.UnitCode, cancellationToken),
            calendar.AddAsync(today, settings.EffectiveOnDayAfterReceipt, @case.UnitCode, cancellationToken),
            calendar.AddAsync(today, settings.ObjectionWindow, @case.UnitCode, cancellationToken));
        var (delivery, effective, objectionUntil) = (deadlines[0], deadlines[1], deadlines[2]);
        var letter = await letters.NextAsync(today.Year, sanction.Code, @case.UnitCode, cancellationToken);
        @case.IssueSanction(new SanctionDecision(sanction.Code, sanction.Name, sanction.Level, letter, decidedBy, now,
            delivery, effective, objectionUntil, ruleId, explanation), traceId);
        @case.DecidedByLevel = decidedByLevel;
        if (sanction.Level == SanctionLevel.Ringan)
            outbox.Add(new WarningIssued
            {
                EventId = Ids.New(time), OccurredAt = now, CaseId = @case.Id, ReportId = @case.ReportId,
                SubjectNip = @case.SubjectNip, SanctionCode = sanction.Code, Sanction = sanction.Name, LetterNumber = letter,
                IssuedBy = decidedBy, EffectiveDate = effective, DeliveryDeadline = delivery, ObjectionDeadline = objectionUntil,
                PolicyVersion = policy.VersionId, RuleId = ruleId, Explanation = explanation,
            });
        else
            outbox.Add(new SanctionImposed
            {
                EventId = Ids.New(time), OccurredAt = now, CaseId = @case.Id, ReportId = @case.ReportId,
                SubjectNip = @case.SubjectNip, SanctionCode = sanction.Code, Sanction = sanction.Name,
                Level = sanction.Level.ToString(), DecisionNumber = letter, DecidedBy = decidedBy, EffectiveDate = effective,
                DeliveryDeadline = delivery, ObjectionDeadline = objectionUntil, PolicyVersion = policy.VersionId,
                RuleId = ruleId, Explanation = explanation,
            });
    }

    public void RequestTransfer(Case @case, TransferRequest request, string? traceId)
    {
        var now = time.GetUtcNow();
        @case.RequestTransfer(request, now, traceId);
        outbox.Add(new TransferRequested
        {
            EventId = Ids.New(time), OccurredAt = now, CaseId = @case.Id, ReportId = @case.ReportId, SubjectNip = @case.SubjectNip,
            ToUnitCode = request.ToUnitCode, ToPosition = request.ToPosition, DecreeNumber = request.DecreeNumber,
            EffectiveDate = request.EffectiveDate, Reason = request.Reason,
        });
    }

    public void CloseIfDone(Case @case, string? traceId)
    {
        var now = time.GetUtcNow();
        if (@case.TryClose(now, traceId))
            outbox.Add(new CaseClosed
            {
                EventId = Ids.New(time), OccurredAt = now, CaseId = @case.Id, ReportId = @case.ReportId,
                SubjectNip = @case.SubjectNip, Outcome = @case.Outcome,
            });
    }

    /// <summary>
    /// Refuses an official who may not impose this level on the case's employee (PP 94/2021, the authority matrix of
    /// the case's policy version). When Personnel did not know the employee's position level, only the Bupati, who as
    /// PPK may sanction everyone in the regency, is entitled.
    /// </summary>
    public static void EnsureEntitled(SanctionPolicy policy, PolicyLevel official, Case @case, SanctionLevel level)
    {
        if (ParseLevel(@case.PositionLevel) is { } subject)
            policy.Authority.EnsureCanImpose(official, subject, level);
        else if (official != PolicyLevel.Bupati)
            throw new NotEntitledException(
                $"The position level of {@case.SubjectNip} is not known, so only the Bupati may decide; register it in Personnel.");
    }

    /// <summary>"Pelaksana", "PELAKSANA", "JptPratama", "JPT_PRATAMA" → the authority matrix's level.</summary>
    public static PolicyLevel? ParseLevel(string? value) =>
        Enum.TryParse<PolicyLevel>(value?.Replace("_", ""), ignoreCase: true, out var level) ? level : null;
}
