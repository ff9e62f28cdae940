using Berau.Disiplin.Contracts.Discipline.V1;
using Berau.Disiplin.Contracts.Reporting.V1;
using Berau.Disiplin.Hosting.Auth;
using Berau.Disiplin.EndToEndTests.Foundation;
using Berau.Disiplin.EndToEndTests.Infrastructure;
using Berau.Disiplin.EndToEndTests.Reporting;
using Grpc.Core;
using Microsoft.Extensions.Time.Testing;
using CaseStatus = Berau.Disiplin.Contracts.Discipline.V1.CaseStatus;
using ObjectionOutcome = Berau.Disiplin.Contracts.Discipline.V1.ObjectionOutcome;
using SanctionStatus = Berau.Disiplin.Contracts.Discipline.V1.SanctionStatus;
using TransferStatus = Berau.Disiplin.Contracts.Discipline.V1.TransferStatus;

namespace Berau.Disiplin.EndToEndTests.Discipline;

/// <summary>Opens cases through the public flow: a report submitted and confirmed in Reporting.</summary>
public sealed class CaseFactory(SuiteHost suite)
{
    private readonly PersonnelFixtures _personnel = new(suite);

    public static CallOptions Official(string level, string subject = "pejabat") =>
        SuiteHost.AsUser(subject, [Roles.Official], new Dictionary<string, string> { ["position_level"] = level });

    public static CallOptions Employee(string nip) =>
        SuiteHost.AsUser("pegawai", [Roles.Employee], new Dictionary<string, string> { ["nip"] = nip });

    public async Task<(string Nip, Case Case)> OpenAsync(Impact impact = Impact.Unspecified, bool frontLine = true,
        AggravatingFact[]? facts = null, DateTimeOffset? at = null)
    {
        var unit = await _personnel.UnitAsync(frontLine);
        var clerk = await _personnel.EmployeeAsync(unit);
        var report = await suite.ReportingClient.SubmitReportAsync(
            ReportRequests.PersonalLive(clerk.Nip, at ?? TriageTests.TuesdayMorning), SuiteHost.As(Roles.Reporter));
        var confirmation = ReportRequests.Confirmation(report.ReportId);
        confirmation.Impact = impact;
        if (facts is not null)
        {
            confirmation.AggravatingFacts.Clear();
            confirmation.AggravatingFacts.AddRange(facts);
        }
        await suite.ReportingClient.ConfirmReportAsync(confirmation, SuiteHost.AsUser("kasi", Roles.Verifier));
        var @case = await suite.CaseForReportAsync(report.ReportId, "the case");
        return (clerk.Nip, @case);
    }
}

[Collection(SuiteCollection.Name)]
public sealed class DisciplineApiTests(SuiteHost suite)
{
    private readonly CaseFactory _cases = new(suite);

    [Fact]
    public async Task A_sedang_proposal_waits_for_an_entitled_official_and_a_Pengawas_is_refused()
    {
        var (_, @case) = await _cases.OpenAsync(impact: Impact.Institution);
        Assert.Equal(CaseStatus.Open, @case.Status);
        Assert.Equal(SanctionLevel.Sedang, @case.Proposal.Level);
        Assert.True(@case.Proposal.RequiresOfficialDecision);
        Assert.Null(@case.Sanction);

        var refused = await Assert.ThrowsAsync<RpcException>(() => suite.DisciplineClient.DecideSanctionAsync(
            new DecideSanctionRequest { CaseId = @case.CaseId }, CaseFactory.Official("PENGAWAS")).ResponseAsync);
        Assert.Equal(StatusCode.PermissionDenied, refused.StatusCode);
        var unchanged = await suite.DisciplineClient.GetCaseAsync(new GetCaseRequest { CaseId = @case.CaseId }, SuiteHost.As(Roles.Auditor));
        Assert.Null(unchanged.Sanction);

        var decided = await suite.DisciplineClient.DecideSanctionAsync(
            new DecideSanctionRequest { CaseId = @case.CaseId }, CaseFactory.Official("ADMINISTRATOR", "kabid"));
        Assert.Equal(CaseStatus.Sanctioned, decided.Status);
        Assert.Equal(@case.Proposal.SanctionCode, decided.Sanction.SanctionCode);
        Assert.Equal("kabid", decided.Sanction.DecidedBy);
        Assert.Contains(decided.Timeline, t => t.Action == "SanctionImposed");
    }

