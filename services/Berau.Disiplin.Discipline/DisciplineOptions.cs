using System.ComponentModel.DataAnnotations;

namespace Berau.Disiplin.Discipline;

/// <summary>Configuration section <c>Discipline</c>.</summary>
public sealed class DisciplineOptions
{
    public const string Section = "Discipline";

    /// <summary>Numbers of the hearing's own letters (section <c>Discipline:Letters</c>).</summary>
    public LetterOptions Letters { get; set; } = new();

    /// <summary>
    /// NIPs of officials the PPK has delegated transfer decisions to (approve, order or decline a mutasi linked to a
    /// case). The PPK himself, the Bupati at the top of the employee's line, needs no entry. Empty by default.
    /// </summary>
    public List<string> TransferDelegates { get; set; } = [];

    /// <summary>NIPs of officials the PPK has designated to form a tim pemeriksa (the Sekda, say). Empty by default.</summary>
    public List<string> PpkDesignees { get; set; } = [];

    /// <summary>The unit whose staff sit on a tim pemeriksa for supervision (pengawasan); its sub-units count too.</summary>
    [Required] public string InspektoratUnitCode { get; set; } = "INSPEKTORAT";

    /// <summary>The unit whose staff sit on a tim pemeriksa for personnel (kepegawaian); its sub-units count too.</summary>
    [Required] public string BkpsdmUnitCode { get; set; } = "BKPSDM";

    /// <summary>How often cases whose atasan langsung Personnel has not named yet are tried again.</summary>
    public TimeSpan AtasanLookupInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How often cases are checked for a summons that is overdue.</summary>
    public TimeSpan SummonsOverdueInterval { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How often sanctions whose objection window has passed are made final.</summary>
    public TimeSpan FinalizeInterval { get; set; } = TimeSpan.FromMinutes(5);
}

/// <summary>Configuration section <c>Discipline:Letters</c>.</summary>
public sealed class LetterOptions
{
    // Tata naskah: 800 is the personnel classification of the regional archive code; Berau's exact scheme is for BKPSDM to
    // set. Placeholders: {seq} or {seq:000} (the kind's own gap-free sequence per year), {year}, {unit} (the case's unit,
    // its first segment). A letter number never carries the sanction: there is no {code}, and the letters refuse one.

    /// <summary>A summons letter's number (Surat Panggilan I and II) when the examiner leaves it empty.</summary>
    [Required] public string SummonsPattern { get; set; } = "800.1.6.4/PGL/{seq:000}/{unit}/{year}";

    /// <summary>A Berita Acara Pemeriksaan's number when the examiner leaves it empty.</summary>
    [Required] public string ExaminationPattern { get; set; } = "800.1.6.4/BAP/{seq:000}/{unit}/{year}";

    /// <summary>A decision letter's number (Keputusan Hukuman Disiplin, or the contract staff's Surat Teguran).</summary>
    [Required] public string DecisionPattern { get; set; } = "800.1.6.4/{seq:000}/{unit}/{year}";

    /// <summary>The kop surat's unit line: the office that issues the case's letters.</summary>
    [Required] public string LetterheadUnit { get; set; } = "BADAN KEPEGAWAIAN DAN PENGEMBANGAN SUMBER DAYA MANUSIA";

    /// <summary>The kop surat's address lines.</summary>
    public List<string> LetterheadAddress { get; set; } = ["Jalan Pulau Derawan, Tanjung Redeb, Kabupaten Berau, Kalimantan Timur"];

    /// <summary>Where letters are signed.</summary>
    [Required] public string Place { get; set; } = "Tanjung Redeb";

    /// <summary>The legal basis a summons cites, and the Mengingat of a decision (PNS and PPPK).</summary>
    public List<string> LegalBases { get; set; } =
        ["Peraturan Pemerintah Nomor 94 Tahun 2021 tentang Disiplin Pegawai Negeri Sipil"];

    /// <summary>The legal basis of a contract staff member's letters: the contract (never PP 94/2021).</summary>
    public List<string> ContractLegalBases { get; set; } = ["Perjanjian Kerja yang bersangkutan"];
}
