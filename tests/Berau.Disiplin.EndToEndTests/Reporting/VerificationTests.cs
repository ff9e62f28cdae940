using Berau.Disiplin.Contracts.Reporting.V1;
using Berau.Disiplin.Hosting.Auth;
using Berau.Disiplin.Reporting.Persistence;
using Berau.Disiplin.EndToEndTests.Foundation;
using Berau.Disiplin.EndToEndTests.Infrastructure;
using Google.Protobuf;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Berau.Disiplin.EndToEndTests.Reporting;

[Collection(SuiteCollection.Name)]
public sealed class VerificationTests(SuiteHost suite)
{
    private readonly PersonnelFixtures _personnel = new(suite);

    private async Task<(string Nip, SubmitReportResponse Report)> ALikelyViolationAsync()
    {
        var unit = await _personnel.UnitAsync();
        var clerk = await _personnel.EmployeeAsync(unit);
        var report = await suite.ReportingClient.SubmitReportAsync(
            ReportRequests.PersonalLive(clerk.Nip, TriageTests.TuesdayMorning), SuiteHost.As(Roles.Reporter));
        return (clerk.Nip, report);
    }

    [Fact]
    public async Task Second_report_of_the_same_incident_is_linked_to_the_first_and_still_gets_a_tracking_code()
    {
        var (nip, first) = await ALikelyViolationAsync();
        var second = await suite.ReportingClient.SubmitReportAsync(
            ReportRequests.PersonalLive(nip, TriageTests.TuesdayMorning.AddMinutes(20), "https://tiktok.com/@rina.live.berau"),
            SuiteHost.As(Roles.Reporter));

        var linked = await suite.AsVerifierSeesItAsync(second);
        Assert.Equal(ReportStatus.Duplicate, linked.Status);
        Assert.Equal(first.ReportId, linked.DuplicateOf);
        Assert.NotEqual(first.TrackingCode, second.TrackingCode);

        // The second reporter follows the first report's progress.
        await suite.ReportingClient.ConfirmReportAsync(ReportRequests.Confirmation(first.ReportId), SuiteHost.As(Roles.Verifier));
        var status = await suite.ReportingClient.GetReportStatusAsync(
            new GetReportStatusRequest { TrackingCode = second.TrackingCode.ToLowerInvariant() }, SuiteHost.As(Roles.Reporter));
        Assert.Equal(ReportStatus.Confirmed, status.Status);
        var duplicateMove = await Assert.ThrowsAsync<RpcException>(() => suite.ReportingClient.ConfirmReportAsync(
            ReportRequests.Confirmation(second.ReportId), SuiteHost.As(Roles.Verifier)).ResponseAsync);
        Assert.Equal(StatusCode.FailedPrecondition, duplicateMove.StatusCode);
    }

    [Fact]
    public async Task A_report_on_another_day_or_another_account_is_not_a_duplicate()
    {
        var (nip, _) = await ALikelyViolationAsync();
        var nextDay = await suite.ReportingClient.SubmitReportAsync(
            ReportRequests.PersonalLive(nip, TriageTests.TuesdayMorning.AddDays(1)), SuiteHost.As(Roles.Reporter));
        var otherAccount = await suite.ReportingClient.SubmitReportAsync(
            ReportRequests.PersonalLive(nip, TriageTests.TuesdayMorning.AddMinutes(5), "@akun.lain.rina"), SuiteHost.As(Roles.Reporter));

        Assert.Equal(ReportStatus.Submitted, (await suite.AsVerifierSeesItAsync(nextDay)).Status);
        Assert.Equal(ReportStatus.Submitted, (await suite.AsVerifierSeesItAsync(otherAccount)).Status);
    }

    [Fact]
    public async Task Two_verifiers_confirming_at_the_same_moment_give_one_confirmation()
    {
        var (_, submitted) = await ALikelyViolationAsync();

        var attempts = await Task.WhenAll(Enumerable.Range(0, 2).Select(i => Attempt(() => suite.ReportingClient.ConfirmReportAsync(
            ReportRequests.Confirmation(submitted.ReportId, $"BAP {i}"), SuiteHost.AsUser($"verifier-{i}", Roles.Verifier)).ResponseAsync)));

        Assert.Single(attempts, a => a is null);
        var refused = Assert.Single(attempts, a => a is not null)!;
        Assert.Equal(StatusCode.FailedPrecondition, refused.StatusCode);
        await using var scope = suite.Reporting.App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ReportingDbContext>();
        Assert.Equal(1, await db.OutboxMessages.ForReport("disiplin.reporting.report-confirmed.v1", submitted.ReportId).CountAsync());
    }

