using System.Diagnostics;
using Berau.Disiplin.Contracts.Events;
using Berau.Disiplin.Discipline.Policy;
using Berau.Disiplin.Primitives;
using MassTransit;

namespace Berau.Disiplin.Discipline.Cases;

/// <summary>
/// A confirmed report opens a case waiting for the hearing, once per report, with the policy's proposal; or joins the
/// employee's case still before its decision. Confirming never issues a sanction.
/// </summary>
public sealed class ReportConfirmedConsumer(OpenCaseHandler handler) : IConsumer<ReportConfirmed>
{
    // The inbox stops redeliveries of this message; the handler ignores a second ReportConfirmed for the same report.
    public Task Consume(ConsumeContext<ReportConfirmed> context) =>
        handler.HandleAsync(ToCommand(context.Message, Activity.Current?.TraceId.ToString()), context.CancellationToken);

    /// <summary>
    /// The one translation of Reporting's words into the policy's: the case keeps typed facts and never parses them
    /// again. A category or aggravating fact the policy does not know is refused (the message is retried, then parked
    /// in the error queue); an employment type or position level Personnel did not give is kept as unknown.
    /// </summary>
    public static OpenCase ToCommand(ReportConfirmed report, string? traceId)
    {
        var category = OffenceFacts.ParseCategory(report.Category);
        var facts = report.AggravatingFacts.Select(name => PolicyNames.AggravatingFact(name)
            ?? throw ValidationFailedException.For("aggravatingFacts", $"'{name}' is not an aggravating fact")).ToList();
        return new OpenCase(new ConfirmedReport(
            report.ReportId, Identifiers.Normalise(report.SubjectNip), report.SubjectName, report.UnitCode, category,
            new CaseFacts
            {
                IncidentAt = report.IncidentAt,
                AggravatingFacts = facts,
                Impact = ImpactOf(report.Impact),
                EmploymentType = PolicyNames.EmploymentType(report.EmploymentType),
                PositionLevel = PolicyNames.PositionLevel(report.PositionLevel),
                FrontLine = report.FrontLine,
                AbsenceDaysThisYear = report.AbsenceDaysThisYear,
                ConsecutiveAbsenceDays = report.ConsecutiveAbsenceDays,
            },
            report.VerifiedBy, report.BapNumber), traceId);
    }

    /// <summary>Reporting's Unit / Institution / State (unit kerja, instansi, negara); anything else counts as the unit.</summary>
    private static Impact ImpactOf(string impact) => impact switch
    {
        "Institution" => Impact.Instansi,
        "State" => Impact.Negara,
        _ => Impact.UnitKerja,
    };
}
