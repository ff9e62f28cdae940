using System.Globalization;
using Berau.Disiplin.Contracts.Personnel.V1;
using Berau.Disiplin.Hosting.Auth;
using Berau.Disiplin.Personnel.Persistence;
using Berau.Disiplin.Personnel.Seed;
using Berau.Disiplin.EndToEndTests.Foundation;
using Berau.Disiplin.EndToEndTests.Infrastructure;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ProtoUnit = Berau.Disiplin.Contracts.Personnel.V1.Unit;

namespace Berau.Disiplin.EndToEndTests.Personnel;

/// <summary>The organisation as data: who heads which unit (SetUnitHead) and so who is whose superior (GetSuperiors).</summary>
[Collection(SuiteCollection.Name)]
public sealed class OrganisationApiTests(SuiteHost suite)
{
    private const string UnitHeadChangedExchange = "disiplin.personnel.unit-head-changed.v1";
    private PersonnelService.PersonnelServiceClient Client => suite.PersonnelClient;

    /// <summary>A regency of its own for each test: root (the Bupati) → dinas → bidang → seksi, each headed, and a clerk.</summary>
    private sealed record Org(ProtoUnit Root, ProtoUnit Dinas, ProtoUnit Bidang, ProtoUnit Seksi,
        Employee Bupati, Employee Kadis, Employee Kabid, Employee Kasi, Employee Clerk);

    private async Task<Org> OrgAsync()
    {
        var root = await PersonnelTestData.NewUnitAsync(suite, name: "Pemerintah Kabupaten Uji");
        var dinas = await PersonnelTestData.NewUnitAsync(suite, root.Code, name: "Dinas Kependudukan Uji");
        var bidang = await PersonnelTestData.NewUnitAsync(suite, dinas.Code, name: "Bidang Dafduk Uji");
        var seksi = await PersonnelTestData.NewUnitAsync(suite, bidang.Code, frontLine: true, name: "Seksi Pelayanan Uji");
        var bupati = await BupatiAsync(root.Code);
        var kadis = await RegisterAsync(dinas.Code, "Budi Hartono", "Kepala Dinas", PositionLevel.JptPratama);
        var kabid = await RegisterAsync(bidang.Code, "Hendra Gunawan", "Kepala Bidang", PositionLevel.Administrator);
        var kasi = await RegisterAsync(seksi.Code, "Andi Saputra", "Kepala Seksi", PositionLevel.Pengawas);
        var clerk = await RegisterAsync(seksi.Code, "Rina Wulandari", "Pengadministrasi", PositionLevel.Pelaksana);
        await HeadAsync(root.Code, bupati.Nip);
        await HeadAsync(dinas.Code, kadis.Nip);
        await HeadAsync(bidang.Code, kabid.Nip);
        await HeadAsync(seksi.Code, kasi.Nip);
        return new Org(root, dinas, bidang, seksi, bupati, kadis, kabid, kasi, clerk);
    }

    private async Task<Employee> RegisterAsync(string unitCode, string name, string position, PositionLevel level,
        EmploymentType type = EmploymentType.Pns, string? nip = null) =>
        await Client.RegisterEmployeeAsync(new RegisterEmployeeRequest
        {
            Nip = nip ?? PersonnelTestData.PnsNip(), Name = name, EmploymentType = type, UnitCode = unitCode,
            Position = position, PositionLevel = level,
        }, SuiteHost.As(Roles.Hr));

    private Task<Employee> BupatiAsync(string rootCode) => RegisterAsync(rootCode, "Bupati Uji", "Bupati",
        PositionLevel.Bupati, EmploymentType.Official, $"BUPATI-{Guid.NewGuid():N}"[..20].ToUpperInvariant());

    private async Task<ProtoUnit> HeadAsync(string unitCode, string nip, bool designated = false, string decree = "") =>
        await Client.SetUnitHeadAsync(new SetUnitHeadRequest
        {
            UnitCode = unitCode, HeadNip = nip, Designated = designated, DesignationDecree = decree,
        }, SuiteHost.As(Roles.Hr));