    [Fact]
    public async Task Absence_below_the_first_threshold_closes_its_case_without_a_sanction()
    {
        var personnel = new PersonnelFixtures(suite);
        var clerk = await personnel.EmployeeAsync(await personnel.UnitAsync());
        var request = ReportRequests.PersonalLive(clerk.Nip, TriageTests.TuesdayMorning);
        request.Category = ReportCategory.Absence;
        request.SocialMedia = null;
        request.Description = "Tidak masuk kerja dua hari tanpa keterangan";
        var report = await suite.ReportingClient.SubmitReportAsync(request, SuiteHost.As(Roles.Reporter));
        await suite.ReportingClient.ConfirmReportAsync(new ConfirmReportRequest
        {
            ReportId = report.ReportId, Findings = "Dua hari tanpa keterangan", BapNumber = "BAP 800/050",
            AbsenceDaysThisYear = 2, ConsecutiveAbsenceDays = 2,
        }, SuiteHost.AsUser("kasi", Roles.Verifier));

        var @case = await suite.CaseForReportAsync(report.ReportId, "the case");
        Assert.Equal(CaseStatus.Closed, @case.Status);
        Assert.Null(@case.Sanction);
        Assert.Empty(@case.Proposal.SanctionCode);
        Assert.Contains("ambang", @case.Proposal.Explanation);
    }

    [Fact]
    public async Task An_official_without_a_position_level_or_the_role_cannot_decide()
    {
        var (_, @case) = await _cases.OpenAsync(impact: Impact.Institution);
        var noLevel = await Assert.ThrowsAsync<RpcException>(() => suite.DisciplineClient.DecideSanctionAsync(
            new DecideSanctionRequest { CaseId = @case.CaseId }, SuiteHost.As(Roles.Official)).ResponseAsync);
        Assert.Equal(StatusCode.PermissionDenied, noLevel.StatusCode);
        var verifier = await Assert.ThrowsAsync<RpcException>(() => suite.DisciplineClient.DecideSanctionAsync(
            new DecideSanctionRequest { CaseId = @case.CaseId }, SuiteHost.As(Roles.Verifier)).ResponseAsync);
        Assert.Equal(StatusCode.PermissionDenied, verifier.StatusCode);
    }

