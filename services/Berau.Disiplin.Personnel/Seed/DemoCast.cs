using Berau.Disiplin.Primitives;
using Berau.Disiplin.Personnel.Employees;

namespace Berau.Disiplin.Personnel.Seed;

/// <summary>
/// The demo's units and people, in one place so that the demo, the seeder and the tests name them alike. Names are
/// invented; the NIPs have a valid structure but belong to nobody. The story is the TikTok-live case of DESIGN.md:
/// a Disdukcapil counter clerk, her Kepala Seksi and Kepala Bidang, the Kepala Dinas, the Bupati as PPK at the top, and
/// the Kampung Tumbit post she is later moved to. Her chain of superiors (GetSuperiors) is Kepala Seksi → Kepala Bidang
/// → Kepala Dinas → Bupati.
/// </summary>
public static class DemoCast
{
    // ----- Units -----
    /// <summary>The regency's root unit, headed by the Bupati as PPK.</summary>
    public const string PemkabBerau = "PEMKAB-BERAU";
    public const string Disdukcapil = "DISDUKCAPIL";
    /// <summary>
    /// The service counters (loket pelayanan): a front-line unit, a seksi of the Bidang Pelayanan Pendaftaran Penduduk
    /// (<see cref="DisdukcapilDafduk"/>) headed by the clerk's Kepala Seksi.
    /// </summary>
    public const string DisdukcapilCounters = "DISDUKCAPIL.PELAYANAN";
    public const string DisdukcapilDafduk = "DISDUKCAPIL.DAFDUK";
    public const string DisdukcapilCapil = "DISDUKCAPIL.CAPIL";
    public const string Bkpsdm = "BKPSDM";
    public const string Inspektorat = "INSPEKTORAT";
    public const string Setda = "SETDA";
    public const string SetdaOrganisasi = "SETDA.ORGANISASI";
    /// <summary>
    /// A kampung post, directly under the regency: which kecamatan office it reports to is not modelled here (Tumbit
    /// Melayu and Tumbit Dayak are both kampung of Teluk Bayur; the news only says "Kampung Tumbit").
    /// </summary>
    public const string KampungTumbit = "KAMPUNG-TUMBIT";

    /// <param name="Moved">
    /// An earlier version of the seed put the unit under <paramref name="FormerParentCode"/> (null: at the top level): a
    /// unit still there is moved under <paramref name="ParentCode"/>; one HR has moved elsewhere is left alone.
    /// </param>
    public sealed record UnitSeed(string Code, string Name, string? ParentCode, bool FrontLine, bool Moved = false,
        string? FormerParentCode = null);

    /// <summary>Parents before children.</summary>
    public static IReadOnlyList<UnitSeed> Units { get; } =
    [
        new(PemkabBerau, "Pemerintah Kabupaten Berau", null, false),
        new(Setda, "Sekretariat Daerah Kabupaten Berau", PemkabBerau, false, Moved: true),
        new(SetdaOrganisasi, "Bagian Organisasi Sekretariat Daerah", Setda, false),
        new(Bkpsdm, "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia", PemkabBerau, false, Moved: true),
        new(Inspektorat, "Inspektorat Daerah Kabupaten Berau", PemkabBerau, false, Moved: true),
        new(Disdukcapil, "Dinas Kependudukan dan Pencatatan Sipil", PemkabBerau, false, Moved: true),
        new(DisdukcapilDafduk, "Bidang Pelayanan Pendaftaran Penduduk", Disdukcapil, false),
        new(DisdukcapilCapil, "Bidang Pelayanan Pencatatan Sipil", Disdukcapil, false),
        new(DisdukcapilCounters, "Loket Pelayanan Disdukcapil", DisdukcapilDafduk, true, Moved: true, FormerParentCode: Disdukcapil),
        new(KampungTumbit, "Kampung Tumbit", PemkabBerau, true, Moved: true),
    ];