    private async Task<SuperiorChain> SuperiorsAsync(string nip, CallOptions? options = null) =>
        await Client.GetSuperiorsAsync(new GetSuperiorsRequest { Nip = nip }, options ?? SuiteHost.As(Roles.Service));

    private static List<(int Step, string Nip, string UnitCode, PositionLevel Level)> Steps(SuperiorChain chain) =>
        chain.Superiors.Select(s => (s.Step, s.Nip, s.UnitCode, s.PositionLevel)).ToList();

    private static async Task<RpcException> RefusedAsync<T>(Func<AsyncUnaryCall<T>> call) =>
        await Assert.ThrowsAsync<RpcException>(() => call().ResponseAsync);

    // ----- GetSuperiors -----

    [Fact]
    public async Task A_clerks_superiors_run_from_her_Kepala_Seksi_up_to_the_Bupati_and_reach_the_PPK()
    {
        var org = await OrgAsync();

        var chain = await SuperiorsAsync(org.Clerk.Nip);

        Assert.Equal((org.Clerk.Nip, "Rina Wulandari", PositionLevel.Pelaksana, EmploymentType.Pns),
            (chain.Nip, chain.Name, chain.PositionLevel, chain.EmploymentType));
        Assert.Equal(
        [
            (1, org.Kasi.Nip, org.Seksi.Code, PositionLevel.Pengawas),
            (2, org.Kabid.Nip, org.Bidang.Code, PositionLevel.Administrator),
            (3, org.Kadis.Nip, org.Dinas.Code, PositionLevel.JptPratama),
            (4, org.Bupati.Nip, org.Root.Code, PositionLevel.Bupati),
        ], Steps(chain));
        Assert.True(chain.ReachesPpk);
        var atasan = chain.Superiors[0];
        Assert.Equal(("Andi Saputra", "Kepala Seksi", "Seksi Pelayanan Uji", false),
            (atasan.Name, atasan.Position, atasan.UnitName, atasan.Designated));
    }

    [Fact]
    public async Task An_empty_post_is_skipped_so_the_next_higher_official_is_the_atasan()
    {
        var org = await OrgAsync();
        var vacated = await HeadAsync(org.Seksi.Code, "");
        Assert.Null(vacated.Head);

        var chain = await SuperiorsAsync(org.Clerk.Nip);

        Assert.Equal([(1, org.Kabid.Nip), (2, org.Kadis.Nip), (3, org.Bupati.Nip)], chain.Superiors.Select(s => (s.Step, s.Nip)));
        Assert.True(chain.ReachesPpk);
    }

    [Fact]
    public async Task An_employee_who_heads_his_unit_has_the_head_of_the_unit_above_as_atasan()
    {
        var org = await OrgAsync();

        var kasi = await SuperiorsAsync(org.Kasi.Nip);
        var kadis = await SuperiorsAsync(org.Kadis.Nip);

        Assert.Equal([org.Kabid.Nip, org.Kadis.Nip, org.Bupati.Nip], kasi.Superiors.Select(s => s.Nip));
        Assert.Equal([org.Bupati.Nip], kadis.Superiors.Select(s => s.Nip));
        Assert.True(kadis.ReachesPpk);
    }

    [Fact]
    public async Task The_Bupati_has_no_superior_in_the_regency_and_a_tree_without_him_does_not_reach_the_PPK()
    {
        var org = await OrgAsync();

        var bupati = await SuperiorsAsync(org.Bupati.Nip);
        Assert.Equal((EmploymentType.Official, PositionLevel.Bupati), (bupati.EmploymentType, bupati.PositionLevel));
        Assert.Empty(bupati.Superiors);
        Assert.False(bupati.ReachesPpk);

        await HeadAsync(org.Root.Code, "");
        var clerk = await SuperiorsAsync(org.Clerk.Nip);
        Assert.Equal([org.Kasi.Nip, org.Kabid.Nip, org.Kadis.Nip], clerk.Superiors.Select(s => s.Nip));
        Assert.False(clerk.ReachesPpk);
    }