    [Fact]
    public async Task Illegal_moves_are_failed_preconditions_naming_the_state()
    {
        var (nip, @case) = await _cases.OpenAsync(frontLine: false, facts: []);
        Assert.Equal(CaseStatus.Sanctioned, @case.Status);
        Assert.Equal("R1", @case.Sanction.SanctionCode);

        var decideAgain = await Assert.ThrowsAsync<RpcException>(() => suite.DisciplineClient.DecideSanctionAsync(
            new DecideSanctionRequest { CaseId = @case.CaseId }, CaseFactory.Official("PENGAWAS")).ResponseAsync);
        Assert.Equal(StatusCode.FailedPrecondition, decideAgain.StatusCode);
        var approveNothing = await Assert.ThrowsAsync<RpcException>(() => suite.DisciplineClient.ApproveTransferAsync(new ApproveTransferRequest
        {
            CaseId = @case.CaseId, ToUnitCode = "KAMPUNG-TUMBIT", ToPosition = "Staf", DecreeNumber = "SK 1", EffectiveDate = "2026-12-01",
        }, CaseFactory.Official("PENGAWAS")).ResponseAsync);
        Assert.Equal(StatusCode.FailedPrecondition, approveNothing.StatusCode);
        var decideNoObjection = await Assert.ThrowsAsync<RpcException>(() => suite.DisciplineClient.DecideObjectionAsync(new DecideObjectionRequest
        {
            CaseId = @case.CaseId, Outcome = ObjectionOutcome.Upheld, Reason = "x",
        }, CaseFactory.Official("ADMINISTRATOR")).ResponseAsync);
        Assert.Equal(StatusCode.FailedPrecondition, decideNoObjection.StatusCode);

        await suite.DisciplineClient.AcceptSanctionAsync(new AcceptSanctionRequest { CaseId = @case.CaseId }, CaseFactory.Employee(nip));
        var objectAfterAccepting = await Assert.ThrowsAsync<RpcException>(() => suite.DisciplineClient.FileObjectionAsync(
            new FileObjectionRequest { CaseId = @case.CaseId, Reason = "Keberatan" }, CaseFactory.Employee(nip)).ResponseAsync);
        Assert.Equal(StatusCode.FailedPrecondition, objectAfterAccepting.StatusCode);
        Assert.Contains("closed", objectAfterAccepting.Status.Detail);
    }

    [Fact]
    public async Task An_employee_sees_and_objects_to_their_own_case_only()
    {
        var (nip, @case) = await _cases.OpenAsync(frontLine: false, facts: []);
        var stranger = CaseFactory.Employee(PersonnelFixtures.NewNip());

        var see = await Assert.ThrowsAsync<RpcException>(() => suite.DisciplineClient.GetCaseAsync(
            new GetCaseRequest { CaseId = @case.CaseId }, stranger).ResponseAsync);
        Assert.Equal(StatusCode.PermissionDenied, see.StatusCode);
        var objectToOthers = await Assert.ThrowsAsync<RpcException>(() => suite.DisciplineClient.FileObjectionAsync(
            new FileObjectionRequest { CaseId = @case.CaseId, Reason = "Bukan saya" }, stranger).ResponseAsync);
        Assert.Equal(StatusCode.PermissionDenied, objectToOthers.StatusCode);

        var own = await suite.DisciplineClient.GetCaseAsync(new GetCaseRequest { CaseId = @case.CaseId }, CaseFactory.Employee(nip));
        Assert.Equal(@case.CaseId, own.CaseId);
    }

    [Fact]
    public async Task Objection_annulling_the_sanction_flags_the_transfer_for_review_and_closes_the_case()
    {
        var (nip, @case) = await _cases.OpenAsync(facts:
        [
            AggravatingFact.InUniform, AggravatingFact.OnOfficePremises, AggravatingFact.LiveBroadcast,
            AggravatingFact.DuringServiceHoursAtFrontLineCounter,
        ]);
        Assert.Equal("R2", @case.Sanction.SanctionCode);
        Assert.Equal(TransferStatus.Recommended, @case.Transfer.Status);

        var objected = await suite.DisciplineClient.FileObjectionAsync(
            new FileObjectionRequest { CaseId = @case.CaseId, Reason = "Siaran itu kegiatan sosialisasi yang ditugaskan" },
            CaseFactory.Employee(nip));
        Assert.Equal(CaseStatus.ObjectionPending, objected.Status);

        // The verifier (atasan langsung) issued the warning; his superior decides the objection.
        var notLighter = await Assert.ThrowsAsync<RpcException>(() => suite.DisciplineClient.DecideObjectionAsync(new DecideObjectionRequest
        {
            CaseId = @case.CaseId, Outcome = ObjectionOutcome.Lightened, LighterSanctionCode = "R3", Reason = "x",
        }, CaseFactory.Official("PENGAWAS")).ResponseAsync);
        Assert.Equal(StatusCode.InvalidArgument, notLighter.StatusCode);
        Assert.Contains("lighter", ValidationTests.FieldViolations(notLighter)["lighter_sanction_code"]);

        var decided = await suite.DisciplineClient.DecideObjectionAsync(new DecideObjectionRequest
        {
            CaseId = @case.CaseId, Outcome = ObjectionOutcome.Annulled, Reason = "Siaran ditugaskan oleh atasan",
        }, CaseFactory.Official("PENGAWAS", "kasi-lain"));
        Assert.Equal(SanctionStatus.Annulled, decided.Sanction.Status);
        Assert.Equal(TransferStatus.FlaggedForReview, decided.Transfer.Status);
        Assert.Equal(CaseStatus.Closed, decided.Status);
        Assert.Contains(decided.Timeline, t => t.Action == "ObjectionDecided");
    }

