using Berau.Disiplin.Contracts.Discipline.V1;
using Berau.Disiplin.Contracts.Personnel.V1;
using Berau.Disiplin.Contracts.Reporting.V1;
using Berau.Disiplin.EndToEndTests.Reporting;
using Berau.Disiplin.Hosting.Auth;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Case = Berau.Disiplin.Contracts.Discipline.V1.Case;

namespace Berau.Disiplin.EndToEndTests.Infrastructure;

/// <summary>
/// One regency's line of superiors, built through Personnel's public API for a test: the root unit headed by the Bupati
/// as PPK, a dinas headed by its Kepala Dinas (JPT Pratama), a bidang headed by its Kepala Bidang (Administrator), and a
/// seksi (the front-line counter, by default) headed by its Kepala Seksi (Pengawas), where the clerks work.
/// </summary>
public sealed record Organisation(
    Unit Root, Unit Dinas, Unit Bidang, Unit Seksi,
    Employee Bupati, Employee KepalaDinas, Employee KepalaBidang, Employee KepalaSeksi);

/// <summary>
/// The hearing PP 94/2021 puts before any sanction, driven through the public APIs as the officials would: the one place
/// tests summon, record attendance, examine, decide and deliver. Officials are identified by the <c>nip</c> claim of
/// their token; nothing else in it is trusted.
/// </summary>
public sealed class HearingSteps(SuiteHost suite, Func<DateTimeOffset>? clock = null)
{
    private readonly PersonnelFixtures _personnel = new(suite);

    private DateTimeOffset Now => clock?.Invoke() ?? DateTimeOffset.UtcNow;

    private PersonnelService.PersonnelServiceClient Personnel => suite.PersonnelClient;
    private DisciplineService.DisciplineServiceClient Discipline => suite.DisciplineClient;

    /// <summary>An official's token: role <c>official</c> and the NIP, plus any claims a test wants to show are ignored.</summary>
    public static CallOptions Official(string nip, params (string Claim, string Value)[] extra) =>
        SuiteHost.AsUser($"pejabat-{nip}", [Roles.Official],
            extra.Append(("nip", nip)).ToDictionary(c => c.Item1, c => c.Item2));

    public static CallOptions Official(Employee official) => Official(official.Nip);

    public static CallOptions Employee(string nip) =>
        SuiteHost.AsUser("pegawai", [Roles.Employee], new Dictionary<string, string> { ["nip"] = nip });

    // ----- The organisation -----

    /// <summary>The Bupati's root unit and the line below it, each post filled, every unit on the regency's usual hours.</summary>
    public async Task<Organisation> OrganisationAsync(bool frontLine = true)
    {
        var root = await _personnel.UnitAsync(frontLine: false, prefix: "PEMKAB");
        var dinas = await _personnel.UnitAsync(frontLine: false, prefix: "DINAS", parentCode: root.Code);
        var bidang = await _personnel.UnitAsync(frontLine: false, prefix: "BIDANG", parentCode: dinas.Code);
        var seksi = await _personnel.UnitAsync(frontLine: frontLine, prefix: "LOKET", parentCode: bidang.Code);
        var bupati = await Personnel.RegisterEmployeeAsync(new RegisterEmployeeRequest
        {
            Nip = PersonnelFixtures.UniqueCode("BUPATI"), Name = "Bupati Berau", EmploymentType = EmploymentType.Official,
            UnitCode = root.Code, Position = "Bupati Berau", PositionLevel = PositionLevel.Bupati,
        }, SuiteHost.As(Roles.Hr));
        var kadis = await _personnel.EmployeeAsync(dinas, "Budi Hartono", level: PositionLevel.JptPratama, position: "Kepala Dinas");
        var kabid = await _personnel.EmployeeAsync(bidang, "Hendra Gunawan", level: PositionLevel.Administrator, position: "Kepala Bidang");
        var kasi = await _personnel.EmployeeAsync(seksi, "Andi Saputra", level: PositionLevel.Pengawas, position: "Kepala Seksi");
        foreach (var (unit, head) in new[] { (root, bupati), (dinas, kadis), (bidang, kabid), (seksi, kasi) })
            await SetHeadAsync(unit, head);
        return new Organisation(root, dinas, bidang, seksi, bupati, kadis, kabid, kasi);
    }