    [Fact]
    public async Task A_designated_JF_leads_a_unit_without_a_structural_head_and_is_the_atasan()
    {
        var org = await OrgAsync();
        var jf = await RegisterAsync(org.Seksi.Code, "Dewi Lestari", "Analis Kependudukan Ahli Muda", PositionLevel.Fungsional);

        var seksi = await HeadAsync(org.Seksi.Code, jf.Nip, designated: true, decree: " 800.1.3.3/012/BKPSDM/2026 ");

        Assert.Equal((jf.Nip, "Dewi Lestari", PositionLevel.Fungsional, true, "800.1.3.3/012/BKPSDM/2026"),
            (seksi.Head.Nip, seksi.Head.Name, seksi.Head.PositionLevel, seksi.Head.Designated, seksi.Head.DesignationDecree));
        var chain = await SuperiorsAsync(org.Clerk.Nip);
        Assert.Equal((1, jf.Nip, PositionLevel.Fungsional, true),
            (chain.Superiors[0].Step, chain.Superiors[0].Nip, chain.Superiors[0].PositionLevel, chain.Superiors[0].Designated));
        Assert.Equal(org.Kabid.Nip, chain.Superiors[1].Nip);
    }

    [Fact]
    public async Task One_person_heading_two_units_of_the_line_counts_once_at_the_nearer()
    {
        var org = await OrgAsync();
        // The Kepala Dinas also leads the bidang while it has no Kepala Bidang of its own.
        await HeadAsync(org.Bidang.Code, org.Kadis.Nip);

        var chain = await SuperiorsAsync(org.Clerk.Nip);

        Assert.Equal([(1, org.Kasi.Nip, org.Seksi.Code, PositionLevel.Pengawas), (2, org.Kadis.Nip, org.Bidang.Code, PositionLevel.JptPratama),
            (3, org.Bupati.Nip, org.Root.Code, PositionLevel.Bupati)], Steps(chain));
    }

    [Fact]
    public async Task A_head_who_is_transferred_or_made_inactive_leaves_the_post_empty_and_the_next_official_acts()
    {
        var org = await OrgAsync();
        var elsewhere = await PersonnelTestData.NewUnitAsync(suite, org.Root.Code);

        await Client.TransferEmployeeAsync(new TransferEmployeeRequest
        {
            Nip = org.Kasi.Nip, ToUnitCode = elsewhere.Code, DecreeNumber = "821.2/101/BKPSDM/2026",
            EffectiveDate = DateOnly.FromDateTime(DateTime.UtcNow).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            Reason = "Rotasi jabatan",
        }, SuiteHost.As(Roles.Hr));
        Assert.Null((await Client.GetUnitAsync(new GetUnitRequest { Code = org.Seksi.Code }, SuiteHost.As(Roles.Hr))).Head);
        Assert.Equal(org.Kabid.Nip, (await SuperiorsAsync(org.Clerk.Nip)).Superiors[0].Nip);

        await Client.UpdateEmployeeAsync(new UpdateEmployeeRequest { Nip = org.Kabid.Nip, Status = EmployeeStatus.Inactive },
            SuiteHost.As(Roles.Hr));
        Assert.Null((await Client.GetUnitAsync(new GetUnitRequest { Code = org.Bidang.Code }, SuiteHost.As(Roles.Hr))).Head);
        Assert.Equal(org.Kadis.Nip, (await SuperiorsAsync(org.Clerk.Nip)).Superiors[0].Nip);

        // A level the post cannot carry (released to an implementing post) vacates it too; a level it can keeps it.
        await Client.UpdateEmployeeAsync(new UpdateEmployeeRequest { Nip = org.Kadis.Nip, PositionLevel = PositionLevel.Administrator },
            SuiteHost.As(Roles.Hr));
        Assert.Equal(org.Kadis.Nip, (await Client.GetUnitAsync(new GetUnitRequest { Code = org.Dinas.Code }, SuiteHost.As(Roles.Hr))).Head.Nip);
        await Client.UpdateEmployeeAsync(new UpdateEmployeeRequest { Nip = org.Kadis.Nip, PositionLevel = PositionLevel.Pelaksana },
            SuiteHost.As(Roles.Hr));
        Assert.Null((await Client.GetUnitAsync(new GetUnitRequest { Code = org.Dinas.Code }, SuiteHost.As(Roles.Hr))).Head);
        Assert.Equal([org.Bupati.Nip], (await SuperiorsAsync(org.Clerk.Nip)).Superiors.Select(s => s.Nip));
    }

