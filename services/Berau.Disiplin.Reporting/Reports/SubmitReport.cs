using System.Text.RegularExpressions;
using Berau.Disiplin.Primitives;
using Berau.Disiplin.Reporting.Duplicates;
using Berau.Disiplin.Reporting.Persistence;
using Berau.Disiplin.Reporting.Reporters;
using Berau.Disiplin.Reporting.Triage;
using Google.Protobuf.Collections;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Npgsql;
using Proto = Berau.Disiplin.Contracts.Reporting.V1;

namespace Berau.Disiplin.Reporting.Reports;

/// <summary>
/// A report of misconduct as a portal submits it (pengaduan), validated; no reporter when anonymous; with the caller's
/// request id when it sent one.
/// </summary>
public sealed record SubmitReport(NewReport Report, ReporterIdentity? Reporter, SubmitRequestKey? Key = null);

/// <summary>
/// Receives a report, triages it with Personnel, links it to an earlier report on the same incident if there is one,
/// and stores it with its <c>ReportSubmitted</c>. A request id the caller sent before, within the retention window,
/// answers with the report stored then and stores nothing: a portal may retry a submission whose answer it lost.
/// </summary>
public sealed class SubmitReportHandler(
    ReportingDbContext db,
    TimeProvider time,
    ReportTriage triage,
    DuplicateDetector duplicates,
    ReporterProtector protector,
    IOptions<ReportingOptions> options,
    TriageRetryWorker retries)
{
    public async Task<Report> HandleAsync(SubmitReport command, CancellationToken cancellationToken)
    {
        // PostgreSQL keeps microseconds: so the first answer says to the tick what a repeat of it reads back.
        var now = time.GetUtcNow();
        now = now.AddTicks(-(now.Ticks % TimeSpan.TicksPerMicrosecond));
        if (command.Key is { } key && await EarlierAsync(key, now, cancellationToken) is { } earlier) return earlier;

        var report = Report.Receive(Ids.New(time), TrackingCodes.New(), command.Report,
            command.Reporter is null ? null : protector.Protect(command.Reporter), now);

        // Triage before the transaction: Personnel's answers (or its silence) are facts of the submission.
        report.RecordTriage(await triage.TriageAsync(report, cancellationToken), now);
        // Personnel answers: reports that waited for it need not wait for the next interval.
        if (report.TriageOutcome != TriageOutcome.Pending) retries.PersonnelAnswered();
        if (report.TriageOutcome != TriageOutcome.Pending
            && await triage.VerificationDueAsync(report, cancellationToken) is { } verifyBy)
            report.SetVerificationDue(verifyBy);

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        report.Submit(duplicateOf: await duplicates.FindOriginalAsync(report, cancellationToken), now);
        db.Reports.Add(report);
        if (command.Key is { } requestKey)
        {
            // An id remembered past its retention (not yet cleaned up) is free again.
            await Expired(requestKey, now).ExecuteDeleteAsync(cancellationToken);
            db.SubmitRequests.Add(new SubmitRequest
            { Caller = requestKey.Caller, RequestId = requestKey.RequestId, ReportId = report.Id, ReceivedAt = now });
        }
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        catch (DbUpdateException ex) when (command.Key is { } raced && IsSameRequest(ex))
        {
            // The same request twice at once: the other call stored it first; answer with its report.
            await transaction.RollbackAsync(cancellationToken);
            db.ChangeTracker.Clear();
            return await EarlierAsync(raced, now, cancellationToken)
                   ?? throw new InvalidOperationException($"Request {raced.RequestId} was stored and then not found.", ex);
        }
        return report;
    }

    private async Task<Report?> EarlierAsync(SubmitRequestKey key, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var since = now - options.Value.SubmitRequestRetention;
        return await db.SubmitRequests.AsNoTracking()
            .Where(r => r.Caller == key.Caller && r.RequestId == key.RequestId && r.ReceivedAt > since)
            .Join(db.Reports.AsNoTracking(), r => r.ReportId, report => report.Id, (_, report) => report)
            .SingleOrDefaultAsync(cancellationToken);
    }

    private IQueryable<SubmitRequest> Expired(SubmitRequestKey key, DateTimeOffset now)
    {
        var since = now - options.Value.SubmitRequestRetention;
        return db.SubmitRequests.Where(r => r.Caller == key.Caller && r.RequestId == key.RequestId && r.ReceivedAt <= since);
    }

    private static bool IsSameRequest(DbUpdateException ex) =>
        ex.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation, ConstraintName: "pk_submit_requests" };
}