    [Fact]
    public async Task An_objection_to_an_officials_decision_goes_to_that_officials_superior()
    {
        var (nip, @case) = await _cases.OpenAsync(impact: Impact.Institution);
        await suite.DisciplineClient.DecideSanctionAsync(new DecideSanctionRequest { CaseId = @case.CaseId },
            CaseFactory.Official("ADMINISTRATOR", "kabid"));
        await suite.DisciplineClient.FileObjectionAsync(new FileObjectionRequest { CaseId = @case.CaseId, Reason = "Dampak tidak sampai instansi" },
            CaseFactory.Employee(nip));

        var peer = await Assert.ThrowsAsync<RpcException>(() => suite.DisciplineClient.DecideObjectionAsync(new DecideObjectionRequest
        {
            CaseId = @case.CaseId, Outcome = ObjectionOutcome.Upheld, Reason = "Tetap",
        }, CaseFactory.Official("ADMINISTRATOR", "kabid-lain")).ResponseAsync);
        Assert.Equal(StatusCode.PermissionDenied, peer.StatusCode);

        var decided = await suite.DisciplineClient.DecideObjectionAsync(new DecideObjectionRequest
        {
            CaseId = @case.CaseId, Outcome = ObjectionOutcome.Upheld, Reason = "Dampak pada pelayanan instansi terbukti",
        }, CaseFactory.Official("JPT_PRATAMA", "kadis"));
        Assert.Equal(SanctionStatus.Final, decided.Sanction.Status);
        Assert.Equal("kadis", decided.Objection.DecidedBy);
    }

    [Fact]
    public async Task Lightening_an_objection_replaces_the_sanction_with_a_lighter_one()
    {
        var (nip, @case) = await _cases.OpenAsync(frontLine: false);
        Assert.Equal("R2", @case.Sanction.SanctionCode);
        await suite.DisciplineClient.FileObjectionAsync(new FileObjectionRequest { CaseId = @case.CaseId, Reason = "Terlalu berat" },
            CaseFactory.Employee(nip));

        var decided = await suite.DisciplineClient.DecideObjectionAsync(new DecideObjectionRequest
        {
            CaseId = @case.CaseId, Outcome = ObjectionOutcome.Lightened, LighterSanctionCode = "R1", Reason = "Pelanggaran pertama",
        }, CaseFactory.Official("PENGAWAS"));

        Assert.Equal("R1", decided.Sanction.SanctionCode);
        Assert.Equal(SanctionStatus.Final, decided.Sanction.Status);
        Assert.Equal(CaseStatus.Closed, decided.Status);
    }

