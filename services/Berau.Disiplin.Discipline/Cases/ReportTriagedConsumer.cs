using System.Diagnostics;
using Berau.Disiplin.Contracts.Events;
using Berau.Disiplin.Discipline.Policy;
using MassTransit;

namespace Berau.Disiplin.Discipline.Cases;

/// <summary>Reporting's triage completed late: the case opened meanwhile learns the employee's type and level.</summary>
public sealed class ReportTriagedConsumer(LearnEmployeeFactsHandler handler) : IConsumer<ReportTriaged>
{
    public Task Consume(ConsumeContext<ReportTriaged> context) =>
        handler.HandleAsync(new LearnEmployeeFacts(context.Message.ReportId,
            context.Message.ReportStatus == "Confirmed",
            PolicyNames.EmploymentType(context.Message.EmploymentType),
            PolicyNames.PositionLevel(context.Message.PositionLevel),
            Activity.Current?.TraceId.ToString()), context.CancellationToken);
}
