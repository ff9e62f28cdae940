using System.Text.RegularExpressions;
using Berau.Disiplin.Contracts.Events;
using Berau.Disiplin.Contracts.Reporting.V1;
using Berau.Disiplin.Hosting;
using Berau.Disiplin.Hosting.Auth;
using Berau.Disiplin.Primitives;
using Berau.Disiplin.Reporting.Reporters;
using Berau.Disiplin.Reporting.Reports;
using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using DomainReport = Berau.Disiplin.Reporting.Reports.Report;
using DomainCategory = Berau.Disiplin.Reporting.Reports.ReportCategory;
using DomainStatus = Berau.Disiplin.Reporting.Reports.ReportStatus;
using ProtoReport = Berau.Disiplin.Contracts.Reporting.V1.Report;
using ProtoStatus = Berau.Disiplin.Contracts.Reporting.V1.ReportStatus;

namespace Berau.Disiplin.Reporting;

public sealed partial class ReportingGrpcService
{
    private static readonly DateTimeOffset EarliestIncident = new(2010, 1, 1, 0, 0, 0, TimeSpan.Zero);

    [Authorize(Roles = Roles.Reporter)]
    public override async Task<SubmitReportResponse> SubmitReport(SubmitReportRequest request, ServerCallContext context)
    {
        var ct = context.CancellationToken;
        var now = time.GetUtcNow();
        var (newReport, reporter) = Validate(request, now);

        var report = DomainReport.Submit(Ids.New(time), TrackingCodes.New(), newReport,
            reporter is null ? null : protector.Protect(reporter), now);

        // Triage before the transaction: Personnel's answers (or its silence) are facts of the submission.
        report.RecordTriage(await triage.TriageAsync(report, ct), now);
        if (report.TriageOutcome != Reports.TriageOutcome.Pending
            && await triage.VerificationDueAsync(report, ct) is { } verifyBy)
            report.SetVerificationDue(verifyBy);

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        if (await duplicates.FindOriginalAsync(report, ct) is { } original)
            report.LinkAsDuplicateOf(original, now);
        db.Reports.Add(report);
        outbox.Add(new ReportSubmitted(Ids.New(time), now, report.Id, report.SubjectNip ?? "", report.Category.ToString(),
            report.IncidentAt, report.TriageOutcome.ToString(), report.DuplicateOf));
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);

