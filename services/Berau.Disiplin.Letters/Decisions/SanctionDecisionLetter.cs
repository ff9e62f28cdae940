namespace Berau.Disiplin.Letters.Decisions;

/// <summary>
/// The decision that ends a case with a sanction. For a PNS or PPPK it is the Keputusan Hukuman Disiplin of the
/// official with authority (pejabat yang berwenang menghukum). For contract staff it is a letter under their
/// contract or the Peraturan Bupati (a "Surat Teguran" unless the regime's wording names it otherwise), which
/// never calls itself a hukuman disiplin and never cites PP 94/2021.
/// </summary>
public sealed record SanctionDecisionLetter
{
    public required EmploymentRegime Regime { get; init; }
    public required Letterhead Letterhead { get; init; }

    /// <summary>The decision's number, as the service numbered it. Never derived here, never a sanction code.</summary>
    public required string Number { get; init; }

    /// <summary>
    /// The deciding official's title as the heading names it, e.g. "Kepala Seksi Pelayanan Identitas Penduduk Dinas
    /// Kependudukan dan Pencatatan Sipil Kabupaten Berau" or "Bupati Berau"; printed in capitals.
    /// </summary>
    public required string DecidingOfficialTitle { get; init; }

    /// <summary>The sanction in words as the regulation names it, e.g. "teguran tertulis". Never a code such as R2.</summary>
    public required string Sanction { get; init; }

    /// <summary>tingkat ringan / sedang / berat, printed beside the sanction when given (PNS and PPPK only).</summary>
    public SanctionLevel? Level { get; init; }

    public required Person Employee { get; init; }

    /// <summary>
    /// The act itself, as a verb phrase that follows "karena", e.g. "melakukan siaran langsung TikTok dengan akun
    /// pribadi pada jam kerja, berseragam, di loket pelayanan".
    /// </summary>
    public required string Act { get; init; }

    /// <summary>
    /// The provisions the act breaches, as the policy cites them, e.g. "Pasal 3 huruf f Peraturan Pemerintah Nomor 94
    /// Tahun 2021 tentang Disiplin Pegawai Negeri Sipil"; for contract staff the contract's or the Perbup's clauses.
    /// </summary>
    public required IReadOnlyList<string> ViolatedProvisions { get; init; }

    /// <summary>What the decision rests on: the examination's record, or the evidence after a second missed summons.</summary>
    public required DecisionGrounds Grounds { get; init; }

    /// <summary>
    /// Mengingat: the legal bases, as data, e.g. UU 20/2023 tentang ASN, PP 94/2021, Peraturan BKN 6/2022. For contract
    /// staff: the employment contract and the Peraturan Bupati.
    /// </summary>
    public required IReadOnlyList<string> LegalBases { get; init; }

    /// <summary>The employee's remedy against the decision; null where there is none to print.</summary>
    public AppealRight? Appeal { get; init; }

    /// <summary>
    /// When the decision takes effect, counted from receipt: 15 days by PP 94/2021 ("hari ke-15"), while one
    /// implementing source counts working days. Null for a contract letter that takes effect on receipt.
    /// </summary>
    public DayPeriod? InForceOnDay { get; init; } = new(15, DayCount.CalendarDays);

    /// <summary>Ditetapkan di / pada tanggal (the penetapan date).</summary>
    public required PlaceAndDate Decided { get; init; }

    public required Official Signatory { get; init; }

    public IReadOnlyList<string> CarbonCopies { get; init; } = [];

    public RegimeWording? Wording { get; init; }
}

/// <summary>What a decision rests on.</summary>
public abstract record DecisionGrounds
{
    private DecisionGrounds() { }

    /// <summary>The examination, as its Berita Acara Pemeriksaan records it.</summary>
    public sealed record Examined(string RecordNumber, DateOnly ExaminedOn) : DecisionGrounds;

    /// <summary>
    /// The employee did not attend the second summons: the decision rests on the evidence and statements at hand,
    /// without an examination (PP 94/2021 on a second missed summons).
    /// </summary>
    public sealed record AbsentAfterSecondSummons(string SecondSummonsNumber, DateOnly SecondSummonsDate) : DecisionGrounds;
}

/// <summary>The route against a decision.</summary>
public enum AppealKind
{
    /// <summary>keberatan: to the superior of the official who decided (PP 79/2021).</summary>
    Objection,
    /// <summary>banding administratif: to BPASN, against PDHTAPS or the termination of a PPPK (PP 79/2021).</summary>
    AdministrativeAppeal,
}

/// <summary>
/// The right to keberatan or banding administratif: to whom, within how many days of receipt and how they are
/// counted (unconfirmed, so input), and the last day once receipt is known.
/// </summary>
public sealed record AppealRight(AppealKind Kind, string AddressedTo, DayPeriod Window, DateOnly? LastDay = null);
