using Berau.Disiplin.Contracts.Discipline.V1;
using Berau.Disiplin.Contracts.Personnel.V1;
using Berau.Disiplin.Contracts.Reporting.V1;
using Berau.Disiplin.Hosting.Auth;
using Berau.Disiplin.EndToEndTests.Foundation;
using Berau.Disiplin.EndToEndTests.Infrastructure;
using Berau.Disiplin.EndToEndTests.Reporting;
using Grpc.Core;
using Microsoft.Extensions.Time.Testing;
using Case = Berau.Disiplin.Contracts.Discipline.V1.Case;
using CaseStatus = Berau.Disiplin.Contracts.Discipline.V1.CaseStatus;
using ObjectionOutcome = Berau.Disiplin.Contracts.Discipline.V1.ObjectionOutcome;
using SanctionStatus = Berau.Disiplin.Contracts.Discipline.V1.SanctionStatus;
using TransferStatus = Berau.Disiplin.Contracts.Discipline.V1.TransferStatus;

namespace Berau.Disiplin.EndToEndTests.Discipline;

/// <summary>Opens cases through the public flow: an organisation in Personnel, a report submitted and confirmed in Reporting.</summary>
public sealed class CaseFactory(SuiteHost suite, Func<DateTimeOffset>? clock = null)
{
    public HearingSteps Steps { get; } = new(suite, clock);

    /// <summary>A clerk of a fresh organisation, reported and confirmed: the case waits for the summons.</summary>
    public async Task<(Organisation Organisation, Employee Clerk, Case Case)> OpenAsync(Impact impact = Impact.Unspecified,
        bool frontLine = true, AggravatingFact[]? facts = null, DateTimeOffset? at = null,
        PositionLevel level = PositionLevel.Pelaksana)
    {
        var organisation = await Steps.OrganisationAsync(frontLine);
        var clerk = await Steps.ClerkAsync(organisation, level: level);
        var @case = await Steps.ReportAsync(clerk, impact, facts, at);
        return (organisation, clerk, @case);
    }

    /// <summary>Opened, heard, decided as proposed by the official the case names, and delivered.</summary>
    public async Task<(Organisation Organisation, Employee Clerk, Case Case)> SanctionedAsync(Impact impact = Impact.Unspecified,
        bool frontLine = true, AggravatingFact[]? facts = null, FindingImpact examined = FindingImpact.UnitKerja)
    {
        var (organisation, clerk, opened) = await OpenAsync(impact, frontLine, facts);
        return (organisation, clerk, await Steps.HearDecideDeliverAsync(opened, examined));
    }
}

[Collection(SuiteCollection.Name)]
public sealed class DisciplineApiTests(SuiteHost suite)
{
    private readonly CaseFactory _cases = new(suite);
    private HearingSteps Steps => _cases.Steps;