    [Fact]
    public async Task An_employee_may_ask_for_their_own_superiors_only_and_other_roles_as_the_proto_says()
    {
        var org = await OrgAsync();
        var asClerk = SuiteHost.AsUser("rina", [Roles.Employee], new Dictionary<string, string> { ["nip"] = org.Clerk.Nip });

        var own = await SuperiorsAsync(org.Clerk.Nip[..8] + " " + org.Clerk.Nip[8..], asClerk);
        Assert.Equal(org.Kasi.Nip, own.Superiors[0].Nip);

        var other = await RefusedAsync(() => Client.GetSuperiorsAsync(new GetSuperiorsRequest { Nip = org.Kasi.Nip }, asClerk));
        Assert.Equal(StatusCode.PermissionDenied, other.StatusCode);
        // Refused before looking: an employee cannot probe which NIPs exist.
        var unknownOther = await RefusedAsync(() => Client.GetSuperiorsAsync(
            new GetSuperiorsRequest { Nip = PersonnelTestData.PnsNip() }, asClerk));
        Assert.Equal(StatusCode.PermissionDenied, unknownOther.StatusCode);
        var noClaim = await RefusedAsync(() => Client.GetSuperiorsAsync(new GetSuperiorsRequest { Nip = org.Clerk.Nip },
            SuiteHost.As(Roles.Employee)));
        Assert.Equal(StatusCode.PermissionDenied, noClaim.StatusCode);
        var reporter = await RefusedAsync(() => Client.GetSuperiorsAsync(new GetSuperiorsRequest { Nip = org.Clerk.Nip },
            SuiteHost.As(Roles.Reporter)));
        Assert.Equal(StatusCode.PermissionDenied, reporter.StatusCode);

        foreach (var role in new[] { Roles.Hr, Roles.Verifier, Roles.Official, Roles.Auditor, Roles.Service })
            Assert.Equal(4, (await SuperiorsAsync(org.Clerk.Nip, SuiteHost.As(role))).Superiors.Count);
    }

    [Fact]
    public async Task GetSuperiors_refuses_a_missing_or_malformed_nip_and_an_unknown_one_is_not_found()
    {
        var empty = await RefusedAsync(() => Client.GetSuperiorsAsync(new GetSuperiorsRequest { Nip = " " }, SuiteHost.As(Roles.Service)));
        Assert.Equal("is required", ValidationTests.FieldViolations(empty)["nip"]);
        var tooLong = await RefusedAsync(() => Client.GetSuperiorsAsync(
            new GetSuperiorsRequest { Nip = new string('1', 31) }, SuiteHost.As(Roles.Service)));
        Assert.Contains("at most 30", ValidationTests.FieldViolations(tooLong)["nip"]);
        var unknown = await RefusedAsync(() => Client.GetSuperiorsAsync(
            new GetSuperiorsRequest { Nip = PersonnelTestData.PnsNip() }, SuiteHost.As(Roles.Service)));
        Assert.Equal(StatusCode.NotFound, unknown.StatusCode);
    }

    // ----- The seeded organisation (Seed/DemoCast.cs) -----

    private async Task SeedAsync()
    {
        await using var scope = suite.Personnel.App.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DemoSeeder>().SeedAsync(CancellationToken.None);
    }

