using System.Diagnostics;
using Berau.Disiplin.Contracts.Events;
using Berau.Disiplin.Discipline.Persistence;
using Berau.Disiplin.Hosting;
using Berau.Disiplin.Hosting.Messaging;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace Berau.Disiplin.Discipline.Cases;

/// <summary>A confirmed report opens a case, once per report, and announces it with <see cref="CaseOpened"/>.</summary>
public sealed class ReportConfirmedConsumer(DisciplineDbContext db, IEventOutbox outbox, TimeProvider time)
    : IConsumer<ReportConfirmed>
{
    public async Task Consume(ConsumeContext<ReportConfirmed> context)
    {
        var message = context.Message;
        // The inbox stops redeliveries of this message; this stops a second ReportConfirmed for the same report.
        if (await db.Cases.AnyAsync(c => c.ReportId == message.ReportId, context.CancellationToken)) return;

        var now = time.GetUtcNow();
        var @case = Case.Open(Ids.New(time), message.ReportId, message.SubjectNip, message.Category, now,
            Activity.Current?.TraceId.ToString());
        db.Cases.Add(@case);
        outbox.Add(new CaseOpened(Ids.New(time), now, @case.Id, @case.ReportId, @case.SubjectNip, @case.Category));
        await db.SaveChangesAsync(context.CancellationToken);
    }
}
