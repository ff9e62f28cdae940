using Berau.Disiplin.Discipline.Cases;
using Berau.Disiplin.Discipline.Policy;

namespace Berau.Disiplin.UnitTests.Discipline;

/// <summary>
/// Cases the state-machine specifications start from, under the default policy version, and the Disdukcapil clerk's line
/// of superiors: her Kepala Seksi (Pengawas, the atasan langsung), the Kepala Bidang, the Kepala Dinas and the Bupati.
/// </summary>
internal static class CaseExamples
{
    /// <summary>Tuesday 1 December 2026, 10:14 WITA.</summary>
    public static readonly DateTimeOffset Now = new(2026, 12, 1, 2, 14, 0, TimeSpan.Zero);
    public static readonly DateOnly Today = new(2026, 12, 1);
    public static readonly SanctionDates Dates = new(new DateOnly(2026, 12, 18), new DateOnly(2026, 12, 21), new DateOnly(2026, 12, 18));
    public static readonly SanctionPolicy DefaultVersion = DefaultPolicy.Load();
    public const string Verifier = "inspektorat-verifier";
    public const string ClerkNip = "199203152015032001";

    public static readonly Official KepalaSeksi = Official("198604182009031003", "Andi Saputra", "Kepala Seksi Pelayanan Identitas Penduduk",
        PositionLevel.Pengawas, "DISDUKCAPIL.PELAYANAN");
    public static readonly Official KepalaBidang = Official("197911052005011002", "Hendra Gunawan", "Kepala Bidang Pelayanan Pendaftaran Penduduk",
        PositionLevel.Administrator, "DISDUKCAPIL.DAFDUK");
    public static readonly Official KepalaDinas = Official("197208141998031004", "Budi Hartono", "Kepala Dinas Kependudukan dan Pencatatan Sipil",
        PositionLevel.JptPratama, "DISDUKCAPIL");
    public static readonly Official Bupati = Official("BUPATI-BERAU", "Bupati Berau", "Bupati Berau", PositionLevel.Bupati, "PEMKAB-BERAU");
    public static readonly Official Auditor = Official("198312302008011001", "Agus Priyanto", "Auditor Ahli Muda",
        PositionLevel.Fungsional, "INSPEKTORAT");
    public static readonly Official Analyst = Official("199001232014022001", "Dewi Lestari", "Analis SDM Aparatur Ahli Pertama",
        PositionLevel.Fungsional, "BKPSDM");
    public static readonly TeamUnits Units = new("INSPEKTORAT", "BKPSDM");

    /// <summary>The clerk's line: the Kepala Seksi first, up to the Bupati as PPK.</summary>
    public static readonly SuperiorChain ClerksLine = new(ClerkNip, PositionLevel.Pelaksana,
        [KepalaSeksi, KepalaBidang, KepalaDinas, Bupati], ReachesPpk: true);

    /// <summary>The Kepala Seksi's own line: the objection to his decision goes to the Kepala Bidang.</summary>
    public static readonly SuperiorChain KepalaSeksisLine = new(KepalaSeksi.Nip, PositionLevel.Pengawas,
        [KepalaBidang, KepalaDinas, Bupati], ReachesPpk: true);

    public static readonly SuperiorChain KepalaBidangsLine = new(KepalaBidang.Nip, PositionLevel.Administrator,
        [KepalaDinas, Bupati], ReachesPpk: true);

    /// <summary>A clerk (PNS pelaksana) live on a personal TikTok account at the front-line counter, in uniform.</summary>
    public static readonly CaseFacts AtTheCounter = new()
    {
        IncidentAt = Now.AddDays(-1),
        AggravatingFacts =
        [
            AggravatingFact.InUniform, AggravatingFact.LiveBroadcast, AggravatingFact.DuringServiceHoursAtFrontLineCounter,
        ],
        Impact = Impact.UnitKerja,
        EmploymentType = EmploymentType.Pns,
        PositionLevel = PositionLevel.Pelaksana,
        FrontLine = true,
    };

    /// <summary>The same, away from any counter and without aggravating facts: a first offence, teguran lisan.</summary>
    public static readonly CaseFacts PlainSocialMedia = AtTheCounter with { AggravatingFacts = [], FrontLine = false };

    /// <summary>The same with an impact on the institution: a sedang proposal that waits for an official.</summary>
    public static readonly CaseFacts HarmingTheInstitution = PlainSocialMedia with { Impact = Impact.Instansi };

    /// <summary>The same with an impact on the state: a berat proposal, which needs a tim pemeriksa.</summary>
    public static readonly CaseFacts HarmingTheState = PlainSocialMedia with { Impact = Impact.Negara };

