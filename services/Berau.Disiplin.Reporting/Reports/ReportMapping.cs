using Berau.Disiplin.Primitives;
using Google.Protobuf;
using Google.Protobuf.WellKnownTypes;
using Proto = Berau.Disiplin.Contracts.Reporting.V1;

namespace Berau.Disiplin.Reporting.Reports;

/// <summary>Domain report → API message. Proto enums share the domain's numbers.</summary>
internal static class ReportMapping
{
    public static Proto.Report ToMessage(ReportView view)
    {
        var (report, reporter, overdue) = view;
        var message = new Proto.Report
        {
            ReportId = report.Id.ToString(),
            TrackingCode = report.TrackingCode,
            Subject = new Proto.Subject
            {
                Nip = report.SubjectNip ?? "",
                Name = report.SubjectName ?? "",
                UnitCode = report.SubjectUnitCode ?? "",
            },
            Category = (Proto.ReportCategory)report.Category,
            OccurredAt = Timestamp.FromDateTimeOffset(report.IncidentAt),
            Location = report.Location ?? "",
            Description = report.Description,
            Status = (Proto.ReportStatus)report.Status,
            Triage = ToMessage(report),
            DuplicateOf = report.DuplicateOf?.ToString() ?? "",
            AssignedVerifier = report.AssignedVerifier ?? "",
            Findings = report.Findings ?? "",
            BapNumber = report.BapNumber ?? "",
            DismissalReason = report.DismissalReason ?? "",
            SubmittedAt = Timestamp.FromDateTimeOffset(report.SubmittedAt),
            DecidedAt = report.DecidedAt is { } decided ? Timestamp.FromDateTimeOffset(decided) : null,
            VerificationDue = report.VerificationDue is { } due ? Wita.Iso(due) : "",
            Overdue = overdue,
            Impact = (Proto.Impact)(report.Impact ?? 0),
        };
        message.AggravatingFacts.AddRange(report.AggravatingFacts.Select(f => (Proto.AggravatingFact)f));
        if (report.Platform is not null || report.Account is not null || report.Links.Count > 0)
        {
            message.SocialMedia = new Proto.SocialMedia { Platform = report.Platform ?? "", Account = report.Account ?? "" };
            message.SocialMedia.Links.AddRange(report.Links);
        }
        message.Evidence.AddRange(report.Evidence.Select(e => e.Kind switch
        {
            EvidenceKind.Link => new Proto.Evidence { Link = e.Value },
            EvidenceKind.Sha256 => new Proto.Evidence { Sha256 = e.Value },
            // Listed without content: the file itself stays in the service.
            _ => new Proto.Evidence { Attachment = new Proto.Attachment { FileName = e.Value, ContentType = e.ContentType ?? "", Content = ByteString.Empty } },
        }));
        // Verifiers see who reported; everyone else, and every anonymous report, shows no reporter at all.
        if (reporter is not null)
            message.Reporter = new Proto.Reporter { Anonymous = false, Name = reporter.Name, Contact = reporter.Contact };
        return message;
    }

    public static Proto.Triage ToMessage(Report report) => new()
    {
        Outcome = (Proto.TriageOutcome)report.TriageOutcome,
        Explanation = report.TriageExplanation ?? "",
        DutyStatus = report.DutyStatus ?? "",
        OfficialAccountUnit = report.OfficialAccountUnit ?? "",
        CompletedAt = report.TriageCompletedAt is { } at ? Timestamp.FromDateTimeOffset(at) : null,
    };
}