    [Fact]
    public async Task Policy_in_force_is_shown_and_a_new_version_needs_a_valid_future_document()
    {
        var policy = await suite.DisciplineClient.GetPolicyAsync(new GetPolicyRequest(), SuiteHost.As(Roles.Employee));
        Assert.True(policy.InForce);
        Assert.Contains("\"rules\"", policy.Document);

        var invalid = await Assert.ThrowsAsync<RpcException>(() => suite.DisciplineClient.PublishPolicyAsync(
            new PublishPolicyRequest { Document = "{ \"version\": \"x\" }" }, SuiteHost.As(Roles.PolicyAdmin)).ResponseAsync);
        Assert.Equal(StatusCode.InvalidArgument, invalid.StatusCode);
        var notOfficial = await Assert.ThrowsAsync<RpcException>(() => suite.DisciplineClient.PublishPolicyAsync(
            new PublishPolicyRequest { Document = policy.Document }, SuiteHost.As(Roles.Hr)).ResponseAsync);
        Assert.Equal(StatusCode.PermissionDenied, notOfficial.StatusCode);
        var anOfficial = await Assert.ThrowsAsync<RpcException>(() => suite.DisciplineClient.PublishPolicyAsync(
            new PublishPolicyRequest { Document = policy.Document }, CaseFactory.Official("BUPATI")).ResponseAsync);
        Assert.Equal(StatusCode.PermissionDenied, anOfficial.StatusCode);
        var republish = await Assert.ThrowsAsync<RpcException>(() => suite.DisciplineClient.PublishPolicyAsync(
            new PublishPolicyRequest { Document = policy.Document }, SuiteHost.As(Roles.PolicyAdmin)).ResponseAsync);
        Assert.Contains(republish.StatusCode, new[] { StatusCode.AlreadyExists, StatusCode.InvalidArgument });
    }

    [Fact]
    public async Task Bad_decision_inputs_are_refused_by_field()
    {
        var badId = await Assert.ThrowsAsync<RpcException>(() => suite.DisciplineClient.DecideSanctionAsync(
            new DecideSanctionRequest { CaseId = "nope" }, CaseFactory.Official("BUPATI")).ResponseAsync);
        Assert.Equal("must be a UUID", ValidationTests.FieldViolations(badId)["case_id"]);
        var unknown = await Assert.ThrowsAsync<RpcException>(() => suite.DisciplineClient.GetCaseAsync(
            new GetCaseRequest { CaseId = Guid.NewGuid().ToString() }, SuiteHost.As(Roles.Auditor)).ResponseAsync);
        Assert.Equal(StatusCode.NotFound, unknown.StatusCode);
        var badTransfer = await Assert.ThrowsAsync<RpcException>(() => suite.DisciplineClient.OrderTransferAsync(new OrderTransferRequest
        {
            CaseId = Guid.NewGuid().ToString(), EffectiveDate = "01-12-2026",
        }, CaseFactory.Official("BUPATI")).ResponseAsync);
        var fields = ValidationTests.FieldViolations(badTransfer);
        Assert.Equal(["decree_number", "effective_date", "reason", "to_position", "to_unit_code"], fields.Keys.Order().ToArray());
        var (_, @case) = await _cases.OpenAsync(impact: Impact.Institution);
        var unknownCode = await Assert.ThrowsAsync<RpcException>(() => suite.DisciplineClient.DecideSanctionAsync(
            new DecideSanctionRequest { CaseId = @case.CaseId, SanctionCode = "X9", Reason = "x" }, CaseFactory.Official("BUPATI")).ResponseAsync);
        Assert.Contains("X9", ValidationTests.FieldViolations(unknownCode)["sanction_code"]);
        var noReason = await Assert.ThrowsAsync<RpcException>(() => suite.DisciplineClient.DecideSanctionAsync(
            new DecideSanctionRequest { CaseId = @case.CaseId, SanctionCode = "S3" }, CaseFactory.Official("BUPATI")).ResponseAsync);
        Assert.Contains("reason", ValidationTests.FieldViolations(noReason).Keys);
    }
}

/// <summary>A suite whose clock the test moves, for the objection window.</summary>
public sealed class DisciplineClockHost : IAsyncLifetime
{
    public FakeTimeProvider Time { get; } = new(DateTimeOffset.UtcNow);
    public SuiteHost Suite { get; }

    public DisciplineClockHost() => Suite = new SuiteHost(new SuiteOptions { Time = Time });