    public Task<Unit> SetHeadAsync(Unit unit, Employee? head) =>
        Personnel.SetUnitHeadAsync(new SetUnitHeadRequest { UnitCode = unit.Code, HeadNip = head?.Nip ?? "" }, SuiteHost.As(Roles.Hr))
            .ResponseAsync;

    /// <summary>A clerk (PNS pelaksana, unless told otherwise) in the seksi.</summary>
    public Task<Employee> ClerkAsync(Organisation organisation, string name = "Rina Lestari", PositionLevel level = PositionLevel.Pelaksana) =>
        _personnel.EmployeeAsync(organisation.Seksi, name, level: level);

    /// <summary>
    /// A member of the unit (created when missing) whose staff sit on a tim pemeriksa: <c>INSPEKTORAT</c> or <c>BKPSDM</c>,
    /// as Discipline is configured by default.
    /// </summary>
    public async Task<Employee> StaffOfAsync(string unitCode, PositionLevel level, string name)
    {
        Unit unit;
        try
        {
            unit = await Personnel.GetUnitAsync(new GetUnitRequest { Code = unitCode }, SuiteHost.As(Roles.Hr));
        }
        catch (RpcException ex) when (ex.StatusCode == StatusCode.NotFound)
        {
            try
            {
                unit = await Personnel.CreateUnitAsync(new CreateUnitRequest { Code = unitCode, Name = unitCode }, SuiteHost.As(Roles.Hr));
            }
            catch (RpcException again) when (again.StatusCode == StatusCode.AlreadyExists)
            {
                unit = await Personnel.GetUnitAsync(new GetUnitRequest { Code = unitCode }, SuiteHost.As(Roles.Hr));
            }
        }
        return await _personnel.EmployeeAsync(unit, name, level: level, position: $"Staf {unitCode}");
    }

    // ----- Reports that open cases -----

    /// <summary>A personal TikTok live by the clerk, reported and confirmed by a verifier: the case it opens.</summary>
    public async Task<Case> ReportAsync(Employee clerk, Impact impact = Impact.Unspecified, AggravatingFact[]? facts = null,
        DateTimeOffset? at = null, string verifier = "inspektorat-verifier")
    {
        var report = await suite.ReportingClient.SubmitReportAsync(
            ReportRequests.PersonalLive(clerk.Nip, at ?? TriageTests.TuesdayMorning), SuiteHost.As(Roles.Reporter));
        var confirmation = ReportRequests.Confirmation(report.ReportId);
        confirmation.Impact = impact;
        if (facts is not null)
        {
            confirmation.AggravatingFacts.Clear();
            confirmation.AggravatingFacts.AddRange(facts);
        }
        await suite.ReportingClient.ConfirmReportAsync(confirmation, SuiteHost.AsUser(verifier, Roles.Verifier));
        return await suite.CaseForReportAsync(report.ReportId, "the case");
    }

    /// <summary>The case once Personnel has named its atasan langsung (at opening, or later by the waiting job).</summary>
    public Task<Case> WithAtasanAsync(Case @case) =>
        Eventually.Get(async () =>
        {
            var read = await Discipline.GetCaseAsync(new GetCaseRequest { CaseId = @case.CaseId }, SuiteHost.As(Roles.Auditor));
            return read.Hearing.AtasanLangsung is null ? null : read;
        }, $"the atasan langsung of case {@case.CaseId}");

    // ----- The hearing -----

    /// <summary>
    /// The examiner's summons (I, or II after a missed one), dated the day of the examination, which is set at
    /// <paramref name="at"/> (default: in a minute, so the attendance can be recorded at once).
    /// </summary>
    public Task<Case> SummonAsync(Case @case, string examinerNip, DateTimeOffset? at = null, string letterNumber = "")
    {
        var examinationAt = at ?? Now.AddMinutes(1);
        return Discipline.IssueSummonsAsync(new IssueSummonsRequest
        {
            CaseId = @case.CaseId, LetterNumber = letterNumber,
            LetterDate = DateOnly.FromDateTime(examinationAt.ToOffset(ReportRequests.Wita).DateTime).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ExaminationAt = Timestamp.FromDateTimeOffset(examinationAt), Place = "Ruang rapat Kepala Seksi",
        }, Official(examinerNip)).ResponseAsync;
    }