    private static async Task<RpcException?> Attempt(Func<Task> call)
    {
        try
        {
            await call();
            return null;
        }
        catch (RpcException ex)
        {
            return ex;
        }
    }

    [Fact]
    public async Task Illegal_moves_are_refused_with_the_current_state()
    {
        var (_, dismissed) = await ALikelyViolationAsync();
        await suite.ReportingClient.DismissReportAsync(
            new DismissReportRequest { ReportId = dismissed.ReportId, Reason = "Tidak terbukti" }, SuiteHost.As(Roles.Verifier));
        var confirmDismissed = await Assert.ThrowsAsync<RpcException>(() => suite.ReportingClient.ConfirmReportAsync(
            ReportRequests.Confirmation(dismissed.ReportId), SuiteHost.As(Roles.Verifier)).ResponseAsync);
        Assert.Equal(StatusCode.FailedPrecondition, confirmDismissed.StatusCode);
        Assert.Contains("dismissed", confirmDismissed.Status.Detail);

        var (_, confirmed) = await ALikelyViolationAsync();
        await suite.ReportingClient.AssignVerifierAsync(
            new AssignVerifierRequest { ReportId = confirmed.ReportId, Verifier = "inspektur-pembantu-2" }, SuiteHost.As(Roles.Verifier));
        await suite.ReportingClient.ConfirmReportAsync(ReportRequests.Confirmation(confirmed.ReportId), SuiteHost.As(Roles.Verifier));
        var dismissConfirmed = await Assert.ThrowsAsync<RpcException>(() => suite.ReportingClient.DismissReportAsync(
            new DismissReportRequest { ReportId = confirmed.ReportId, Reason = "x" }, SuiteHost.As(Roles.Verifier)).ResponseAsync);
        Assert.Equal(StatusCode.FailedPrecondition, dismissConfirmed.StatusCode);
        Assert.Contains("confirmed", dismissConfirmed.Status.Detail);
        var assignConfirmed = await Assert.ThrowsAsync<RpcException>(() => suite.ReportingClient.AssignVerifierAsync(
            new AssignVerifierRequest { ReportId = confirmed.ReportId, Verifier = "x" }, SuiteHost.As(Roles.Verifier)).ResponseAsync);
        Assert.Equal(StatusCode.FailedPrecondition, assignConfirmed.StatusCode);
    }

    [Fact]
    public async Task Confirmation_carries_what_discipline_needs_in_the_event()
    {
        var (nip, submitted) = await ALikelyViolationAsync();
        await suite.ReportingClient.ConfirmReportAsync(ReportRequests.Confirmation(submitted.ReportId), SuiteHost.As(Roles.Verifier));

        await using var scope = suite.Reporting.App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ReportingDbContext>();
        var row = await db.OutboxMessages.ForReport("disiplin.reporting.report-confirmed.v1", submitted.ReportId).SingleAsync();
        var message = System.Text.Json.Nodes.JsonNode.Parse(row.Payload)!;
        Assert.Equal(nip, message["subjectNip"]!.GetValue<string>());
        Assert.Equal("PersonalSocialMedia", message["category"]!.GetValue<string>());
        Assert.Equal("LikelyViolation", message["triageOutcome"]!.GetValue<string>());
        Assert.Equal("Pns", message["employmentType"]!.GetValue<string>());
        Assert.Equal("Pelaksana", message["positionLevel"]!.GetValue<string>());
        Assert.True(message["frontLine"]!.GetValue<bool>());
        Assert.Equal(["InUniform", "OnOfficePremises", "LiveBroadcast"],
            message["aggravatingFacts"]!.AsArray().Select(f => f!.GetValue<string>()).ToArray());
        Assert.Equal("BAP 800/017/DISDUKCAPIL", message["bapNumber"]!.GetValue<string>());
    }

    [Fact]
    public async Task Reports_are_listed_by_unit_and_status_newest_first_in_pages()
    {
        var unit = await _personnel.UnitAsync();
        var ids = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            var clerk = await _personnel.EmployeeAsync(unit, name: $"Pegawai {i}");
            ids.Add((await suite.ReportingClient.SubmitReportAsync(
                ReportRequests.PersonalLive(clerk.Nip, TriageTests.TuesdayMorning), SuiteHost.As(Roles.Reporter))).ReportId);
        }

