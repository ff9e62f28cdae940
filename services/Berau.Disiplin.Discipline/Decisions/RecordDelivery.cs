using System.Diagnostics;
using Berau.Disiplin.Discipline.Cases;
using Berau.Disiplin.Discipline.Policy;
using Berau.Disiplin.Primitives;
using Proto = Berau.Disiplin.Contracts.Discipline.V1;

namespace Berau.Disiplin.Discipline.Decisions;

/// <summary>
/// How the decision letter reached the employee: received in person on a day, or sent to his address on a day because
/// he did not come to collect it.
/// </summary>
public sealed record RecordDelivery(Guid CaseId, DeliveryMethod Method, DateOnly On, string RecordedBy)
{
    public static RecordDelivery From(Proto.RecordDeliveryRequest request, Caller caller)
    {
        var v = new Validator();
        var id = v.RequiredUuid("case_id", request.CaseId);
        DateOnly on = default;
        switch (request.Method)
        {
            case Proto.DeliveryMethod.InPerson:
                on = v.RequiredDate("received_on", request.ReceivedOn);
                v.Check(request.SentOn.Trim().Length == 0, "sent_on", "must be empty when the letter was received in person");
                break;
            case Proto.DeliveryMethod.Sent:
                on = v.RequiredDate("sent_on", request.SentOn);
                v.Check(request.ReceivedOn.Trim().Length == 0, "received_on", "must be empty when the letter was sent");
                break;
            default:
                v.Add("method", "must be IN_PERSON or SENT");
                break;
        }
        v.ThrowIfInvalid();
        return new RecordDelivery(id, request.Method == Proto.DeliveryMethod.InPerson ? DeliveryMethod.InPerson : DeliveryMethod.Sent,
            on, caller.Actor);
    }
}

/// <summary>
/// The effective date (day 15 from receipt) and the objection deadline are counted from the day of delivery on the case's
/// policy settings and the unit's calendar. A letter that was sent counts from the day it was sent: when the employee
/// actually received it is not known.
/// </summary>
public sealed class RecordDeliveryHandler(CaseStore cases, PolicyStore policies, SanctionDeadlines deadlines, Persistence.DisciplineDbContext db,
    TimeProvider time)
{
    public async Task<Case> HandleAsync(RecordDelivery command, CancellationToken cancellationToken)
    {
        var @case = await cases.GetAsync(command.CaseId, cancellationToken);
        var sanction = @case.EnsureMayRecordDelivery();
        var policy = (await policies.BookAsync(cancellationToken)).Get(@case.PolicyVersion);
        var settings = policy.Settings;
        var dates = await deadlines.FromAsync(Wita.LocalDate(sanction.DecidedAt), command.On, settings, @case.UnitCode, cancellationToken);
        @case.RecordDelivery(command.Method, command.On, dates, command.RecordedBy, Wita.Today(time), time.GetUtcNow(),
            Activity.Current?.TraceId.ToString());
        // The durable clocks, in the same transaction as the delivery: in force on its day, served after its months.
        var months = policy.SanctionType(sanction.Code).DurationMonths;
        db.CaseClocks.Add(new CaseClock
        {
            Id = Ids.New(time.GetUtcNow()), CaseId = @case.Id, Kind = ClockKind.InForce, DueOn = dates.EffectiveDate, DurationMonths = months,
        });
        if (months is > 0)
            db.CaseClocks.Add(new CaseClock
            {
                Id = Ids.New(time.GetUtcNow()), CaseId = @case.Id, Kind = ClockKind.Served,
                DueOn = dates.EffectiveDate.AddMonths(months.Value), DurationMonths = months,
            });
        await cases.SaveAsync(@case, cancellationToken);
        return @case;
    }
}
