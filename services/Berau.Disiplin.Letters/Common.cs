namespace Berau.Disiplin.Letters;

/// <summary>
/// Which rules govern the employee, and so which words the letters may use. PNS: PP 94/2021. PPPK: the PPK's
/// discipline rules on the PNS procedure (PP 49/2018 Pasal 52). Contract staff (tenaga kontrak): their contract or a
/// Peraturan Bupati; PP 94/2021 does not apply to them and their outcome is never a "hukuman disiplin".
/// </summary>
public enum EmploymentRegime
{
    /// <summary>Pegawai Negeri Sipil (and CPNS).</summary>
    Pns,
    /// <summary>Pegawai Pemerintah dengan Perjanjian Kerja.</summary>
    Pppk,
    /// <summary>Tenaga kontrak / non-ASN.</summary>
    Contract,
}

/// <summary>How a number of days is counted: the sources disagree for several periods, so it is always input.</summary>
public enum DayCount
{
    /// <summary>"hari kerja": working days on the regency's calendar.</summary>
    WorkingDays,
    /// <summary>"hari": calendar days.</summary>
    CalendarDays,
}

/// <summary>The level of a sanction under PP 94/2021 Pasal 8 (tingkat hukuman disiplin).</summary>
public enum SanctionLevel
{
    /// <summary>ringan</summary>
    Light,
    /// <summary>sedang</summary>
    Moderate,
    /// <summary>berat</summary>
    Heavy,
}

/// <summary>
/// The kop surat: the government line and the issuing unit. <paramref name="UnitName"/> as the unit writes itself,
/// e.g. "Dinas Kependudukan dan Pencatatan Sipil"; the kop prints it in capitals. <paramref name="AddressLines"/>:
/// street, telephone, e-mail, web, each printed small under the name.
/// </summary>
public sealed record Letterhead(string UnitName, IReadOnlyList<string> AddressLines)
{
    /// <summary>"PEMERINTAH KABUPATEN BERAU".</summary>
    public string Government { get; init; } = LetterWording.BerauGovernment;
}

/// <summary>
/// The employee a letter is about. <paramref name="IdNumber"/>: the NIP of a PNS, the NI PPPK of a PPPK, the
/// registry number of contract staff (the label printed beside it follows the regime). <paramref name="Rank"/>:
/// pangkat/golongan ruang where known, e.g. "Pengatur (II/c)"; left out of the letter when null.
/// </summary>
public sealed record Person(string Name, string IdNumber, string Position, string Unit, string? Rank = null);

/// <summary>
/// An official who signs a letter or examines: name, NIP, position (jabatan, as written under the signature),
/// and pangkat/golongan where it should be printed.
/// </summary>
public sealed record Official(string Name, string Nip, string Position, string? Rank = null);

/// <summary>Where and when a letter is signed: "Tanjung Redeb, 4 Desember 2026".</summary>
public sealed record PlaceAndDate(string Place, DateOnly Date)
{
    public static PlaceAndDate TanjungRedeb(DateOnly date) => new(LetterWording.TanjungRedeb, date);
}

/// <summary>A number of days and how they are counted, e.g. 14 hari kerja.</summary>
public sealed record DayPeriod(int Days, DayCount Count);
