using Berau.Disiplin.Letters;
using Berau.Disiplin.Letters.Decisions;
using Berau.Disiplin.Letters.Examination;
using Berau.Disiplin.Letters.Summons;

namespace Berau.Disiplin.UnitTests.Letters;

/// <summary>
/// The letters of the seed case (DESIGN.md): Rina Wulandari, a Disdukcapil counter clerk, went live on TikTok with her
/// personal account during working hours, in uniform, at the counter on Tuesday 24 November 2026 at 10.14 WITA. Her
/// Kepala Seksi summons her (she misses the first summons), examines her and decides a teguran tertulis on
/// 4 December 2026; she receives it on 7 December. Letter numbers are illustrative: the service assigns them.
/// </summary>
public static class SeedCaseLetters
{
    public const string Act =
        "melakukan siaran langsung TikTok dengan akun pribadi pada jam kerja, berseragam, di loket pelayanan";

    public static readonly Letterhead Disdukcapil = new("Dinas Kependudukan dan Pencatatan Sipil",
        ["Tanjung Redeb, Kabupaten Berau, Provinsi Kalimantan Timur"]);

    public static readonly Person Clerk = new("Rina Wulandari", "199203152015032001",
        "Pengadministrasi Layanan Kependudukan", "Loket Pelayanan Disdukcapil");

    public static readonly Official KepalaSeksi = new("Andi Saputra", "198604182009031003",
        "Kepala Seksi Pelayanan Identitas Penduduk");

    public static readonly IReadOnlyList<string> CarbonCopies =
    [
        "Kepala Dinas Kependudukan dan Pencatatan Sipil Kabupaten Berau",
        "Kepala Badan Kepegawaian dan Pengembangan Sumber Daya Manusia Kabupaten Berau",
        "Arsip",
    ];

    public const string PpDisiplin = "Peraturan Pemerintah Nomor 94 Tahun 2021 tentang Disiplin Pegawai Negeri Sipil";

    public static SummonsLetter FirstSummons => new()
    {
        Regime = EmploymentRegime.Pns,
        Letterhead = Disdukcapil,
        Number = "800/101/DKPS-PIP/XI/2026",
        Addressee = Clerk,
        ExaminationAt = new(2026, 11, 27, 9, 0, 0, TimeSpan.FromHours(8)),
        ExaminationPlace = "Ruang Rapat Dinas Kependudukan dan Pencatatan Sipil Kabupaten Berau",
        Examiner = KepalaSeksi,
        AllegedAct = Act + " pada hari Selasa, 24 November 2026 sekitar pukul 10.14 WITA",
        LegalBasis = ["Pasal 26 " + PpDisiplin],
        SignedAt = PlaceAndDate.TanjungRedeb(new(2026, 11, 25)),
        Signatory = KepalaSeksi,
        CarbonCopies = CarbonCopies,
    };

    public static MissedSummons MissedFirst => new("800/101/DKPS-PIP/XI/2026", new(2026, 11, 25), new(2026, 11, 27));

    public static SummonsLetter SecondSummons => FirstSummons with
    {
        Number = "800/104/DKPS-PIP/XI/2026",
        ExaminationAt = new(2026, 12, 1, 9, 0, 0, TimeSpan.FromHours(8)),
        SignedAt = PlaceAndDate.TanjungRedeb(new(2026, 11, 30)),
    };

