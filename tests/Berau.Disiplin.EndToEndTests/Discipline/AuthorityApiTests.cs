using Berau.Disiplin.Contracts.Discipline.V1;
using Berau.Disiplin.Contracts.Reporting.V1;
using Berau.Disiplin.EndToEndTests.Foundation;
using Berau.Disiplin.EndToEndTests.Infrastructure;
using Berau.Disiplin.Hosting.Auth;
using Grpc.Core;
using CaseStatus = Berau.Disiplin.Contracts.Discipline.V1.CaseStatus;
using ObjectionOutcome = Berau.Disiplin.Contracts.Discipline.V1.ObjectionOutcome;
using SanctionStatus = Berau.Disiplin.Contracts.Discipline.V1.SanctionStatus;
using TransferStatus = Berau.Disiplin.Contracts.Discipline.V1.TransferStatus;

namespace Berau.Disiplin.EndToEndTests.Discipline;

/// <summary>
/// Who may decide is read from Personnel's organisation chain and the policy's authority matrix, never from the token:
/// the sanction, the objection to it and the transfer linked to the case.
/// </summary>
[Collection(SuiteCollection.Name)]
public sealed class AuthorityApiTests(SuiteHost suite)
{
    private readonly CaseFactory _cases = new(suite);
    private HearingSteps Steps => _cases.Steps;
    private DisciplineService.DisciplineServiceClient Discipline => suite.DisciplineClient;

    [Fact]
    public async Task An_official_outside_the_employees_line_is_refused_whatever_his_level_and_the_refusal_names_who_may()
    {
        var (org, _, opened) = await _cases.OpenAsync(frontLine: false, facts: []);
        var heard = await Steps.HearAsync(opened);
        // The Kepala Seksi of another office: a Pengawas, but not in this clerk's line.
        var other = await Steps.OrganisationAsync();

        var refused = await Assert.ThrowsAsync<RpcException>(() => Steps.DecideAsync(heard, other.KepalaSeksi.Nip));

        Assert.Equal(StatusCode.PermissionDenied, refused.StatusCode);
        Assert.Contains($"NIP {other.KepalaSeksi.Nip} is not in the line of superiors of {heard.SubjectNip}", refused.Status.Detail);
        Assert.Contains($"Who may (PP 94/2021, the authority matrix of policy {heard.PolicyVersion}): {org.KepalaSeksi.Name} (NIP {org.KepalaSeksi.Nip}",
            refused.Status.Detail);
    }

    [Fact]
    public async Task An_official_of_the_line_without_the_authority_for_the_level_is_refused()
    {
        var (org, _, opened) = await _cases.OpenAsync(frontLine: false, facts: []);
        var heard = await Steps.HearAsync(opened);
        Assert.Equal("R1", heard.Proposal.SanctionCode);

        // Ringan for a pelaksana is the Pengawas's: the Kepala Dinas is in the line, but three levels up.
        var kadis = await Assert.ThrowsAsync<RpcException>(() => Steps.DecideAsync(heard, org.KepalaDinas.Nip));
        Assert.Equal(StatusCode.PermissionDenied, kadis.StatusCode);
        Assert.Contains("is in the employee's line but not entitled to impose hukuman disiplin ringan on a Pelaksana", kadis.Status.Detail);
        // The Kepala Seksi may not impose sedang on his own.
        var sedang = await Assert.ThrowsAsync<RpcException>(() => Steps.DecideAsync(heard, org.KepalaSeksi.Nip, "S1", "Dampak meluas"));
        Assert.Equal(StatusCode.PermissionDenied, sedang.StatusCode);
        Assert.Contains(org.KepalaBidang.Nip, sedang.Status.Detail);
    }