    [Fact]
    public async Task A_sedang_finding_is_decided_by_the_entitled_official_of_the_line_and_the_examining_Kepala_Seksi_is_refused()
    {
        var (org, _, opened) = await _cases.OpenAsync(impact: Impact.Institution);
        Assert.Equal(CaseStatus.AwaitingSummons, opened.Status);
        Assert.Equal(SanctionLevel.Sedang, opened.Proposal.Level);
        Assert.Null(opened.Sanction);

        var heard = await Steps.HearAsync(opened, FindingImpact.Instansi);
        Assert.Equal(CaseStatus.Open, heard.Status);
        Assert.Equal(org.KepalaBidang.Nip, heard.Hearing.DecisionOfficial.Nip);
        Assert.Contains(heard.Timeline, t => t.Action == "CaseForwarded");

        var refused = await Assert.ThrowsAsync<RpcException>(() => Steps.DecideAsync(heard, org.KepalaSeksi.Nip));
        Assert.Equal(StatusCode.PermissionDenied, refused.StatusCode);
        Assert.Contains($"Who may (PP 94/2021, the authority matrix of policy {heard.PolicyVersion}): {org.KepalaBidang.Name} (NIP {org.KepalaBidang.Nip}",
            refused.Status.Detail);
        var unchanged = await suite.DisciplineClient.GetCaseAsync(new GetCaseRequest { CaseId = heard.CaseId }, SuiteHost.As(Roles.Auditor));
        Assert.Null(unchanged.Sanction);

        var decided = await Steps.DecideAsync(heard, org.KepalaBidang.Nip);
        Assert.Equal(CaseStatus.Sanctioned, decided.Status);
        Assert.Equal(heard.Proposal.SanctionCode, decided.Sanction.SanctionCode);
        Assert.Equal((org.KepalaBidang.Nip, org.KepalaBidang.Name, OfficialLevel.Administrator),
            (decided.Sanction.DecidedBy, decided.Sanction.DecidedByOfficial.Name, decided.Sanction.DecidedByOfficial.PositionLevel));
        Assert.Equal(heard.Hearing.Examination.BapNumber, decided.Sanction.BasisBapNumber);
        Assert.Contains(decided.Timeline, t => t.Action == "SanctionImposed");
        // Not delivered yet: the dates that bind run from receipt.
        Assert.Equal(("", "", ""), (decided.Sanction.ReceivedOn, decided.Sanction.EffectiveDate, decided.Sanction.ObjectionDeadline));
        Assert.NotEmpty(decided.Sanction.DeliveryDeadline);
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
    public async Task An_official_without_a_nip_claim_or_without_the_role_cannot_decide()
    {
        var (_, _, opened) = await _cases.OpenAsync(impact: Impact.Institution);
        var heard = await Steps.HearAsync(opened, FindingImpact.Instansi);

        var noNip = await Assert.ThrowsAsync<RpcException>(() => suite.DisciplineClient.DecideSanctionAsync(
            new DecideSanctionRequest { CaseId = heard.CaseId }, SuiteHost.As(Roles.Official)).ResponseAsync);
        Assert.Equal(StatusCode.PermissionDenied, noNip.StatusCode);
        Assert.Contains("no nip claim", noNip.Status.Detail);
        var verifier = await Assert.ThrowsAsync<RpcException>(() => suite.DisciplineClient.DecideSanctionAsync(
            new DecideSanctionRequest { CaseId = heard.CaseId }, SuiteHost.As(Roles.Verifier)).ResponseAsync);
        Assert.Equal(StatusCode.PermissionDenied, verifier.StatusCode);
    }

    [Fact]
    public async Task Illegal_moves_are_failed_preconditions_naming_the_state()
    {
        var (org, clerk, @case) = await _cases.SanctionedAsync(frontLine: false, facts: []);
        Assert.Equal(CaseStatus.Sanctioned, @case.Status);
        Assert.Equal("R1", @case.Sanction.SanctionCode);

        var decideAgain = await Assert.ThrowsAsync<RpcException>(() => Steps.DecideAsync(@case, org.KepalaSeksi.Nip));
        Assert.Equal(StatusCode.FailedPrecondition, decideAgain.StatusCode);
        var approveNothing = await Assert.ThrowsAsync<RpcException>(() => suite.DisciplineClient.ApproveTransferAsync(new ApproveTransferRequest
        {
            CaseId = @case.CaseId, ToUnitCode = "KAMPUNG-TUMBIT", ToPosition = "Staf", DecreeNumber = "SK 1", EffectiveDate = "2026-12-01",
            Ground = TransferGround.OrganisationalNeed, Reason = "Kebutuhan organisasi",
        }, HearingSteps.Official(org.Bupati)).ResponseAsync);
        Assert.Equal(StatusCode.FailedPrecondition, approveNothing.StatusCode);
        var decideNoObjection = await Assert.ThrowsAsync<RpcException>(() => suite.DisciplineClient.DecideObjectionAsync(new DecideObjectionRequest
        {
            CaseId = @case.CaseId, Outcome = ObjectionOutcome.Upheld, Reason = "x",
        }, HearingSteps.Official(org.KepalaBidang)).ResponseAsync);
        Assert.Equal(StatusCode.FailedPrecondition, decideNoObjection.StatusCode);
        var summonAgain = await Assert.ThrowsAsync<RpcException>(() => Steps.SummonAsync(@case, org.KepalaSeksi.Nip));
        Assert.Equal(StatusCode.FailedPrecondition, summonAgain.StatusCode);
        var deliverAgain = await Assert.ThrowsAsync<RpcException>(() => Steps.DeliverAsync(@case));
        Assert.Equal(StatusCode.FailedPrecondition, deliverAgain.StatusCode);
        Assert.Contains("delivered already", deliverAgain.Status.Detail);

        await suite.DisciplineClient.AcceptSanctionAsync(new AcceptSanctionRequest { CaseId = @case.CaseId }, HearingSteps.Employee(clerk.Nip));
        var objectAfterAccepting = await Assert.ThrowsAsync<RpcException>(() => suite.DisciplineClient.FileObjectionAsync(
            new FileObjectionRequest { CaseId = @case.CaseId, Reason = "Keberatan" }, HearingSteps.Employee(clerk.Nip)).ResponseAsync);
        Assert.Equal(StatusCode.FailedPrecondition, objectAfterAccepting.StatusCode);
        Assert.Contains("closed", objectAfterAccepting.Status.Detail);
    }

    [Fact]
    public async Task An_undelivered_decision_can_be_neither_objected_to_nor_accepted()
    {
        var (org, clerk, opened) = await _cases.OpenAsync(frontLine: false, facts: []);
        var decided = await Steps.DecideAsync(await Steps.HearAsync(opened), org.KepalaSeksi.Nip);

        var objection = await Assert.ThrowsAsync<RpcException>(() => suite.DisciplineClient.FileObjectionAsync(
            new FileObjectionRequest { CaseId = decided.CaseId, Reason = "Keberatan" }, HearingSteps.Employee(clerk.Nip)).ResponseAsync);
        Assert.Equal(StatusCode.FailedPrecondition, objection.StatusCode);
        Assert.Contains("has not been delivered yet (RecordDelivery)", objection.Status.Detail);
        var accept = await Assert.ThrowsAsync<RpcException>(() => suite.DisciplineClient.AcceptSanctionAsync(
            new AcceptSanctionRequest { CaseId = decided.CaseId }, HearingSteps.Employee(clerk.Nip)).ResponseAsync);
        Assert.Equal(StatusCode.FailedPrecondition, accept.StatusCode);
    }

    [Fact]
    public async Task Delivery_sets_the_dates_from_receipt_and_is_refused_for_bad_input_by_field()
    {
        var (org, _, opened) = await _cases.OpenAsync(frontLine: false, facts: []);
        var decided = await Steps.DecideAsync(await Steps.HearAsync(opened), org.KepalaSeksi.Nip);

        var noMethod = await Assert.ThrowsAsync<RpcException>(() => suite.DisciplineClient.RecordDeliveryAsync(
            new RecordDeliveryRequest { CaseId = decided.CaseId, SentOn = "2026-12-01" }, SuiteHost.As(Roles.Hr)).ResponseAsync);
        Assert.Equal("must be IN_PERSON or SENT", ValidationTests.FieldViolations(noMethod)["method"]);
        var noDate = await Assert.ThrowsAsync<RpcException>(() => suite.DisciplineClient.RecordDeliveryAsync(
            new RecordDeliveryRequest { CaseId = decided.CaseId, Method = DeliveryMethod.Sent, ReceivedOn = "2026-12-01" },
            SuiteHost.As(Roles.Hr)).ResponseAsync);
        Assert.Equal(["received_on", "sent_on"], ValidationTests.FieldViolations(noDate).Keys.Order().ToArray());
        var beforeDecision = await Assert.ThrowsAsync<RpcException>(() => suite.DisciplineClient.RecordDeliveryAsync(
            new RecordDeliveryRequest { CaseId = decided.CaseId, Method = DeliveryMethod.InPerson, ReceivedOn = "2020-01-01" },
            SuiteHost.As(Roles.Hr)).ResponseAsync);
        Assert.StartsWith("must be on or after the decision day", ValidationTests.FieldViolations(beforeDecision)["received_on"]);
        var unknown = await Assert.ThrowsAsync<RpcException>(() => suite.DisciplineClient.RecordDeliveryAsync(
            new RecordDeliveryRequest { CaseId = Guid.NewGuid().ToString(), Method = DeliveryMethod.InPerson, ReceivedOn = "2026-12-01" },
            SuiteHost.As(Roles.Hr)).ResponseAsync);
        Assert.Equal(StatusCode.NotFound, unknown.StatusCode);
        var employee = await Assert.ThrowsAsync<RpcException>(() => suite.DisciplineClient.RecordDeliveryAsync(
            new RecordDeliveryRequest { CaseId = decided.CaseId, Method = DeliveryMethod.InPerson, ReceivedOn = "2026-12-01" },
            SuiteHost.As(Roles.Employee)).ResponseAsync);
        Assert.Equal(StatusCode.PermissionDenied, employee.StatusCode);

        var delivered = await Steps.DeliverAsync(decided);

        Assert.Equal(DeliveryMethod.InPerson, delivered.Sanction.DeliveryMethod);
        var received = DateOnly.ParseExact(delivered.Sanction.ReceivedOn, "yyyy-MM-dd");
        Assert.True(DateOnly.ParseExact(delivered.Sanction.EffectiveDate, "yyyy-MM-dd") >= received.AddDays(15),
            "day 15 from receipt, in working days, is at least 15 days on");
        Assert.True(DateOnly.ParseExact(delivered.Sanction.ObjectionDeadline, "yyyy-MM-dd") > received.AddDays(13));
        Assert.Contains(delivered.Timeline, t => t.Action == "DecisionDelivered");
    }

    [Fact]
    public async Task An_employee_sees_and_objects_to_their_own_case_only()
    {
        var (_, clerk, @case) = await _cases.SanctionedAsync(frontLine: false, facts: []);
        var stranger = HearingSteps.Employee(PersonnelFixtures.NewNip());

        var see = await Assert.ThrowsAsync<RpcException>(() => suite.DisciplineClient.GetCaseAsync(
            new GetCaseRequest { CaseId = @case.CaseId }, stranger).ResponseAsync);
        Assert.Equal(StatusCode.PermissionDenied, see.StatusCode);
        var objectToOthers = await Assert.ThrowsAsync<RpcException>(() => suite.DisciplineClient.FileObjectionAsync(
            new FileObjectionRequest { CaseId = @case.CaseId, Reason = "Bukan saya" }, stranger).ResponseAsync);
        Assert.Equal(StatusCode.PermissionDenied, objectToOthers.StatusCode);

        var own = await suite.DisciplineClient.GetCaseAsync(new GetCaseRequest { CaseId = @case.CaseId }, HearingSteps.Employee(clerk.Nip));
        Assert.Equal(@case.CaseId, own.CaseId);
    }

    [Fact]
    public async Task Objection_annulling_the_sanction_flags_the_transfer_for_review_and_closes_the_case()
    {
        var (org, clerk, @case) = await _cases.SanctionedAsync(facts:
        [
            AggravatingFact.InUniform, AggravatingFact.OnOfficePremises, AggravatingFact.LiveBroadcast,
            AggravatingFact.DuringServiceHoursAtFrontLineCounter,
        ]);
        Assert.Equal("R2", @case.Sanction.SanctionCode);
        Assert.Equal(TransferStatus.Recommended, @case.Transfer.Status);

        var objected = await suite.DisciplineClient.FileObjectionAsync(
            new FileObjectionRequest { CaseId = @case.CaseId, Reason = "Siaran itu kegiatan sosialisasi yang ditugaskan" },
            HearingSteps.Employee(clerk.Nip));
        Assert.Equal(CaseStatus.ObjectionPending, objected.Status);

        // The Kepala Seksi decided the warning; his direct superior, the Kepala Bidang, decides the objection.
        var notLighter = await Assert.ThrowsAsync<RpcException>(() => suite.DisciplineClient.DecideObjectionAsync(new DecideObjectionRequest
        {
            CaseId = @case.CaseId, Outcome = ObjectionOutcome.Lightened, LighterSanctionCode = "R3", Reason = "x",
        }, HearingSteps.Official(org.KepalaBidang)).ResponseAsync);
        Assert.Contains("lighter", ValidationTests.FieldViolations(notLighter)["lighter_sanction_code"]);

        var decided = await suite.DisciplineClient.DecideObjectionAsync(new DecideObjectionRequest
        {
            CaseId = @case.CaseId, Outcome = ObjectionOutcome.Annulled, Reason = "Siaran ditugaskan oleh atasan",
        }, HearingSteps.Official(org.KepalaBidang));
        Assert.Equal(SanctionStatus.Annulled, decided.Sanction.Status);
        Assert.Equal(TransferStatus.FlaggedForReview, decided.Transfer.Status);
        Assert.Equal(CaseStatus.Closed, decided.Status);
        Assert.Equal(org.KepalaBidang.Nip, decided.Objection.DecidedBy);
    }

    [Fact]
    public async Task Lightening_an_objection_replaces_the_sanction_with_a_lighter_one()
    {
        var (org, clerk, @case) = await _cases.SanctionedAsync(frontLine: false);
        Assert.Equal("R2", @case.Sanction.SanctionCode);
        await suite.DisciplineClient.FileObjectionAsync(new FileObjectionRequest { CaseId = @case.CaseId, Reason = "Terlalu berat" },
            HearingSteps.Employee(clerk.Nip));

        var decided = await suite.DisciplineClient.DecideObjectionAsync(new DecideObjectionRequest
        {
            CaseId = @case.CaseId, Outcome = ObjectionOutcome.Lightened, LighterSanctionCode = "R1", Reason = "Pelanggaran pertama",
        }, HearingSteps.Official(org.KepalaBidang));

        Assert.Equal("R1", decided.Sanction.SanctionCode);
        Assert.Equal(SanctionStatus.Final, decided.Sanction.Status);
        Assert.Equal(CaseStatus.Closed, decided.Status);
    }

    [Fact]
    public async Task Policy_in_force_is_shown_and_a_new_version_is_published_by_the_policy_admin_only()
    {
        var policy = await suite.DisciplineClient.GetPolicyAsync(new GetPolicyRequest(), SuiteHost.As(Roles.Employee));
        Assert.True(policy.InForce);
        Assert.Contains("\"rules\"", policy.Document);
        Assert.Contains("\"summonsMaxGap\"", policy.Document);

        var invalid = await Assert.ThrowsAsync<RpcException>(() => suite.DisciplineClient.PublishPolicyAsync(
            new PublishPolicyRequest { Document = "{ \"version\": \"x\" }" }, SuiteHost.As(Roles.PolicyAdmin)).ResponseAsync);
        Assert.Equal(StatusCode.InvalidArgument, invalid.StatusCode);
        var hr = await Assert.ThrowsAsync<RpcException>(() => suite.DisciplineClient.PublishPolicyAsync(
            new PublishPolicyRequest { Document = policy.Document }, SuiteHost.As(Roles.Hr)).ResponseAsync);
        Assert.Equal(StatusCode.PermissionDenied, hr.StatusCode);
        // Not any official, not even one whose token claims to be the Bupati.
        var anOfficial = await Assert.ThrowsAsync<RpcException>(() => suite.DisciplineClient.PublishPolicyAsync(
            new PublishPolicyRequest { Document = policy.Document },
            HearingSteps.Official(PersonnelFixtures.NewNip(), ("position_level", "BUPATI"))).ResponseAsync);
        Assert.Equal(StatusCode.PermissionDenied, anOfficial.StatusCode);
        var republish = await Assert.ThrowsAsync<RpcException>(() => suite.DisciplineClient.PublishPolicyAsync(
            new PublishPolicyRequest { Document = policy.Document }, SuiteHost.As(Roles.PolicyAdmin)).ResponseAsync);
        Assert.Contains(republish.StatusCode, new[] { StatusCode.AlreadyExists, StatusCode.InvalidArgument });
    }

    [Fact]
    public async Task Bad_decision_inputs_are_refused_by_field()
    {
        var anyone = HearingSteps.Official(PersonnelFixtures.NewNip());
        var badId = await Assert.ThrowsAsync<RpcException>(() => suite.DisciplineClient.DecideSanctionAsync(
            new DecideSanctionRequest { CaseId = "nope" }, anyone).ResponseAsync);
        Assert.Equal("must be a UUID", ValidationTests.FieldViolations(badId)["case_id"]);
        var unknown = await Assert.ThrowsAsync<RpcException>(() => suite.DisciplineClient.GetCaseAsync(
            new GetCaseRequest { CaseId = Guid.NewGuid().ToString() }, SuiteHost.As(Roles.Auditor)).ResponseAsync);
        Assert.Equal(StatusCode.NotFound, unknown.StatusCode);
        var unknownDecision = await Assert.ThrowsAsync<RpcException>(() => suite.DisciplineClient.DecideSanctionAsync(
            new DecideSanctionRequest { CaseId = Guid.NewGuid().ToString() }, anyone).ResponseAsync);
        Assert.Equal(StatusCode.NotFound, unknownDecision.StatusCode);
        var badTransfer = await Assert.ThrowsAsync<RpcException>(() => suite.DisciplineClient.OrderTransferAsync(new OrderTransferRequest
        {
            CaseId = Guid.NewGuid().ToString(), EffectiveDate = "01-12-2026",
        }, anyone).ResponseAsync);
        var fields = ValidationTests.FieldViolations(badTransfer);
        Assert.Equal(["decree_number", "effective_date", "ground", "reason", "to_position", "to_unit_code"], fields.Keys.Order().ToArray());
        Assert.Contains("the offence is never the ground", fields["ground"]);
        var badDecline = await Assert.ThrowsAsync<RpcException>(() => suite.DisciplineClient.DeclineTransferAsync(
            new DeclineTransferRequest { CaseId = Guid.NewGuid().ToString() }, anyone).ResponseAsync);
        Assert.Equal(["reason"], ValidationTests.FieldViolations(badDecline).Keys.ToArray());

        var (_, _, opened) = await _cases.OpenAsync(impact: Impact.Institution);
        var unknownCode = await Assert.ThrowsAsync<RpcException>(() => suite.DisciplineClient.DecideSanctionAsync(
            new DecideSanctionRequest { CaseId = opened.CaseId, SanctionCode = "X9", Reason = "x" }, anyone).ResponseAsync);
        Assert.Contains("X9", ValidationTests.FieldViolations(unknownCode)["sanction_code"]);
        var noReason = await Assert.ThrowsAsync<RpcException>(() => suite.DisciplineClient.DecideSanctionAsync(
            new DecideSanctionRequest { CaseId = opened.CaseId, SanctionCode = "S3" }, anyone).ResponseAsync);
        Assert.Contains("reason", ValidationTests.FieldViolations(noReason).Keys);
    }
}

/// <summary>
/// A suite whose clock the test moves (the objection window, the summons windows, the overdue flag), with a transfer
/// delegate and a designee of the PPK configured.
/// </summary>
public sealed class DisciplineClockHost : IAsyncLifetime
{
    /// <summary>An official the PPK delegated transfer decisions to (Discipline:TransferDelegates).</summary>
    public static readonly string TransferDelegate = PersonnelFixtures.NewNip();
    /// <summary>An official the PPK designated to form a tim pemeriksa (Discipline:PpkDesignees), e.g. the Sekda.</summary>
    public static readonly string PpkDesignee = PersonnelFixtures.NewNip();

