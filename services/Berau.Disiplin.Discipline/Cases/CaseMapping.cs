using Berau.Disiplin.Discipline.Policy;
using Google.Protobuf.WellKnownTypes;
using Proto = Berau.Disiplin.Contracts.Discipline.V1;

namespace Berau.Disiplin.Discipline.Cases;

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
            Category = c.Category,
            Status = (Proto.CaseStatus)c.Status,
            OpenedAt = Timestamp.FromDateTimeOffset(c.OpenedAt),
            ClosedAt = c.ClosedAt is { } closed ? Timestamp.FromDateTimeOffset(closed) : null,
            TraceId = c.TraceId ?? "",
            PolicyVersion = c.PolicyVersion,
            Proposal = new Proto.Proposal
            {
                SanctionCode = c.ProposedCode ?? "",
                SanctionName = c.ProposedName ?? "",
                Level = Level(c.ProposedLevel),
                PolicyVersion = c.PolicyVersion,
                RuleId = c.RuleId ?? "",
                Article = c.Article ?? "",
                Explanation = c.Explanation ?? "",
                TransferRecommended = c.TransferRecommended,
                TransferReason = c.TransferRecommendationReason ?? "",
                RequiresOfficialDecision = c.RequiresOfficialDecision,
            },
            Transfer = new Proto.TransferOrder
            {
                Status = (Proto.TransferStatus)c.TransferStatus,
                ToUnitCode = c.TransferToUnitCode ?? "",
                ToPosition = c.TransferToPosition ?? "",
                DecreeNumber = c.TransferDecreeNumber ?? "",
                EffectiveDate = Date(c.TransferEffectiveDate),
                Reason = c.TransferReason ?? "",
                OrderedBy = c.TransferOrderedBy ?? "",
                RejectionReason = c.TransferRejectionReason ?? "",
            },
        };
        if (c.SanctionCode is not null)
            message.Sanction = new Proto.Sanction
            {
                SanctionCode = c.SanctionCode,
                SanctionName = c.SanctionName ?? "",
                Level = Level(c.SanctionLevel),
                Status = (Proto.SanctionStatus)(c.SanctionStatus ?? 0),
                LetterNumber = c.LetterNumber ?? "",
                DecidedBy = c.DecidedBy ?? "",
                DecidedAt = c.DecidedAt is { } at ? Timestamp.FromDateTimeOffset(at) : null,
                DeliveryDeadline = Date(c.DeliveryDeadline),
                EffectiveDate = Date(c.EffectiveDate),
                ObjectionDeadline = Date(c.ObjectionDeadline),
                RuleId = c.SanctionRuleId ?? "",
                Explanation = c.SanctionExplanation ?? "",
            };
        if (c.ObjectionId is { } objectionId)
            message.Objection = new Proto.Objection
            {
                ObjectionId = objectionId.ToString(),
                Reason = c.ObjectionReason ?? "",
                FiledAt = c.ObjectionFiledAt is { } filed ? Timestamp.FromDateTimeOffset(filed) : null,
                Outcome = (Proto.ObjectionOutcome)(c.ObjectionOutcome ?? 0),
                DecisionReason = c.ObjectionDecisionReason ?? "",
                DecidedBy = c.ObjectionDecidedBy ?? "",
                DecidedAt = c.ObjectionDecidedAt is { } decided ? Timestamp.FromDateTimeOffset(decided) : null,
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

    private static string Date(DateOnly? date) => date?.ToString("yyyy-MM-dd") ?? "";
}