    public static Official Official(string nip, string name, string position, PositionLevel? level, string unit) =>
        new() { Nip = nip, Name = name, Position = position, Level = level, UnitCode = unit };

    public static ConfirmedReport Report(CaseFacts facts, OffenceCategory category = OffenceCategory.PersonalSocialMedia) =>
        new(Guid.CreateVersion7(), ClerkNip, "Rina Wulandari", "DISDUKCAPIL.PELAYANAN", category, facts, Verifier, "BAP 800/017");

    /// <summary>Opened from a confirmed report, before Personnel named the atasan langsung.</summary>
    public static Case OpenUnnamed(CaseFacts facts, OffenceCategory category = OffenceCategory.PersonalSocialMedia) =>
        Case.Open(Guid.CreateVersion7(), Report(facts, category), DefaultVersion.Evaluate(facts.ForPolicy(category, [])), Now, "trace-1");

    /// <summary>Opened, with the Kepala Seksi named as atasan langsung and the summons due in 7 working days.</summary>
    public static Case Open(CaseFacts facts, OffenceCategory category = OffenceCategory.PersonalSocialMedia)
    {
        var @case = OpenUnnamed(facts, category);
        @case.NameAtasan(new AtasanLookup(KepalaSeksi, new DateOnly(2026, 12, 10)), Now, "trace-1");
        return @case;
    }

    public static SummonsLimits Limits => new(new DateOnly(2026, 12, 10), new DayCount(7, DayKind.WorkingDays), null,
        new DayCount(7, DayKind.WorkingDays));

    /// <summary>Summons I by the Kepala Seksi, dated today, for an examination this afternoon.</summary>
    public static void Summon(Case @case, Official? examiner = null, DateTimeOffset? at = null) =>
        @case.IssueSummons(new SummonsLetter("800.1.6.4/1/DISDUKCAPIL/2026", Today, at ?? Now.AddHours(2), "Ruang Kepala Seksi"),
            examiner ?? KepalaSeksi, Limits, Now, null);

    public static ExaminationRecord Bap(bool proven = true, Impact? impact = Impact.UnitKerja, params string[] examiners) =>
        new("BAP/800.1.6.4/017/2026", Now.AddHours(2), examiners, "Saya mengakui siaran langsung itu.", SignedByEmployee: true,
            RefusalNote: null, CopyGiven: true, proven, proven ? impact : null, proven ? "Pelayanan loket tertunda selama siaran." : null,
            "Siaran langsung dengan akun pribadi pada jam layanan.");

    /// <summary>Summoned, came, examined by the Kepala Seksi: proven with the facts' own impact. The case waits for the decision.</summary>
    public static Case Heard(CaseFacts facts)
    {
        var @case = Open(facts);
        Summon(@case);
        @case.RecordAttendance(true, null, KepalaSeksi, null, null, Now.AddHours(2), null);
        @case.RecordExamination(Bap(impact: facts.Impact), [KepalaSeksi], KepalaSeksi, DefaultVersion, PriorSanctions.None, ClerksLine,
            Now.AddHours(3), null);
        return @case;
    }

    /// <summary>Heard, decided by <paramref name="by"/> as proposed and delivered in person today; its events already saved.</summary>
    public static Case Decided(CaseFacts facts, Official by, bool delivered = true)
    {
        var @case = Heard(facts);
        @case.IssueSanction(@case.ChooseSanction(DefaultVersion, null, ""), by, Dates, $"800.1.6.4/0001/{@case.Proposal.Code}/DISDUKCAPIL/2026",
            Now.AddHours(4), "trace-1");
        if (delivered)
            @case.RecordDelivery(DeliveryMethod.InPerson, Today, Dates, "hr", Today, Now.AddHours(5), null);
        @case.DequeueEvents();
        return @case;
    }

    /// <summary>A ringan proposal decided by the Kepala Seksi, the atasan langsung who examined.</summary>
    public static Case Warned(CaseFacts facts) => Decided(facts, KepalaSeksi);

    /// <summary>A sedang proposal imposed by the Kepala Bidang (Administrator), its events already saved.</summary>
    public static Case ImposedByAdministrator() => Decided(HarmingTheInstitution, KepalaBidang);

    public static TransferDecree ToKampungTumbit => new("KAMPUNG-TUMBIT", "Staf PEK Kampung Tumbit", "821.2/045/BKPSDM/2026",
        new DateOnly(2026, 12, 1), TransferGround.OrganisationalNeed, "Penguatan pelayanan administrasi kampung");
}