    public Task<Case> AttendanceAsync(Case @case, string examinerNip, bool attended, string note = "") =>
        Discipline.RecordSummonsAttendanceAsync(new RecordSummonsAttendanceRequest { CaseId = @case.CaseId, Attended = attended, Note = note },
            Official(examinerNip)).ResponseAsync;

    /// <summary>A missed examination: the summons is set a second ago, so the no-show can be recorded.</summary>
    public async Task<Case> SummonAndMissAsync(Case @case, string examinerNip)
    {
        await SummonAsync(@case, examinerNip, at: Now.AddSeconds(-1));
        return await AttendanceAsync(@case, examinerNip, attended: false, note: "Tidak hadir tanpa keterangan");
    }

    public static RecordExaminationRequest Bap(Case @case, FindingImpact impact = FindingImpact.UnitKerja, bool proven = true,
        params string[] examinerNips)
    {
        var request = new RecordExaminationRequest
        {
            CaseId = @case.CaseId, BapNumber = $"BAP/800.1.6.4/{Random.Shared.Next(100, 999)}/2026",
            Statement = "Saya mengakui melakukan siaran langsung dengan akun pribadi pada jam layanan.",
            SignedByEmployee = true, CopyGiven = true, Proven = proven,
            Impact = proven ? impact : FindingImpact.Unspecified,
            ImpactReasoning = proven ? "Antrean di loket tertunda selama siaran berlangsung." : "",
            Findings = "Siaran langsung TikTok dengan akun pribadi, berseragam, di loket pelayanan.",
        };
        request.ExaminerNips.AddRange(examinerNips);
        return request;
    }

    public Task<Case> ExamineAsync(Case @case, string examinerNip, FindingImpact impact = FindingImpact.UnitKerja, bool proven = true)
    {
        var bap = Bap(@case, impact, proven);
        bap.ExaminedAt = Timestamp.FromDateTimeOffset(Now);
        return Discipline.RecordExaminationAsync(bap, Official(examinerNip)).ResponseAsync;
    }

    /// <summary>Summons I by the atasan langsung, the employee comes, the examination is recorded: the case waits for its decision.</summary>
    public async Task<Case> HearAsync(Case @case, FindingImpact impact = FindingImpact.UnitKerja)
    {
        var atasan = (await WithAtasanAsync(@case)).Hearing.AtasanLangsung.Nip;
        await SummonAsync(@case, atasan);
        await AttendanceAsync(@case, atasan, attended: true);
        return await ExamineAsync(@case, atasan, impact);
    }

    // ----- The decision -----

    /// <summary>The official decides the proposal, or <paramref name="code"/> with a reason.</summary>
    public Task<Case> DecideAsync(Case @case, string officialNip, string code = "", string reason = "") =>
        Discipline.DecideSanctionAsync(new DecideSanctionRequest { CaseId = @case.CaseId, SanctionCode = code, Reason = reason },
            Official(officialNip)).ResponseAsync;

    /// <summary>BKPSDM records that the employee received the letter in person today (WITA).</summary>
    public Task<Case> DeliverAsync(Case @case) =>
        Discipline.RecordDeliveryAsync(new RecordDeliveryRequest
        {
            CaseId = @case.CaseId, Method = DeliveryMethod.InPerson,
            ReceivedOn = DateOnly.FromDateTime(Now.ToOffset(ReportRequests.Wita).DateTime).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        }, SuiteHost.As(Roles.Hr)).ResponseAsync;

    /// <summary>
    /// The whole way from an opened case to a delivered decision: heard by the atasan langsung, decided as proposed by the
    /// official the case names, delivered in person.
    /// </summary>
    public async Task<Case> HearDecideDeliverAsync(Case @case, FindingImpact impact = FindingImpact.UnitKerja)
    {
        var heard = await HearAsync(@case, impact);
        await DecideAsync(heard, heard.Hearing.DecisionOfficial.Nip);
        return await DeliverAsync(heard);
    }
}