    [Fact]
    public async Task A_token_claiming_position_level_BUPATI_with_a_clerks_NIP_is_refused()
    {
        var (org, clerk, opened) = await _cases.OpenAsync(frontLine: false, facts: []);
        var heard = await Steps.HearAsync(opened);
        var colleague = await Steps.ClerkAsync(org, name: "Rekan Kerja");

        foreach (var (nip, level) in new[] { (colleague.Nip, "BUPATI"), (colleague.Nip, "10"), (clerk.Nip, "BUPATI"), (colleague.Nip, "PENGAWAS") })
        {
            var refused = await Assert.ThrowsAsync<RpcException>(() => Discipline.DecideSanctionAsync(
                new DecideSanctionRequest { CaseId = heard.CaseId }, HearingSteps.Official(nip, ("position_level", level))).ResponseAsync);
            Assert.Equal(StatusCode.PermissionDenied, refused.StatusCode);
            Assert.Contains($"NIP {nip} is not in the line of superiors", refused.Status.Detail);
        }
        Assert.Null((await Discipline.GetCaseAsync(new GetCaseRequest { CaseId = heard.CaseId }, SuiteHost.As(Roles.Auditor))).Sanction);
    }

    [Fact]
    public async Task An_objection_is_decided_by_the_deciding_officials_direct_superior_never_by_him_or_a_peer()
    {
        var (org, clerk, opened) = await _cases.OpenAsync(impact: Impact.Institution);
        var decided = await Steps.DecideAsync(await Steps.HearAsync(opened, FindingImpact.Instansi), org.KepalaBidang.Nip);
        await Steps.DeliverAsync(decided);
        await Discipline.FileObjectionAsync(new FileObjectionRequest { CaseId = decided.CaseId, Reason = "Dampak tidak sampai instansi" },
            HearingSteps.Employee(clerk.Nip));
        var peerOrg = await Steps.OrganisationAsync();
        DecideObjectionRequest Upheld() => new() { CaseId = decided.CaseId, Outcome = ObjectionOutcome.Upheld, Reason = "Tetap" };

        var himself = await Assert.ThrowsAsync<RpcException>(() =>
            Discipline.DecideObjectionAsync(Upheld(), HearingSteps.Official(org.KepalaBidang)).ResponseAsync);
        Assert.Equal(StatusCode.PermissionDenied, himself.StatusCode);
        Assert.Contains($"may not decide the objection to it. Who may: his direct superior, {org.KepalaDinas.Name} (NIP {org.KepalaDinas.Nip}",
            himself.Status.Detail);
        var peer = await Assert.ThrowsAsync<RpcException>(() =>
            Discipline.DecideObjectionAsync(Upheld(), HearingSteps.Official(peerOrg.KepalaBidang.Nip, ("position_level", "BUPATI"))).ResponseAsync);
        Assert.Equal(StatusCode.PermissionDenied, peer.StatusCode);
        var above = await Assert.ThrowsAsync<RpcException>(() =>
            Discipline.DecideObjectionAsync(Upheld(), HearingSteps.Official(org.Bupati)).ResponseAsync);
        Assert.Equal(StatusCode.PermissionDenied, above.StatusCode);

        var upheld = await Discipline.DecideObjectionAsync(Upheld(), HearingSteps.Official(org.KepalaDinas));
        Assert.Equal((SanctionStatus.Final, org.KepalaDinas.Nip), (upheld.Sanction.Status, upheld.Objection.DecidedBy));
    }