    public static ExaminationRecordForm ExaminationRecord => new()
    {
        Regime = EmploymentRegime.Pns,
        Letterhead = Disdukcapil,
        Number = "800/107/DKPS-PIP/XII/2026",
        StartedAt = new(2026, 12, 1, 9, 0, 0, TimeSpan.FromHours(8)),
        Place = "Ruang Rapat Dinas Kependudukan dan Pencatatan Sipil Kabupaten Berau",
        Examiners = [KepalaSeksi],
        SummonsReference = "Surat Panggilan II Nomor 800/104/DKPS-PIP/XI/2026 tanggal 30 November 2026",
        Examined = Clerk,
        AllegedAct = Act,
        Questions =
        [
            new("Apakah Saudara dalam keadaan sehat jasmani dan rohani serta bersedia memberikan keterangan dengan sebenarnya?",
                "Ya, saya dalam keadaan sehat dan bersedia memberikan keterangan dengan sebenarnya."),
            new("Mengapa Saudara tidak memenuhi Surat Panggilan I untuk diperiksa pada tanggal 27 November 2026?",
                "Saya tidak menerima surat tersebut tepat waktu karena sedang bertugas di loket hingga sore hari."),
            new("Apakah benar pada hari Selasa, 24 November 2026 sekitar pukul 10.14 WITA Saudara melakukan siaran langsung TikTok di loket pelayanan?",
                "Benar. Saya melakukan siaran langsung selama kurang lebih dua puluh menit."),
            new("Akun apa yang Saudara gunakan, dan apakah siaran tersebut bagian dari kegiatan resmi Dinas?",
                "Akun pribadi saya. Siaran itu bukan kegiatan resmi Dinas dan tidak ada penugasan untuk itu."),
            new("Apakah pada saat itu Saudara mengenakan seragam dinas dan sedang bertugas melayani masyarakat?",
                "Ya, saya berseragam dan sedang bertugas di loket, sehingga beberapa warga menunggu lebih lama."),
        ],
        Finding = "Yang diperiksa mengakui telah " + Act + ". Siaran dilakukan bukan melalui akun resmi Dinas dan " +
                  "bukan atas penugasan, sehingga pelayanan kepada masyarakat di loket terganggu. Dampak perbuatan " +
                  "tersebut terbatas pada unit kerja.",
        Copy = CopyToExamined.GivenOnDay(new(2026, 12, 1)),
        SignedAt = PlaceAndDate.TanjungRedeb(new(2026, 12, 1)),
    };

    public static SanctionDecisionLetter Decision => new()
    {
        Regime = EmploymentRegime.Pns,
        Letterhead = Disdukcapil,
        Number = "800/112/DKPS-PIP/XII/2026",
        DecidingOfficialTitle = "Kepala Seksi Pelayanan Identitas Penduduk Dinas Kependudukan dan Pencatatan Sipil Kabupaten Berau",
        Sanction = "teguran tertulis",
        Level = SanctionLevel.Light,
        Employee = Clerk,
        Act = Act,
        ViolatedProvisions = ["Pasal 3 huruf e dan huruf f " + PpDisiplin],
        Grounds = new DecisionGrounds.Examined("800/107/DKPS-PIP/XII/2026", new(2026, 12, 1)),
        LegalBases =
        [
            "Undang-Undang Nomor 20 Tahun 2023 tentang Aparatur Sipil Negara",
            PpDisiplin,
            "Peraturan Badan Kepegawaian Negara Nomor 6 Tahun 2022 tentang Peraturan Pelaksanaan " + PpDisiplin,
        ],
        Appeal = new(AppealKind.Objection, "Kepala Dinas Kependudukan dan Pencatatan Sipil Kabupaten Berau",
            new(14, DayCount.WorkingDays), LastDay: new(2026, 12, 24)),
        Decided = PlaceAndDate.TanjungRedeb(new(2026, 12, 4)),
        Signatory = KepalaSeksi,
        CarbonCopies = CarbonCopies,
    };

    /// <summary>The same act by a contract staff member at the same counter: a Surat Teguran under the contract.</summary>
    public static SanctionDecisionLetter ContractLetter => Decision with
    {
        Regime = EmploymentRegime.Contract,
        Number = "800/113/DKPS-PIP/XII/2026",
        Level = null,
        Employee = new("Muhammad Rizky", "KTR-BRU-2024-0117", "Tenaga Administrasi Loket", "Loket Pelayanan Disdukcapil"),
        ViolatedProvisions = ["kewajiban menaati jam kerja dan tata tertib pelayanan dalam Perjanjian Kerja Nomor 800/017/DKPS-TK/I/2026"],
        LegalBases = ["Perjanjian Kerja Nomor 800/017/DKPS-TK/I/2026 tanggal 2 Januari 2026"],
        Grounds = new DecisionGrounds.Examined("800/110/DKPS-PIP/XII/2026", new(2026, 12, 2)),
        Appeal = new(AppealKind.Objection, "Kepala Dinas Kependudukan dan Pencatatan Sipil Kabupaten Berau",
            new(7, DayCount.WorkingDays)),
        InForceOnDay = null,
        CarbonCopies = ["Kepala Dinas Kependudukan dan Pencatatan Sipil Kabupaten Berau", "Arsip"],
    };
}