    // ----- People -----
    /// <summary>The counter clerk of the TikTok-live case (PNS, pelaksana). The same NIP the demo reports.</summary>
    public const string CounterClerk = "199203152015032001";
    /// <summary>Her Kepala Seksi (pengawas): the direct supervisor.</summary>
    public const string KepalaSeksi = "198604182009031003";
    /// <summary>The Kepala Bidang (administrator).</summary>
    public const string KepalaBidang = "197911052005011002";
    /// <summary>The Kepala Dinas (JPT pratama).</summary>
    public const string KepalaDinas = "197208141998031004";
    /// <summary>A PPPK at the counters. The NI PPPK layout is unverified; the birth date leads it.</summary>
    public const string CounterPppk = "199507302023212004";
    /// <summary>A contract staff member (tenaga kontrak) at the counters.</summary>
    public const string CounterContractStaff = "KTR-BRU-2024-0117";
    public const string KampungTumbitContractStaff = "KTR-BRU-2023-0042";
    /// <summary>A BKPSDM analyst (JF): the kepegawaian member of a tim pemeriksa.</summary>
    public const string BkpsdmAnalyst = "199001232014022001";
    /// <summary>An Inspektorat auditor (JF): the pengawasan member of a tim pemeriksa.</summary>
    public const string InspektoratAuditor = "198312302008011001";
    /// <summary>The Sekretaris Daerah (JPT pratama), head of <see cref="Setda"/>.</summary>
    public const string Sekda = "196905121995031002";
    /// <summary>The Inspektur (JPT pratama), head of <see cref="Inspektorat"/>.</summary>
    public const string Inspektur = "197010101996031005";
    /// <summary>The Kepala BKPSDM (JPT pratama), head of <see cref="Bkpsdm"/>.</summary>
    public const string KepalaBkpsdm = "197305212000032002";
    /// <summary>
    /// The Bupati as PPK: an elected official (EMPLOYMENT_TYPE_OFFICIAL, POSITION_LEVEL_BUPATI) with a registry id in
    /// place of a NIP, head of <see cref="PemkabBerau"/>.
    /// </summary>
    public const string Bupati = "BUPATI-BERAU-2025";

    public static IReadOnlyList<NewEmployee> Employees { get; } =
    [
        new(CounterClerk, "Rina Wulandari", EmploymentType.Pns, DisdukcapilCounters,
            "Pengadministrasi Layanan Kependudukan", PositionLevel.Pelaksana),
        new(KepalaSeksi, "Andi Saputra", EmploymentType.Pns, DisdukcapilCounters,
            "Kepala Seksi Pelayanan Identitas Penduduk", PositionLevel.Pengawas),
        new(KepalaBidang, "Hendra Gunawan", EmploymentType.Pns, DisdukcapilDafduk,
            "Kepala Bidang Pelayanan Pendaftaran Penduduk", PositionLevel.Administrator),
        new(KepalaDinas, "Budi Hartono", EmploymentType.Pns, Disdukcapil,
            "Kepala Dinas Kependudukan dan Pencatatan Sipil", PositionLevel.JptPratama),
        new(CounterPppk, "Siti Aminah", EmploymentType.Pppk, DisdukcapilCounters,
            "Operator Layanan Operasional", PositionLevel.Pelaksana),
        new(CounterContractStaff, "Muhammad Rizky", EmploymentType.Contract, DisdukcapilCounters,
            "Tenaga Administrasi Loket", null),
        new(KampungTumbitContractStaff, "Yusuf Pratama", EmploymentType.Contract, KampungTumbit,
            "Tenaga Pendamping Kampung", null),
        new(BkpsdmAnalyst, "Dewi Lestari", EmploymentType.Pns, Bkpsdm,
            "Analis Sumber Daya Manusia Aparatur Ahli Pertama", PositionLevel.Fungsional),
        new(InspektoratAuditor, "Agus Priyanto", EmploymentType.Pns, Inspektorat,
            "Auditor Ahli Muda", PositionLevel.Fungsional),
        new(Sekda, "Ahmad Fauzi", EmploymentType.Pns, Setda,
            "Sekretaris Daerah", PositionLevel.JptPratama),
        new(Inspektur, "Rahmat Hidayat", EmploymentType.Pns, Inspektorat,
            "Inspektur Daerah Kabupaten Berau", PositionLevel.JptPratama),
        new(KepalaBkpsdm, "Sri Wahyuni", EmploymentType.Pns, Bkpsdm,
            "Kepala Badan Kepegawaian dan Pengembangan Sumber Daya Manusia", PositionLevel.JptPratama),
        new(Bupati, "Bupati Berau", EmploymentType.Official, PemkabBerau,
            "Bupati Berau", PositionLevel.Bupati),
    ];

    /// <summary>Who heads which unit: the organisation chain the Discipline service checks its officials against.</summary>
    public static IReadOnlyList<(string UnitCode, string HeadNip)> UnitHeads { get; } =
    [
        (PemkabBerau, Bupati),
        (Setda, Sekda),
        (Inspektorat, Inspektur),
        (Bkpsdm, KepalaBkpsdm),
        (Disdukcapil, KepalaDinas),
        (DisdukcapilDafduk, KepalaBidang),
        (DisdukcapilCounters, KepalaSeksi),
    ];

    // ----- The official account -----
    public const string OfficialTikTokPlatform = "tiktok";
    public const string OfficialTikTokHandle = "disdukcapil.berau";
    /// <summary>From 1 December 2025, 00:00 WITA: the office was preparing official live streams then.</summary>
    public static readonly DateTimeOffset OfficialTikTokSince = new(2025, 12, 1, 0, 0, 0, Wita.Offset);
}
