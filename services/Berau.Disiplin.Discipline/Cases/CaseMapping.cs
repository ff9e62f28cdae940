using Berau.Disiplin.Discipline.Policy;
using Berau.Disiplin.Primitives;
using Google.Protobuf.WellKnownTypes;
using Proto = Berau.Disiplin.Contracts.Discipline.V1;

namespace Berau.Disiplin.Discipline.Cases;

/// <summary>A case as the API shows it.</summary>
internal static class CaseMapping
{
    public static Proto.Case ToMessage(Case c) => ToMessage(c, withTimeline: true);

    public static Proto.Case ToMessage(Case c, bool withTimeline)
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
                Ground = (Proto.TransferGround)(int)(c.Transfer.Ground ?? 0),
            },
            Hearing = ToMessage(c.Hearing),
        };
        message.JoinedReportIds.AddRange(c.JoinedReports.Select(r => r.ReportId.ToString()));
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
                DecidedByOfficial = sanction.DecidedByOfficial is { } by ? ToMessage(by) : null,
                BasisBapNumber = sanction.BasisBapNumber ?? "",
                DeliveryMethod = (Proto.DeliveryMethod)(int)(sanction.DeliveryMethod ?? 0),
                ReceivedOn = Date(sanction.ReceivedOn),
                DatesProvisional = sanction.DatesProvisional,
                DatesUnconfiguredYears = { sanction.DatesUnconfiguredYears ?? [] }, // null on sanctions decided before the Clocks migration
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

    public static Proto.Official ToMessage(Official official) => new()
    {
        Nip = official.Nip,
        Name = official.Name,
        Position = official.Position,
        PositionLevel = (Proto.OfficialLevel)(int)(official.Level ?? 0),
        UnitCode = official.UnitCode ?? "",
    };

    private static Proto.Hearing ToMessage(HearingState hearing)
    {
        var message = new Proto.Hearing
        {
            AtasanLangsung = hearing.AtasanLangsung is { } atasan ? ToMessage(atasan) : null,
            SummonsDue = Date(hearing.SummonsDue),
            SummonsOverdue = hearing.SummonsOverdue,
            DecidedOnEvidence = hearing.DecidedOnEvidence,
            ExpectedLevel = Level(hearing.ExpectedLevel),
            TeamRequired = hearing.TeamRequired,
            DecisionOfficial = hearing.DecisionOfficial is { } decider ? ToMessage(decider) : null,
        };
        message.Summonses.AddRange(hearing.Summonses.Select(s => new Proto.Summons
        {
            Number = s.Number,
            LetterNumber = s.LetterNumber,
            LetterDate = Wita.Iso(s.LetterDate),
            ExaminationAt = Timestamp.FromDateTimeOffset(s.ExaminationAt),
            Place = s.Place,
            Examiner = ToMessage(s.Examiner),
            Outcome = (Proto.SummonsOutcome)(int)s.Outcome,
            Note = s.Note ?? "",
        }));
        if (hearing.Examination is { } e)
        {
            message.Examination = new Proto.Examination
            {
                BapNumber = e.BapNumber,
                ExaminedAt = Timestamp.FromDateTimeOffset(e.ExaminedAt),
                Statement = e.Statement,
                SignedByEmployee = e.SignedByEmployee,
                RefusalNote = e.RefusalNote ?? "",
                CopyGiven = e.CopyGiven,
                Proven = e.Proven,
                Impact = (Proto.FindingImpact)(int)(e.Impact ?? 0),
                ImpactReasoning = e.ImpactReasoning ?? "",
                Findings = e.Findings ?? "",
            };
            message.Examination.Examiners.AddRange(e.Examiners.Select(ToMessage));
        }
        if (hearing.Team is { } team)
        {
            message.Team = new Proto.ExaminationTeam
            {
                DecreeNumber = team.DecreeNumber,
                FormedBy = ToMessage(team.FormedBy),
                FormedAt = Timestamp.FromDateTimeOffset(team.FormedAt),
            };
            message.Team.Members.AddRange(team.Members.Select(m => new Proto.TeamMember
            {
                Official = ToMessage(m.Official),
                Role = (Proto.TeamRole)(int)m.Role,
            }));
        }
        if (hearing.Suspension is { } suspension)
            message.Suspension = new Proto.Suspension
            {
                DecreeNumber = suspension.DecreeNumber,
                FromDate = Wita.Iso(suspension.FromDate),
                ActingOfficial = ToMessage(suspension.ActingOfficial),
                OrderedBy = ToMessage(suspension.OrderedBy),
            };
        return message;
    }

    private static Proto.SanctionLevel Level(SanctionLevel? level) => (Proto.SanctionLevel)(int)(level ?? 0);

    private static string Date(DateOnly? date) => date is { } d ? Wita.Iso(d) : "";
}
