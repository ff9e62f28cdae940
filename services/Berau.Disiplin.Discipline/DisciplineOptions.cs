using System.ComponentModel.DataAnnotations;

namespace Berau.Disiplin.Discipline;

/// <summary>Configuration section <c>Discipline</c>.</summary>
public sealed class DisciplineOptions
{
    public const string Section = "Discipline";

    /// <summary>
    /// The decision letter's number. Placeholders: {seq} (per year), {year}, {code} (sanction code), {unit}.
    /// 800 is the personnel classification of the regional archive code; Berau's exact scheme is to be set by BKPSDM.
    /// </summary>
    [Required] public string LetterNumberFormat { get; set; } = "800.1.6.4/{seq:0000}/{code}/{unit}/{year}";

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
    /// <summary>
    /// A summons letter's number when the examiner leaves it empty. Placeholders: {seq} (its own sequence per year),
    /// {year}, {unit}, {code} (PGL-I or PGL-II).
    /// </summary>
    [Required] public string SummonsPattern { get; set; } = "800.1.6.4/{seq}/{unit}/{year}";
}
