using System.Diagnostics;
using Berau.Disiplin.Contracts.Events;
using MassTransit;

namespace Berau.Disiplin.Discipline.Cases;

/// <summary>A confirmed report opens a case, once per report, with the policy's proposal and, for a warning, the warning.</summary>
public sealed class ReportConfirmedConsumer(CaseWorkflow workflow) : IConsumer<ReportConfirmed>
{
    public Task Consume(ConsumeContext<ReportConfirmed> context) =>
        // The inbox stops redeliveries of this message; the workflow ignores a second ReportConfirmed for the same report.
        workflow.OpenAsync(context.Message, Activity.Current?.TraceId.ToString(), context.CancellationToken);
}