        return new SubmitReportResponse
        {
            ReportId = report.Id.ToString(),
            TrackingCode = report.TrackingCode,
            Status = (ProtoStatus)report.Status,
            Triage = ReportMapping.ToMessage(report),
            DuplicateOf = report.DuplicateOf?.ToString() ?? "",
        };
    }

    [Authorize(Roles = $"{Roles.Reporter},{Roles.Verifier},{Roles.Auditor}")]
    public override async Task<ReportStatusView> GetReportStatus(GetReportStatusRequest request, ServerCallContext context)
    {
        var code = TrackingCodes.Normalise(request.TrackingCode);
        var v = new Validator();
        v.Required("tracking_code", code).MaxLength("tracking_code", code, 20);
        v.ThrowIfInvalid();
        var ct = context.CancellationToken;
        var report = await db.Reports.AsNoTracking()
                         .Where(r => r.TrackingCode == code)
                         .Select(r => new { r.Status, r.DuplicateOf, r.SubmittedAt, r.UpdatedAt })
                         .SingleOrDefaultAsync(ct)
                     ?? throw new NotFoundException("Tracking code", code);
        var (status, updatedAt) = (report.Status, report.UpdatedAt);
        if (report.DuplicateOf is { } originalId)
        {
            // A duplicate follows the report it was linked to.
            var original = await db.Reports.AsNoTracking().Where(r => r.Id == originalId)
                .Select(r => new { r.Status, r.UpdatedAt }).SingleAsync(ct);
            (status, updatedAt) = (original.Status, original.UpdatedAt > updatedAt ? original.UpdatedAt : updatedAt);
        }
        return new ReportStatusView
        {
            TrackingCode = code,
            Status = (ProtoStatus)status,
            SubmittedAt = Google.Protobuf.WellKnownTypes.Timestamp.FromDateTimeOffset(report.SubmittedAt),
            UpdatedAt = Google.Protobuf.WellKnownTypes.Timestamp.FromDateTimeOffset(updatedAt),
        };
    }

    [Authorize(Roles = $"{Roles.Verifier},{Roles.Auditor}")]
    public override async Task<ProtoReport> GetReport(GetReportRequest request, ServerCallContext context)
    {
        var v = new Validator();
        var id = v.Uuid("report_id", request.ReportId);
        v.ThrowIfInvalid();
        var report = await db.Reports.AsNoTracking().Include(r => r.Evidence)
                         .SingleOrDefaultAsync(r => r.Id == id, context.CancellationToken)
                     ?? throw new NotFoundException("Report", request.ReportId);
        return ReportMapping.ToMessage(report, ReportMapping.Today(time), ReporterFor(report, context));
    }

    [Authorize(Roles = $"{Roles.Verifier},{Roles.Auditor}")]
    public override async Task<ListReportsResponse> ListReports(ListReportsRequest request, ServerCallContext context)
    {
        var v = new Validator();
        var pageSize = PageToken.PageSize(v, request.PageSize, max: 200);
        v.Check(request.Status == ProtoStatus.Unspecified || Enum.IsDefined(request.Status), "status", "is not a report status");
        v.Check(request.Category == Contracts.Reporting.V1.ReportCategory.Unspecified || Enum.IsDefined(request.Category),
            "category", "is not a report category");
        if (request.SubmittedFrom is not null && request.SubmittedTo is not null)
            v.Check(request.SubmittedFrom.ToDateTimeOffset() <= request.SubmittedTo.ToDateTimeOffset(),
                "submitted_to", "must not be before submitted_from");
        var filter = PageToken.Filter("reports", request.Status.ToString(), request.UnitCode, request.Category.ToString(),
            request.SubmittedFrom?.ToString(), request.SubmittedTo?.ToString(), request.OverdueOnly.ToString());
        var after = PageToken.DecodeTimeAndId(v, request.PageToken, filter);
        v.ThrowIfInvalid();

        var today = ReportMapping.Today(time);
        IQueryable<DomainReport> query = db.Reports.AsNoTracking().Include(r => r.Evidence);
        if (request.Status != ProtoStatus.Unspecified)
        {
            var status = (DomainStatus)request.Status;
            query = query.Where(r => r.Status == status);
        }
        if (request.UnitCode is { Length: > 0 } unit)
        {
            var unitCode = unit.Trim().ToUpperInvariant();
            query = query.Where(r => r.SubjectUnitCode == unitCode);
        }
        if (request.Category != Contracts.Reporting.V1.ReportCategory.Unspecified)
        {
            var category = (DomainCategory)request.Category;
            query = query.Where(r => r.Category == category);
        }
        if (request.SubmittedFrom is { } from)
        {
            var f = from.ToDateTimeOffset();
            query = query.Where(r => r.SubmittedAt >= f);
        }
        if (request.SubmittedTo is { } to)
        {
            var t = to.ToDateTimeOffset();
            query = query.Where(r => r.SubmittedAt <= t);
        }
        if (request.OverdueOnly)
            query = query.Where(r => (r.Status == DomainStatus.Submitted || r.Status == DomainStatus.UnderVerification)
                                     && r.VerificationDue != null && r.VerificationDue < today);
        if (after is { } cursor)
            query = query.Where(r => r.SubmittedAt < cursor.At || (r.SubmittedAt == cursor.At && r.Id.CompareTo(cursor.Id) < 0));

        var page = await query.OrderByDescending(r => r.SubmittedAt).ThenByDescending(r => r.Id)
            .Take(pageSize + 1).ToListAsync(context.CancellationToken);
        var response = new ListReportsResponse();
        response.Reports.AddRange(page.Take(pageSize).Select(r => ReportMapping.ToMessage(r, today, ReporterFor(r, context))));
        if (page.Count > pageSize)
        {
            var last = page[pageSize - 1];
            response.NextPageToken = PageToken.EncodeTimeAndId(filter, last.SubmittedAt, last.Id);
        }
        return response;
    }

    /// <summary>The reporter's identity, for verifiers only.</summary>
    private ReporterIdentity? ReporterFor(DomainReport report, ServerCallContext context) =>
        report.ReporterIdentity is { } sealedIdentity && context.GetHttpContext().User.IsInRole(Roles.Verifier)
            ? protector.Unprotect(sealedIdentity)
            : null;

    private (NewReport Report, ReporterIdentity? Reporter) Validate(SubmitReportRequest request, DateTimeOffset now)
    {
        var limits = options.Value;
        var v = new Validator();

        var nip = request.Subject?.Nip.Trim() ?? "";
        var name = request.Subject?.Name.Trim() ?? "";
        var unitCode = request.Subject?.UnitCode.Trim().ToUpperInvariant() ?? "";
        if (request.Subject is null) v.Add("subject", "is required");
        else if (nip.Length > 0)
            v.Check(nip.Length <= DomainReport.MaxNipLength && IdentifierPattern().IsMatch(nip),
                "subject.nip", "must be an 18-digit NIP or a registry number (letters, digits, dashes)");
        else
        {
            v.Check(name.Length > 0, "subject.name", "is required when subject.nip is not given")
                .MaxLength("subject.name", name, DomainReport.MaxNameLength);
            v.Check(unitCode.Length > 0, "subject.unit_code", "is required when subject.nip is not given")
                .MaxLength("subject.unit_code", unitCode, 50);
        }

        var categoryKnown = request.Category != Contracts.Reporting.V1.ReportCategory.Unspecified && Enum.IsDefined(request.Category);
        v.Check(categoryKnown, "category", "must be one of the report categories");

        if (request.OccurredAt is null) v.Add("occurred_at", "is required");
        else
        {
            var at = request.OccurredAt.ToDateTimeOffset();
            v.Check(at <= now.AddMinutes(5), "occurred_at", "must not be in the future");
            v.Check(at >= EarliestIncident, "occurred_at", "must not be before 2010");
        }
        v.Check(request.OccurredAtUtcOffsetMinutes is >= -720 and <= 840, "occurred_at_utc_offset_minutes",
            "must be between -720 and 840");
        v.MaxLength("location", request.Location, 500);

        var social = request.SocialMedia;
        var platform = social?.Platform.Trim().ToLowerInvariant() ?? "";
        var account = social?.Account.Trim() ?? "";
        if (request.Category == Contracts.Reporting.V1.ReportCategory.PersonalSocialMedia)
        {
            v.Check(platform.Length > 0, "social_media.platform", "is required for a social-media report");
            v.Check(account.Length > 0, "social_media.account", "is required for a social-media report");
        }
        v.MaxLength("social_media.platform", platform, 30).MaxLength("social_media.account", account, 300);
        var links = social?.Links.Select(l => l.Trim()).ToList() ?? [];
        v.Check(links.Count <= 20, "social_media.links", "must hold at most 20 links");
        for (var i = 0; i < links.Count; i++)
            v.Check(IsHttpUrl(links[i]), $"social_media.links[{i}]", "must be an http or https URL");

        var evidence = new List<EvidenceItem>();
        v.Check(request.Evidence.Count <= 20, "evidence", "must hold at most 20 items");
        var attachmentsTotal = 0;
        for (var i = 0; i < request.Evidence.Count; i++)
        {
            var e = request.Evidence[i];
            var field = $"evidence[{i}]";
            switch (e.KindCase)
            {
                case Evidence.KindOneofCase.Link:
                    v.Check(IsHttpUrl(e.Link.Trim()), $"{field}.link", "must be an http or https URL");
                    evidence.Add(new EvidenceItem { Kind = EvidenceKind.Link, Value = e.Link.Trim() });
                    break;
                case Evidence.KindOneofCase.Sha256:
                    v.Check(Sha256Pattern().IsMatch(e.Sha256.Trim()), $"{field}.sha256", "must be 64 hexadecimal characters");
                    evidence.Add(new EvidenceItem { Kind = EvidenceKind.Sha256, Value = e.Sha256.Trim().ToLowerInvariant() });
                    break;
                case Evidence.KindOneofCase.Attachment:
                    var file = e.Attachment;
                    v.Required($"{field}.attachment.file_name", file.FileName).MaxLength($"{field}.attachment.file_name", file.FileName, 255);
                    v.Check(file.Content.Length > 0, $"{field}.attachment.content", "is empty");
                    v.Check(file.Content.Length <= limits.MaxAttachmentBytes, $"{field}.attachment.content",
                        $"must be at most {limits.MaxAttachmentBytes} bytes");
                    attachmentsTotal += file.Content.Length;
                    evidence.Add(new EvidenceItem
                    {
                        Kind = EvidenceKind.Attachment, Value = file.FileName.Trim(), ContentType = file.ContentType.Trim(),
                        Content = file.Content.ToByteArray(), Size = file.Content.Length,
                    });
                    break;
                default:
                    v.Add(field, "must be a link, a sha256 or an attachment");
                    break;
            }
        }
        v.Check(attachmentsTotal <= limits.MaxAttachmentsTotalBytes, "evidence",
            $"attachments must total at most {limits.MaxAttachmentsTotalBytes} bytes");

        var description = request.Description.Trim();
        v.Required("description", description).MaxLength("description", description, DomainReport.MaxTextLength);

        ReporterIdentity? reporter = null;
        if (request.Reporter is null) v.Add("reporter", "is required: anonymous, or a name and a contact");
        else if (request.Reporter.Anonymous)
        {
            // Refuse rather than store what an anonymous reporter should not have sent.
            v.Check(request.Reporter.Name.Length == 0, "reporter.name", "must be empty for an anonymous reporter");
            v.Check(request.Reporter.Contact.Length == 0, "reporter.contact", "must be empty for an anonymous reporter");
        }
        else
        {
            var reporterName = request.Reporter.Name.Trim();
            var contact = request.Reporter.Contact.Trim();
            v.Required("reporter.name", reporterName).MaxLength("reporter.name", reporterName, 200);
            v.Required("reporter.contact", contact).MaxLength("reporter.contact", contact, 200);
            reporter = new ReporterIdentity(reporterName, contact);
        }
        v.ThrowIfInvalid();

        foreach (var item in evidence) item.Id = Ids.New(time);
        return (new NewReport(
            nip.Length > 0 ? nip : null,
            nip.Length > 0 ? null : name,
            nip.Length > 0 ? null : unitCode,
            (DomainCategory)request.Category,
            request.OccurredAt!.ToDateTimeOffset(),
            request.OccurredAtUtcOffsetMinutes,
            string.IsNullOrWhiteSpace(request.Location) ? null : request.Location.Trim(),
            platform.Length > 0 ? platform : null,
            account.Length > 0 ? account : null,
            links,
            evidence,
            description), reporter);
    }

    private static bool IsHttpUrl(string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);

    [GeneratedRegex("^[A-Za-z0-9-]+$")]
    private static partial Regex IdentifierPattern();

    [GeneratedRegex("^[0-9a-fA-F]{64}$")]
    private static partial Regex Sha256Pattern();
}