    [Fact]
    public async Task The_seeded_clerks_chain_is_Kepala_Seksi_Kepala_Bidang_Kepala_Dinas_Bupati_and_reaches_the_PPK()
    {
        await SeedAsync();
        // The clerk as seeded; once a journey in this suite has moved her away, the PPPK at the same counter stands in.
        var clerk = await Client.GetEmployeeAsync(new GetEmployeeRequest { Nip = DemoCast.CounterClerk }, SuiteHost.As(Roles.Hr));
        var subject = clerk.UnitCode == DemoCast.DisdukcapilCounters ? DemoCast.CounterClerk : DemoCast.CounterPppk;

        var chain = await SuperiorsAsync(subject);

        Assert.Equal(
        [
            (1, DemoCast.KepalaSeksi, DemoCast.DisdukcapilCounters, PositionLevel.Pengawas),
            (2, DemoCast.KepalaBidang, DemoCast.DisdukcapilDafduk, PositionLevel.Administrator),
            (3, DemoCast.KepalaDinas, DemoCast.Disdukcapil, PositionLevel.JptPratama),
            (4, DemoCast.Bupati, DemoCast.PemkabBerau, PositionLevel.Bupati),
        ], Steps(chain));
        Assert.True(chain.ReachesPpk);
        Assert.Equal(("Bupati Berau", "Pemerintah Kabupaten Berau"), (chain.Superiors[3].Name, chain.Superiors[3].UnitName));
    }

    [Fact]
    public async Task The_seeded_regency_has_one_root_headed_by_the_Bupati_and_each_OPD_its_head()
    {
        await SeedAsync();
        var hr = SuiteHost.As(Roles.Hr);

        var root = await Client.GetUnitAsync(new GetUnitRequest { Code = DemoCast.PemkabBerau }, hr);
        Assert.Equal(("", DemoCast.Bupati, PositionLevel.Bupati), (root.ParentCode, root.Head.Nip, root.Head.PositionLevel));
        var opds = await Client.ListUnitsAsync(new ListUnitsRequest { ParentCode = DemoCast.PemkabBerau, PageSize = 500 }, hr);
        Assert.Equal(
            [(DemoCast.Bkpsdm, DemoCast.KepalaBkpsdm), (DemoCast.Disdukcapil, DemoCast.KepalaDinas), (DemoCast.Inspektorat, DemoCast.Inspektur),
                (DemoCast.KampungTumbit, ""), (DemoCast.Setda, DemoCast.Sekda)],
            opds.Units.Where(u => DemoCast.Units.Any(c => c.Code == u.Code)).Select(u => (u.Code, u.Head?.Nip ?? "")));
        var bupati = await Client.GetEmployeeAsync(new GetEmployeeRequest { Nip = DemoCast.Bupati }, hr);
        Assert.Equal((EmploymentType.Official, PositionLevel.Bupati), (bupati.EmploymentType, bupati.PositionLevel));

        // The tim pemeriksa members of the demo answer to their own heads, and through them to the Bupati.
        Assert.Equal([DemoCast.Inspektur, DemoCast.Bupati], (await SuperiorsAsync(DemoCast.InspektoratAuditor)).Superiors.Select(s => s.Nip));
        Assert.Equal([DemoCast.KepalaBkpsdm, DemoCast.Bupati], (await SuperiorsAsync(DemoCast.BkpsdmAnalyst)).Superiors.Select(s => s.Nip));
        Assert.Equal([DemoCast.Bupati], (await SuperiorsAsync(DemoCast.Sekda)).Superiors.Select(s => s.Nip));
    }

    // ----- SetUnitHead -----

    [Fact]
    public async Task Every_unit_answer_carries_its_head()
    {
        var org = await OrgAsync();

        var got = await Client.GetUnitAsync(new GetUnitRequest { Code = org.Bidang.Code }, SuiteHost.As(Roles.Auditor));
        Assert.Equal((org.Kabid.Nip, "Hendra Gunawan", "Kepala Bidang", PositionLevel.Administrator, false, ""),
            (got.Head.Nip, got.Head.Name, got.Head.Position, got.Head.PositionLevel, got.Head.Designated, got.Head.DesignationDecree));

        var listed = await Client.ListUnitsAsync(new ListUnitsRequest { ParentCode = org.Dinas.Code }, SuiteHost.As(Roles.Auditor));
        Assert.Equal(got, Assert.Single(listed.Units));
        var top = await Client.GetUnitAsync(new GetUnitRequest { Code = org.Root.Code }, SuiteHost.As(Roles.Auditor));
        Assert.Equal((org.Bupati.Nip, PositionLevel.Bupati), (top.Head.Nip, top.Head.PositionLevel));

        var renamed = await Client.UpdateUnitAsync(new UpdateUnitRequest
        {
            Code = org.Bidang.Code, Name = "Bidang Pelayanan Pendaftaran Penduduk", ParentCode = org.Dinas.Code,
        }, SuiteHost.As(Roles.Hr));
        Assert.Equal(org.Kabid.Nip, renamed.Head.Nip);
        var created = await Client.CreateUnitAsync(new CreateUnitRequest { Code = PersonnelTestData.UnitCode(), Name = "Baru" },
            SuiteHost.As(Roles.Hr));
        Assert.Null(created.Head);
    }