    public FakeTimeProvider Time { get; } = new(DateTimeOffset.UtcNow);
    public SuiteHost Suite { get; }

    public DisciplineClockHost() => Suite = new SuiteHost(new SuiteOptions
    {
        Time = Time,
        Settings =
        {
            ["Discipline:TransferDelegates:0"] = TransferDelegate,
            ["Discipline:PpkDesignees:0"] = PpkDesignee,
        },
    });

    public Task InitializeAsync() => Suite.InitializeAsync();
    public Task DisposeAsync() => Suite.DisposeAsync();

    /// <summary>Moves the services' clock to <paramref name="day"/> at <paramref name="hour"/>:00 WITA.</summary>
    public void AdvanceTo(DateOnly day, int hour = 9)
    {
        var target = new DateTimeOffset(day.ToDateTime(new TimeOnly(hour, 0)), TimeSpan.FromHours(8));
        if (target > Time.GetUtcNow()) Time.Advance(target - Time.GetUtcNow());
    }
}

[CollectionDefinition(Name)]
public sealed class DisciplineClockSuite : ICollectionFixture<DisciplineClockHost>
{
    public const string Name = "discipline-clock";
}

[Collection(DisciplineClockSuite.Name)]
public sealed class ObjectionWindowTests(DisciplineClockHost host)
{
    [Fact]
    public async Task A_published_policy_version_applies_from_its_effective_date_and_open_cases_keep_theirs()
    {
        var factory = new CaseFactory(host.Suite, host.Time.GetUtcNow);
        var (_, _, before) = await factory.OpenAsync(frontLine: false);
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
        var (_, _, after) = await factory.OpenAsync(frontLine: false);

        Assert.Equal(newVersion, after.PolicyVersion);
        var reread = await host.Suite.DisciplineClient.GetCaseAsync(new GetCaseRequest { CaseId = before.CaseId }, SuiteHost.As(Roles.Auditor));
        Assert.Equal(current.Version, reread.PolicyVersion);
        Assert.True((await host.Suite.DisciplineClient.GetPolicyAsync(new GetPolicyRequest(), SuiteHost.As(Roles.Auditor))).InForce);
    }