/// <summary>SubmitReport's request → command (every field violation at once), and the stored report → response.</summary>
public static partial class SubmitReportMapping
{
    private static readonly DateTimeOffset EarliestIncident = new(2010, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>What a reporter is told: the receipt says triage follows, whatever it found.</summary>
    public const string ReceiptExplanation =
        "Received. Triage and verification follow; quote the tracking code to follow the report's status.";

    /// <param name="report">The stored report.</param>
    /// <param name="callerIsVerifier">
    /// Only a verifier sees the triage and the earlier report it was linked to. A reporter gets the receipt: whether a
    /// NIP or name exists, the employee's unit, whether they were on duty and other reports' ids are facts about staff.
    /// </param>
    public static Proto.SubmitReportResponse ToResponse(Report report, bool callerIsVerifier) => callerIsVerifier
        ? new()
        {
            ReportId = report.Id.ToString(),
            TrackingCode = report.TrackingCode,
            Status = (Proto.ReportStatus)report.Status,
            Triage = ReportMapping.ToMessage(report),
            DuplicateOf = report.DuplicateOf?.ToString() ?? "",
        }
        : new()
        {
            ReportId = report.Id.ToString(),
            TrackingCode = report.TrackingCode,
            // A duplicate's status would tell that someone else reported the same incident.
            Status = Proto.ReportStatus.Submitted,
            Triage = new Proto.Triage { Outcome = Proto.TriageOutcome.Pending, Explanation = ReceiptExplanation },
        };

    /// <param name="now">To refuse an incident in the future.</param>
    /// <param name="limits">The attachment limits.</param>
    /// <param name="caller">Who submits, as their token names them: request ids are theirs.</param>
    public static SubmitReport ToCommand(Proto.SubmitReportRequest request, DateTimeOffset now, ReportingOptions limits, string caller)
    {
        var v = new Validator();
        var (nip, name, unitCode) = Subject(v, request.Subject);
        v.Check(request.Category != Proto.ReportCategory.Unspecified && Enum.IsDefined(request.Category),
            "category", "must be one of the report categories");
        var occurredAt = OccurredAt(v, request, now);
        v.MaxLength("location", request.Location, 500);
        var (platform, account, links) = SocialMedia(v, request);
        var evidence = Evidence(v, request.Evidence, limits);
        var description = request.Description.Trim();
        v.Required("description", description).MaxLength("description", description, Report.MaxTextLength);
        var reporter = Reporter(v, request.Reporter);
        var requestId = request.RequestId;
        v.Check(requestId.Length == 0 || RequestIdPattern().IsMatch(requestId), "request_id",
            $"must be 1 to {SubmitRequest.MaxRequestIdLength} printable ASCII characters without spaces");
        v.ThrowIfInvalid();

        return new SubmitReport(new NewReport(
            nip.Length > 0 ? nip : null,
            nip.Length > 0 ? null : name,
            nip.Length > 0 ? null : unitCode,
            (ReportCategory)request.Category,
            occurredAt,
            request.OccurredAtUtcOffsetMinutes,
            string.IsNullOrWhiteSpace(request.Location) ? null : request.Location.Trim(),
            platform.Length > 0 ? platform : null,
            account.Length > 0 ? account : null,
            links,
            evidence,
            description), reporter,
            requestId.Length > 0 ? new SubmitRequestKey(caller[..Math.Min(caller.Length, SubmitRequest.MaxCallerLength)], requestId) : null);
    }

    /// <summary>The subject by NIP, or else by name and unit for triage to look up.</summary>
    private static (string Nip, string Name, string UnitCode) Subject(Validator v, Proto.Subject? subject)
    {
        var nip = Identifiers.Normalise(subject?.Nip);
        var name = subject?.Name.Trim() ?? "";
        var unitCode = subject?.UnitCode.Trim().ToUpperInvariant() ?? "";
        if (subject is null) v.Add("subject", "is required");
        else if (nip.Length > 0)
            v.Check(nip.Length <= Report.MaxNipLength && IdentifierPattern().IsMatch(nip),
                "subject.nip", "must be an 18-digit NIP or a registry number (letters, digits, dashes)");
        else
        {
            v.Check(name.Length > 0, "subject.name", "is required when subject.nip is not given")
                .MaxLength("subject.name", name, Report.MaxNameLength);
            v.Check(unitCode.Length > 0, "subject.unit_code", "is required when subject.nip is not given")
                .MaxLength("subject.unit_code", unitCode, 50);
        }
        return (nip, name, unitCode);
    }

    private static DateTimeOffset OccurredAt(Validator v, Proto.SubmitReportRequest request, DateTimeOffset now)
    {
        var at = request.OccurredAt?.ToDateTimeOffset() ?? default;
        if (request.OccurredAt is null) v.Add("occurred_at", "is required");
        else
        {
            v.Check(at <= now.AddMinutes(5), "occurred_at", "must not be in the future");
            v.Check(at >= EarliestIncident, "occurred_at", "must not be before 2010");
        }
        v.Check(request.OccurredAtUtcOffsetMinutes is >= -720 and <= 840, "occurred_at_utc_offset_minutes",
            "must be between -720 and 840");
        return at;
    }

    private static (string Platform, string Account, List<string> Links) SocialMedia(Validator v, Proto.SubmitReportRequest request)
    {
        var social = request.SocialMedia;
        var platform = social?.Platform.Trim().ToLowerInvariant() ?? "";
        var account = social?.Account.Trim() ?? "";
        if (request.Category == Proto.ReportCategory.PersonalSocialMedia)
        {
            v.Check(platform.Length > 0, "social_media.platform", "is required for a social-media report");
            v.Check(account.Length > 0, "social_media.account", "is required for a social-media report");
        }
        v.MaxLength("social_media.platform", platform, 30).MaxLength("social_media.account", account, 300);
        var links = social?.Links.Select(l => l.Trim()).ToList() ?? [];
        v.Check(links.Count <= 20, "social_media.links", "must hold at most 20 links");
        for (var i = 0; i < links.Count; i++)
            v.Check(IsHttpUrl(links[i]), $"social_media.links[{i}]", "must be an http or https URL")
                .MaxLength($"social_media.links[{i}]", links[i], 2000);
        return (platform, account, links);
    }

    private static List<EvidenceItem> Evidence(Validator v, RepeatedField<Proto.Evidence> items, ReportingOptions limits)
    {
        var evidence = new List<EvidenceItem>();
        v.Check(items.Count <= 20, "evidence", "must hold at most 20 items");
        var attachmentsTotal = 0;
        for (var i = 0; i < items.Count; i++)
        {
            var e = items[i];
            var field = $"evidence[{i}]";
            switch (e.KindCase)
            {
                case Proto.Evidence.KindOneofCase.Link:
                    v.Check(IsHttpUrl(e.Link.Trim()), $"{field}.link", "must be an http or https URL")
                        .MaxLength($"{field}.link", e.Link.Trim(), 2000);
                    evidence.Add(new EvidenceItem { Kind = EvidenceKind.Link, Value = e.Link.Trim() });
                    break;
                case Proto.Evidence.KindOneofCase.Sha256:
                    v.Check(Sha256Pattern().IsMatch(e.Sha256.Trim()), $"{field}.sha256", "must be 64 hexadecimal characters");
                    evidence.Add(new EvidenceItem { Kind = EvidenceKind.Sha256, Value = e.Sha256.Trim().ToLowerInvariant() });
                    break;
                case Proto.Evidence.KindOneofCase.Attachment:
                    var file = e.Attachment;
                    v.Required($"{field}.attachment.file_name", file.FileName).MaxLength($"{field}.attachment.file_name", file.FileName, 255)
                        .MaxLength($"{field}.attachment.content_type", file.ContentType.Trim(), 100);
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
        return evidence;
    }

    private static ReporterIdentity? Reporter(Validator v, Proto.Reporter? reporter)
    {
        if (reporter is null)
        {
            v.Add("reporter", "is required: anonymous, or a name and a contact");
            return null;
        }
        if (reporter.Anonymous)
        {
            // Refuse rather than store what an anonymous reporter should not have sent.
            v.Check(reporter.Name.Length == 0, "reporter.name", "must be empty for an anonymous reporter");
            v.Check(reporter.Contact.Length == 0, "reporter.contact", "must be empty for an anonymous reporter");
            return null;
        }
        var name = reporter.Name.Trim();
        var contact = reporter.Contact.Trim();
        v.Required("reporter.name", name).MaxLength("reporter.name", name, 200);
        v.Required("reporter.contact", contact).MaxLength("reporter.contact", contact, 200);
        return new ReporterIdentity(name, contact);
    }

    private static bool IsHttpUrl(string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);

    [GeneratedRegex("^[A-Za-z0-9-]+$")]
    private static partial Regex IdentifierPattern();

    [GeneratedRegex("^[\\x21-\\x7E]{1,100}$")]
    private static partial Regex RequestIdPattern();

    [GeneratedRegex("^[0-9a-fA-F]{64}$")]
    private static partial Regex Sha256Pattern();
}