    public Task InitializeAsync() => Suite.InitializeAsync();
    public Task DisposeAsync() => Suite.DisposeAsync();
}

public sealed class ObjectionWindowTests(DisciplineClockHost host) : IClassFixture<DisciplineClockHost>
{
    [Fact]
    public async Task A_published_policy_version_applies_from_its_effective_date_and_open_cases_keep_theirs()
    {
        var factory = new CaseFactory(host.Suite);
        var (_, before) = await factory.OpenAsync(frontLine: false);
        var current = await host.Suite.DisciplineClient.GetPolicyAsync(new GetPolicyRequest(), SuiteHost.As(Roles.Auditor));
        Assert.Equal(current.Version, before.PolicyVersion);

        var today = DateOnly.FromDateTime(host.Time.GetUtcNow().ToOffset(TimeSpan.FromHours(8)).DateTime);
        var document = System.Text.Json.Nodes.JsonNode.Parse(current.Document)!;
        var newVersion = $"berau-{Guid.NewGuid():N}"[..20];
        document["version"] = newVersion;
        document["effectiveFrom"] = today.AddDays(1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var published = await host.Suite.DisciplineClient.PublishPolicyAsync(
            new PublishPolicyRequest { Document = document.ToJsonString() }, SuiteHost.As(Roles.PolicyAdmin));
        Assert.False(published.InForce);
        Assert.Equal(current.Version, (await host.Suite.DisciplineClient.GetPolicyAsync(new GetPolicyRequest(), SuiteHost.As(Roles.Auditor))).Version);

        host.Time.Advance(TimeSpan.FromDays(1));
        var (_, after) = await factory.OpenAsync(frontLine: false);

        Assert.Equal(newVersion, after.PolicyVersion);
        var reread = await host.Suite.DisciplineClient.GetCaseAsync(new GetCaseRequest { CaseId = before.CaseId }, SuiteHost.As(Roles.Auditor));
        Assert.Equal(current.Version, reread.PolicyVersion);
        Assert.True((await host.Suite.DisciplineClient.GetPolicyAsync(new GetPolicyRequest(), SuiteHost.As(Roles.Auditor))).InForce);
    }

    [Fact]
    public async Task After_the_objection_window_an_objection_is_refused_and_the_sanction_becomes_final()
    {
        var (nip, @case) = await new CaseFactory(host.Suite).OpenAsync(frontLine: false);
        var deadline = DateOnly.ParseExact(@case.Sanction.ObjectionDeadline, "yyyy-MM-dd");
        Assert.True(deadline > DateOnly.FromDateTime(DateTime.UtcNow.AddDays(13)), "14 working days are at least 14 days");

        // The day after the last day of the window, WITA.
        var dayAfter = new DateTimeOffset(deadline.AddDays(1).ToDateTime(new TimeOnly(8, 0)), TimeSpan.FromHours(8));
        host.Time.Advance(dayAfter - host.Time.GetUtcNow());

        var late = await Assert.ThrowsAsync<RpcException>(() => host.Suite.DisciplineClient.FileObjectionAsync(
            new FileObjectionRequest { CaseId = @case.CaseId, Reason = "Terlambat" }, CaseFactory.Employee(nip)).ResponseAsync);
        Assert.Equal(StatusCode.FailedPrecondition, late.StatusCode);
        Assert.Contains(@case.Sanction.ObjectionDeadline, late.Status.Detail);

        Assert.True(await host.Suite.Discipline.Get<Berau.Disiplin.Discipline.Cases.SanctionFinalizer>().RunAsync(CancellationToken.None) >= 1);
        var final = await host.Suite.DisciplineClient.GetCaseAsync(new GetCaseRequest { CaseId = @case.CaseId }, SuiteHost.As(Roles.Auditor));
        Assert.Equal(SanctionStatus.Final, final.Sanction.Status);
        Assert.Equal(CaseStatus.Closed, final.Status);
    }
}