    [Fact]
    public async Task After_the_objection_window_an_objection_is_refused_and_the_sanction_becomes_final()
    {
        var (_, clerk, @case) = await new CaseFactory(host.Suite, host.Time.GetUtcNow).SanctionedAsync(frontLine: false);
        var deadline = DateOnly.ParseExact(@case.Sanction.ObjectionDeadline, "yyyy-MM-dd");
        var received = DateOnly.ParseExact(@case.Sanction.ReceivedOn, "yyyy-MM-dd");
        Assert.True(deadline > received.AddDays(13), "14 working days from receipt are at least 14 days");

        // The day after the last day of the window, WITA.
        host.AdvanceTo(deadline.AddDays(1), hour: 8);

        var late = await Assert.ThrowsAsync<RpcException>(() => host.Suite.DisciplineClient.FileObjectionAsync(
            new FileObjectionRequest { CaseId = @case.CaseId, Reason = "Terlambat" }, HearingSteps.Employee(clerk.Nip)).ResponseAsync);
        Assert.Equal(StatusCode.FailedPrecondition, late.StatusCode);
        Assert.Contains(@case.Sanction.ObjectionDeadline, late.Status.Detail);

        Assert.True(await host.Suite.Discipline.Get<Berau.Disiplin.Discipline.Cases.SanctionFinalizer>().RunAsync(CancellationToken.None) >= 1);
        var final = await host.Suite.DisciplineClient.GetCaseAsync(new GetCaseRequest { CaseId = @case.CaseId }, SuiteHost.As(Roles.Auditor));
        Assert.Equal(SanctionStatus.Final, final.Sanction.Status);
        Assert.Equal(CaseStatus.Closed, final.Status);
    }
}