    [Fact]
    public async Task UnitHeadChanged_is_published_once_per_change_and_not_for_the_same_head_again()
    {
        await using var amqp = await RawAmqp.ConnectAsync(suite.VirtualHost);
        var changes = await amqp.SubscribeAsync(UnitHeadChangedExchange);
        var unit = await PersonnelTestData.NewUnitAsync(suite);
        var first = await RegisterAsync(unit.Code, "Andi Saputra", "Kepala Seksi", PositionLevel.Pengawas);
        var second = await RegisterAsync(unit.Code, "Bayu Nugroho", "Kepala Seksi", PositionLevel.Pengawas);

        await HeadAsync(unit.Code, first.Nip);
        await HeadAsync(unit.Code, first.Nip);           // no change
        await HeadAsync(unit.Code, second.Nip);
        await HeadAsync(unit.Code, "");
        await HeadAsync(unit.Code, "");                  // no change

        await using var scope = suite.Personnel.App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PersonnelDbContext>();
        Assert.Equal(3, await db.OutboxMessages.AsNoTracking().CountAsync(m => m.Destination == UnitHeadChangedExchange
            && EF.Functions.JsonContains(m.Payload, $"{{\"unitCode\":\"{unit.Code}\"}}")));

        var messages = (await Eventually.Get(async () =>
        {
            var ours = changes.Where(m => m["unitCode"]!.GetValue<string>() == unit.Code).ToList();
            return ours.Count >= 3 ? ours : null;
        }, "three UnitHeadChanged on the wire")).Select(m => m["message"]!).OrderBy(m => m["occurredAt"]!.GetValue<DateTimeOffset>()).ToList();
        Assert.Equal(3, messages.Count);
        (string? Subject, string? Head, string? Previous, string? Level) Fields(int i) => (
            messages[i]["subjectNip"]?.GetValue<string>(), messages[i]["headNip"]?.GetValue<string>(),
            messages[i]["previousHeadNip"]?.GetValue<string>(), messages[i]["positionLevel"]?.GetValue<string>());
        Assert.Equal((first.Nip, first.Nip, null, "Pengawas"), Fields(0));
        Assert.Equal((second.Nip, second.Nip, first.Nip, "Pengawas"), Fields(1));
        Assert.Equal((second.Nip, null, second.Nip, null), Fields(2));
        Assert.All(messages, m => Assert.False(m["designated"]!.GetValue<bool>()));
    }