        var first = await suite.ReportingClient.ListReportsAsync(new ListReportsRequest
        { UnitCode = unit.Code, Status = ReportStatus.Submitted, PageSize = 2 }, SuiteHost.As(Roles.Auditor));
        var second = await suite.ReportingClient.ListReportsAsync(new ListReportsRequest
        { UnitCode = unit.Code, Status = ReportStatus.Submitted, PageSize = 2, PageToken = first.NextPageToken }, SuiteHost.As(Roles.Auditor));

        Assert.Equal(ids.AsEnumerable().Reverse().ToArray(),
            first.Reports.Concat(second.Reports).Select(r => r.ReportId).ToArray());
        Assert.Empty(second.NextPageToken);
        Assert.All(first.Reports, r => Assert.Null(r.Reporter));
    }
}

/// <summary>Every field of SubmitReport refuses bad input with its own field name, and nothing is stored.</summary>
[Collection(SuiteCollection.Name)]
public sealed class SubmitReportValidationTests(SuiteHost suite)
{
    public static TheoryData<string, string> BadFields => new()
    {
        { "subject.nip", "NIP/1997#1017" }, // spaces are normalised away (issue 11 item 5); a slash or # is not an identifier
        { "subject.name", "" },
        { "category", "" },
        { "occurred_at", "future" },
        { "occurred_at", "ancient" },
        { "occurred_at_utc_offset_minutes", "" },
        { "social_media.platform", "" },
        { "social_media.account", "" },
        { "social_media.links[0]", "ftp://example.org/x" },
        { "evidence[0].link", "not a url" },
        { "evidence[0].sha256", "abc" },
        { "evidence[0].attachment.content", "too big" },
        { "evidence[0].attachment.file_name", "" },
        { "description", "" },
        { "reporter", "" },
        { "reporter.name", "anonymous with a name" },
        { "reporter.contact", "" },
        { "location", "too long" },
    };

    [Theory]
    [MemberData(nameof(BadFields))]
    public async Task Bad_field_is_refused_by_name_and_nothing_is_stored(string field, string variant)
    {
        var request = ReportRequests.PersonalLive(PersonnelFixtures.NewNip(), TriageTests.TuesdayMorning);
        request.Description = $"Laporan uji {Guid.NewGuid()}";
        switch (field)
        {
            case "subject.nip": request.Subject.Nip = variant; break;
            case "subject.name": request.Subject = new Subject { UnitCode = "DISDUKCAPIL" }; break;
            case "category": request.Category = ReportCategory.Unspecified; break;
            case "occurred_at" when variant == "future": request.OccurredAt = Timestamp.FromDateTimeOffset(DateTimeOffset.UtcNow.AddDays(2)); break;
            case "occurred_at": request.OccurredAt = Timestamp.FromDateTimeOffset(new DateTimeOffset(1999, 1, 1, 0, 0, 0, TimeSpan.Zero)); break;
            case "occurred_at_utc_offset_minutes": request.OccurredAtUtcOffsetMinutes = 9999; break;
            case "social_media.platform": request.SocialMedia.Platform = ""; break;
            case "social_media.account": request.SocialMedia.Account = " "; break;
            case "social_media.links[0]": request.SocialMedia.Links[0] = variant; break;
            case "evidence[0].link": request.Evidence[0] = new Evidence { Link = variant }; break;
            case "evidence[0].sha256": request.Evidence[0] = new Evidence { Sha256 = variant }; break;
            case "evidence[0].attachment.content":
                request.Evidence[0] = new Evidence { Attachment = new Attachment { FileName = "rekaman.mp4", Content = ByteString.CopyFrom(new byte[1024 * 1024 + 1]) } };
                break;
            case "evidence[0].attachment.file_name":
                request.Evidence[0] = new Evidence { Attachment = new Attachment { Content = ByteString.CopyFromUtf8("x") } };
                break;
            case "description": request.Description = "  "; break;
            case "reporter": request.Reporter = null; break;
            case "reporter.name": request.Reporter = new Reporter { Anonymous = true, Name = "Budi" }; break;
            case "reporter.contact": request.Reporter = new Reporter { Name = "Budi" }; break;
            case "location": request.Location = new string('x', 501); break;
        }

        var ex = await Assert.ThrowsAsync<RpcException>(() =>
            suite.ReportingClient.SubmitReportAsync(request, SuiteHost.As(Roles.Reporter)).ResponseAsync);

        Assert.Contains(field, ValidationTests.FieldViolations(ex).Keys);
        await using var scope = suite.Reporting.App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ReportingDbContext>();
        Assert.False(await db.Reports.AnyAsync(r => r.Description == request.Description));
    }
}
