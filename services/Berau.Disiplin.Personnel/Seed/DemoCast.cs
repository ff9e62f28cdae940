using Berau.Disiplin.Primitives;
using Berau.Disiplin.Personnel.Employees;

namespace Berau.Disiplin.Personnel.Seed;

/// <summary>
/// The demo's units and people, in one place so that the demo, the seeder and the tests name them alike. Names are
/// invented; the NIPs have a valid structure but belong to nobody. The story is the TikTok-live case of DESIGN.md:
/// a Disdukcapil counter clerk, her Kepala Seksi and Kepala Bidang, the Kepala Dinas, and the Kampung Tumbit post she
/// is later moved to.
/// </summary>
public static class DemoCast
{
    // ----- Units -----
    public const string Disdukcapil = "DISDUKCAPIL";
    /// <summary>The service counters (loket pelayanan): a front-line unit.</summary>
    public const string DisdukcapilCounters = "DISDUKCAPIL.PELAYANAN";
    public const string DisdukcapilDafduk = "DISDUKCAPIL.DAFDUK";
    public const string DisdukcapilCapil = "DISDUKCAPIL.CAPIL";
    public const string Bkpsdm = "BKPSDM";
    public const string Inspektorat = "INSPEKTORAT";
    public const string Setda = "SETDA";
    public const string SetdaOrganisasi = "SETDA.ORGANISASI";
    /// <summary>
    /// A kampung post. Kept at the top level: which kecamatan office it reports to is not modelled here (Tumbit Melayu
    /// and Tumbit Dayak are both kampung of Teluk Bayur; the news only says "Kampung Tumbit").
    /// </summary>
    public const string KampungTumbit = "KAMPUNG-TUMBIT";

    public sealed record UnitSeed(string Code, string Name, string? ParentCode, bool FrontLine);

    /// <summary>Parents before children.</summary>
    public static IReadOnlyList<UnitSeed> Units { get; } =
    [
        new(Setda, "Sekretariat Daerah Kabupaten Berau", null, false),
        new(SetdaOrganisasi, "Bagian Organisasi Sekretariat Daerah", Setda, false),
        new(Bkpsdm, "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia", null, false),
        new(Inspektorat, "Inspektorat Daerah Kabupaten Berau", null, false),
        new(Disdukcapil, "Dinas Kependudukan dan Pencatatan Sipil", null, false),
        new(DisdukcapilDafduk, "Bidang Pelayanan Pendaftaran Penduduk", Disdukcapil, false),
        new(DisdukcapilCapil, "Bidang Pelayanan Pencatatan Sipil", Disdukcapil, false),
        new(DisdukcapilCounters, "Loket Pelayanan Disdukcapil", Disdukcapil, true),
        new(KampungTumbit, "Kampung Tumbit", null, true),
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
    public const string BkpsdmAnalyst = "199001232014022001";
    public const string InspektoratAuditor = "198312302008011001";
    public const string Sekda = "196905121995031002";

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
    ];

    // ----- The official account -----
    public const string OfficialTikTokPlatform = "tiktok";
    public const string OfficialTikTokHandle = "disdukcapil.berau";
    /// <summary>From 1 December 2025, 00:00 WITA: the office was preparing official live streams then.</summary>
    public static readonly DateTimeOffset OfficialTikTokSince = new(2025, 12, 1, 0, 0, 0, Wita.Offset);
}