    [Fact]
    public async Task A_transfer_is_decided_by_the_PPK_of_the_line_with_an_organisational_ground_and_the_offence_is_not_its_reason()
    {
        await using var amqp = await RawAmqp.ConnectAsync(suite.VirtualHost);
        var requested = await amqp.SubscribeAsync("disiplin.discipline.transfer-requested.v1");
        var (org, _, @case) = await _cases.SanctionedAsync(facts:
        [
            AggravatingFact.InUniform, AggravatingFact.LiveBroadcast, AggravatingFact.DuringServiceHoursAtFrontLineCounter,
        ]);
        Assert.Equal(TransferStatus.Recommended, @case.Transfer.Status);
        var tumbit = await new PersonnelFixtures(suite).UnitAsync(frontLine: false, prefix: "TUMBIT");
        ApproveTransferRequest Approval(TransferGround ground = TransferGround.OrganisationalNeed) => new()
        {
            CaseId = @case.CaseId, ToUnitCode = tumbit.Code, ToPosition = "Staf PEK Kampung Tumbit", DecreeNumber = "821.2/045/BKPSDM/2026",
            EffectiveDate = "2026-12-01", Ground = ground, Reason = "Penguatan pelayanan administrasi kampung",
        };

        var kadis = await Assert.ThrowsAsync<RpcException>(() =>
            Discipline.ApproveTransferAsync(Approval(), HearingSteps.Official(org.KepalaDinas.Nip, ("position_level", "BUPATI"))).ResponseAsync);
        Assert.Equal(StatusCode.PermissionDenied, kadis.StatusCode);
        Assert.Contains($"decided by the PPK, Bupati Berau (NIP {org.Bupati.Nip}", kadis.Status.Detail);
        var otherBupati = await Steps.OrganisationAsync();
        Assert.Equal(StatusCode.PermissionDenied, (await Assert.ThrowsAsync<RpcException>(() =>
            Discipline.ApproveTransferAsync(Approval(), HearingSteps.Official(otherBupati.Bupati)).ResponseAsync)).StatusCode);
        var noGround = await Assert.ThrowsAsync<RpcException>(() =>
            Discipline.ApproveTransferAsync(Approval(TransferGround.Unspecified), HearingSteps.Official(org.Bupati)).ResponseAsync);
        Assert.Contains("the offence is never the ground of a mutasi", ValidationTests.FieldViolations(noGround)["ground"]);

        var approved = await Discipline.ApproveTransferAsync(Approval(), HearingSteps.Official(org.Bupati));

        Assert.Equal((TransferStatus.Requested, TransferGround.OrganisationalNeed, org.Bupati.Nip),
            (approved.Transfer.Status, approved.Transfer.Ground, approved.Transfer.OrderedBy));
        var message = (await Eventually.Get(() => Task.FromResult(requested.Where(m => m["caseId"]?.GetValue<string>() == @case.CaseId).FirstOrDefault()),
            "TransferRequested"))["message"]!;
        Assert.Equal("Kebutuhan organisasi: Penguatan pelayanan administrasi kampung", message["reason"]!.GetValue<string>());
        Assert.DoesNotContain(@case.Proposal.TransferReason, message["reason"]!.GetValue<string>());
    }

    [Fact]
    public async Task The_PPK_declines_a_recommended_transfer_and_the_accepted_case_closes()
    {
        var (org, clerk, @case) = await _cases.SanctionedAsync(facts:
        [
            AggravatingFact.InUniform, AggravatingFact.LiveBroadcast, AggravatingFact.DuringServiceHoursAtFrontLineCounter,
        ]);
        await Discipline.AcceptSanctionAsync(new AcceptSanctionRequest { CaseId = @case.CaseId }, HearingSteps.Employee(clerk.Nip));
        var kasi = await Assert.ThrowsAsync<RpcException>(() => Discipline.DeclineTransferAsync(
            new DeclineTransferRequest { CaseId = @case.CaseId, Reason = "Formasi loket" }, HearingSteps.Official(org.KepalaSeksi)).ResponseAsync);
        Assert.Equal(StatusCode.PermissionDenied, kasi.StatusCode);

        var declined = await Discipline.DeclineTransferAsync(
            new DeclineTransferRequest { CaseId = @case.CaseId, Reason = "Formasi loket tidak memungkinkan" }, HearingSteps.Official(org.Bupati));

        Assert.Equal((TransferStatus.None, CaseStatus.Closed), (declined.Transfer.Status, declined.Status));
        Assert.Contains(declined.Timeline, t => t.Action == "TransferDeclined");
    }
}