    [Fact]
    public async Task SetUnitHead_refuses_a_head_who_cannot_hold_the_post_naming_the_field_and_the_reason()
    {
        var org = await OrgAsync();
        var pelaksana = org.Clerk;
        var jf = await RegisterAsync(org.Seksi.Code, "Dewi Lestari", "Analis Ahli Muda", PositionLevel.Fungsional);
        var contract = await RegisterAsync(org.Seksi.Code, "Muhammad Rizky", "Tenaga Administrasi", PositionLevel.Unspecified,
            EmploymentType.Contract, PersonnelTestData.ContractNumber());
        var inactive = await RegisterAsync(org.Seksi.Code, "Pensiunan", "Kepala Seksi", PositionLevel.Pengawas);
        await Client.UpdateEmployeeAsync(new UpdateEmployeeRequest { Nip = inactive.Nip, Status = EmployeeStatus.Inactive },
            SuiteHost.As(Roles.Hr));

        async Task<IReadOnlyDictionary<string, string>> Refusal(string unitCode, string nip, bool designated = false, string decree = "") =>
            ValidationTests.FieldViolations(await RefusedAsync(() => Client.SetUnitHeadAsync(new SetUnitHeadRequest
            {
                UnitCode = unitCode, HeadNip = nip, Designated = designated, DesignationDecree = decree,
            }, SuiteHost.As(Roles.Hr))));

        Assert.Contains("JPT_PRATAMA, ADMINISTRATOR or PENGAWAS", (await Refusal(org.Seksi.Code, pelaksana.Nip))["head_nip"]);
        Assert.Contains("only when designated", (await Refusal(org.Seksi.Code, jf.Nip))["head_nip"]);
        Assert.Equal("is required when the head is designated (the SK PPK)",
            (await Refusal(org.Seksi.Code, jf.Nip, designated: true))["designation_decree"]);
        Assert.Contains("only a JF (FUNGSIONAL) is designated", (await Refusal(org.Seksi.Code, org.Kasi.Nip, true, "SK/1"))["head_nip"]);
        Assert.Contains("only for a designated head", (await Refusal(org.Seksi.Code, org.Kasi.Nip, decree: "SK/1"))["designation_decree"]);
        Assert.Contains("contract staff", (await Refusal(org.Seksi.Code, contract.Nip))["head_nip"]);
        Assert.Contains("is inactive", (await Refusal(org.Seksi.Code, inactive.Nip))["head_nip"]);
        Assert.Contains("heads only a root unit", (await Refusal(org.Dinas.Code, org.Bupati.Nip))["head_nip"]);
        Assert.Contains("does not exist", (await Refusal(org.Seksi.Code, PersonnelTestData.PnsNip()))["head_nip"]);
        var vacating = await Refusal(org.Seksi.Code, "", designated: true, decree: "SK/1");
        Assert.Contains("vacated", vacating["designated"]);
        Assert.Contains("vacated", vacating["designation_decree"]);
        Assert.Contains("at most 100", (await Refusal(org.Seksi.Code, jf.Nip, true, new string('S', 101)))["designation_decree"]);
        var malformed = await Refusal("BAD CODE!", new string('1', 31));
        Assert.Contains("letters, digits", malformed["unit_code"]);
        Assert.Contains("at most 30", malformed["head_nip"]);
        Assert.Equal("is required", (await Refusal("", org.Kasi.Nip))["unit_code"]);

        var unknownUnit = await RefusedAsync(() => Client.SetUnitHeadAsync(
            new SetUnitHeadRequest { UnitCode = PersonnelTestData.UnitCode(), HeadNip = org.Kasi.Nip }, SuiteHost.As(Roles.Hr)));
        Assert.Equal(StatusCode.NotFound, unknownUnit.StatusCode);
        foreach (var role in new[] { Roles.Verifier, Roles.Official, Roles.Service })
        {
            var denied = await RefusedAsync(() => Client.SetUnitHeadAsync(
                new SetUnitHeadRequest { UnitCode = org.Seksi.Code, HeadNip = org.Kabid.Nip }, SuiteHost.As(role)));
            Assert.Equal(StatusCode.PermissionDenied, denied.StatusCode);
        }

        // Nothing of the above changed the post.
        Assert.Equal(org.Kasi.Nip, (await Client.GetUnitAsync(new GetUnitRequest { Code = org.Seksi.Code }, SuiteHost.As(Roles.Hr))).Head.Nip);
    }

    // ----- The Bupati -----

    [Fact]
    public async Task The_Bupati_is_an_official_of_level_BUPATI_heading_a_root_unit_and_never_a_transfer_subject()
    {
        var org = await OrgAsync();

        var bupati = await Client.GetEmployeeAsync(new GetEmployeeRequest { Nip = org.Bupati.Nip.ToLowerInvariant() }, SuiteHost.As(Roles.Service));
        Assert.Equal((EmploymentType.Official, PositionLevel.Bupati, org.Root.Code), (bupati.EmploymentType, bupati.PositionLevel, bupati.UnitCode));

        var transfer = await RefusedAsync(() => Client.TransferEmployeeAsync(new TransferEmployeeRequest
        {
            Nip = org.Bupati.Nip, ToUnitCode = org.Dinas.Code, DecreeNumber = "821.2/1/2026",
            EffectiveDate = DateOnly.FromDateTime(DateTime.UtcNow).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), Reason = "Uji",
        }, SuiteHost.As(Roles.Hr)));
        Assert.Equal(StatusCode.FailedPrecondition, transfer.StatusCode);
        Assert.Contains("elected official", transfer.Status.Detail);

