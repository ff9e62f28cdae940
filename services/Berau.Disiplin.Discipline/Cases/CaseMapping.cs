using Berau.Disiplin.Discipline.Policy;
using Berau.Disiplin.Primitives;
using Google.Protobuf.WellKnownTypes;
using Proto = Berau.Disiplin.Contracts.Discipline.V1;

namespace Berau.Disiplin.Discipline.Cases;

/// <summary>A case as the API shows it.</summary>
internal static class CaseMapping
{
    public static Proto.Case ToMessage(Case c, bool withTimeline = true)
    {
        var message = new Proto.Case
        {
            CaseId = c.Id.ToString(),
            ReportId = c.ReportId.ToString(),
            SubjectNip = c.SubjectNip,
            SubjectName = c.SubjectName ?? "",
            UnitCode = c.UnitCode ?? "",
            Category = c.Category.ToString(),
            Status = (Proto.CaseStatus)c.Status,
            OpenedAt = Timestamp.FromDateTimeOffset(c.OpenedAt),
            ClosedAt = c.ClosedAt is { } closed ? Timestamp.FromDateTimeOffset(closed) : null,
            TraceId = c.TraceId ?? "",
            PolicyVersion = c.PolicyVersion,
            Proposal = new Proto.Proposal
            {
                SanctionCode = c.Proposal.Code ?? "",
                SanctionName = c.Proposal.Name ?? "",
                Level = Level(c.Proposal.Level),
                PolicyVersion = c.PolicyVersion,
                RuleId = c.Proposal.RuleId ?? "",
                Article = c.Proposal.Article ?? "",
                Explanation = c.Proposal.Explanation,
                TransferRecommended = c.Proposal.TransferRecommended,
                TransferReason = c.Proposal.TransferReason ?? "",
                RequiresOfficialDecision = c.Proposal.RequiresOfficialDecision,
            },
            Transfer = new Proto.TransferOrder
            {
                Status = (Proto.TransferStatus)c.Transfer.Status,
                ToUnitCode = c.Transfer.ToUnitCode ?? "",
                ToPosition = c.Transfer.ToPosition ?? "",
                DecreeNumber = c.Transfer.DecreeNumber ?? "",
                EffectiveDate = Date(c.Transfer.EffectiveDate),
                Reason = c.Transfer.Reason ?? "",
                OrderedBy = c.Transfer.OrderedBy ?? "",
                RejectionReason = c.Transfer.RejectionReason ?? "",
            },
        };
        if (c.Sanction is { } sanction)
            message.Sanction = new Proto.Sanction
            {
                SanctionCode = sanction.Code,
                SanctionName = sanction.Name,
                Level = Level(sanction.Level),
                Status = (Proto.SanctionStatus)sanction.Status,
                LetterNumber = sanction.LetterNumber,
                DecidedBy = sanction.DecidedBy,
                DecidedAt = Timestamp.FromDateTimeOffset(sanction.DecidedAt),
                DeliveryDeadline = Date(sanction.DeliveryDeadline),
                EffectiveDate = Date(sanction.EffectiveDate),
                ObjectionDeadline = Date(sanction.ObjectionDeadline),
                RuleId = sanction.RuleId ?? "",
                Explanation = sanction.Explanation,
            };
        if (c.Objection is { } objection)
            message.Objection = new Proto.Objection
            {
                ObjectionId = objection.Id.ToString(),
                Reason = objection.Reason,
                FiledAt = Timestamp.FromDateTimeOffset(objection.FiledAt),
                Outcome = (Proto.ObjectionOutcome)(objection.Outcome ?? 0),
                DecisionReason = objection.DecisionReason ?? "",
                DecidedBy = objection.DecidedBy ?? "",
                DecidedAt = objection.DecidedAt is { } decided ? Timestamp.FromDateTimeOffset(decided) : null,
            };
        if (withTimeline)
            message.Timeline.AddRange(c.Timeline.OrderBy(t => t.Sequence).Select(t => new Proto.TimelineEntry
            {
                At = Timestamp.FromDateTimeOffset(t.At),
                Actor = t.Actor,
                Action = t.Action,
                Detail = t.Detail,
                TraceId = t.TraceId ?? "",
            }));
        return message;
    }

    private static Proto.SanctionLevel Level(SanctionLevel? level) => (Proto.SanctionLevel)(int)(level ?? 0);

    private static string Date(DateOnly? date) => date is { } d ? Wita.Iso(d) : "";
}