        // His root cannot be moved under another unit while he heads it.
        var other = await PersonnelTestData.NewUnitAsync(suite);
        var moved = await RefusedAsync(() => Client.UpdateUnitAsync(new UpdateUnitRequest
        {
            Code = org.Root.Code, Name = org.Root.Name, ParentCode = other.Code,
        }, SuiteHost.As(Roles.Hr)));
        Assert.Contains("headed by the Bupati", ValidationTests.FieldViolations(moved)["parent_code"]);

        // Whether he was at the office is a plain duty check.
        var duty = await Client.CheckDutyAsync(new CheckDutyRequest
        {
            Nip = org.Bupati.Nip,
            At = Timestamp.FromDateTimeOffset(new DateTimeOffset(2026, 11, 24, 22, 0, 0, TimeSpan.FromHours(8))),
        }, SuiteHost.As(Roles.Service));
        Assert.Equal(DutyStatus.OutsideHours, duty.Status);
    }

    [Fact]
    public async Task BUPATI_goes_with_OFFICIAL_only_and_an_official_needs_a_registry_number()
    {
        var root = await PersonnelTestData.NewUnitAsync(suite);

        async Task<IReadOnlyDictionary<string, string>> Refusal(string nip, EmploymentType type, PositionLevel level) =>
            ValidationTests.FieldViolations(await RefusedAsync(() => Client.RegisterEmployeeAsync(new RegisterEmployeeRequest
            {
                Nip = nip, Name = "Uji", EmploymentType = type, UnitCode = root.Code, Position = "Bupati", PositionLevel = level,
            }, SuiteHost.As(Roles.Hr))));

        Assert.Equal("must be BUPATI for an OFFICIAL",
            (await Refusal("BUPATI-X-1", EmploymentType.Official, PositionLevel.JptPratama))["position_level"]);
        Assert.Equal("must be BUPATI for an OFFICIAL",
            (await Refusal("BUPATI-X-2", EmploymentType.Official, PositionLevel.Unspecified))["position_level"]);
        Assert.Contains("held only by an OFFICIAL",
            (await Refusal(PersonnelTestData.PnsNip(), EmploymentType.Pns, PositionLevel.Bupati))["position_level"]);
        Assert.Contains("an official's registry number must be",
            (await Refusal("Bupati Berau!", EmploymentType.Official, PositionLevel.Bupati))["nip"]);

        var pns = await PersonnelTestData.NewPnsAsync(suite, root.Code);
        var promoted = await RefusedAsync(() => Client.UpdateEmployeeAsync(
            new UpdateEmployeeRequest { Nip = pns.Nip, PositionLevel = PositionLevel.Bupati }, SuiteHost.As(Roles.Hr)));
        Assert.Contains("held only by an OFFICIAL", ValidationTests.FieldViolations(promoted)["position_level"]);
        var bupati = await BupatiAsync(root.Code);
        var demoted = await RefusedAsync(() => Client.UpdateEmployeeAsync(
            new UpdateEmployeeRequest { Nip = bupati.Nip, PositionLevel = PositionLevel.Pelaksana }, SuiteHost.As(Roles.Hr)));
        Assert.Equal("must be BUPATI for an OFFICIAL", ValidationTests.FieldViolations(demoted)["position_level"]);
        var renamed = await Client.UpdateEmployeeAsync(new UpdateEmployeeRequest { Nip = bupati.Nip, Name = "Bupati Berau" },
            SuiteHost.As(Roles.Hr));
        Assert.Equal(("Bupati Berau", EmploymentType.Official, PositionLevel.Bupati), (renamed.Name, renamed.EmploymentType, renamed.PositionLevel));
    }
}
