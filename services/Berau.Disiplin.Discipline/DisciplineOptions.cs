using System.ComponentModel.DataAnnotations;

namespace Berau.Disiplin.Discipline;

/// <summary>Configuration section <c>Discipline</c>.</summary>
public sealed class DisciplineOptions
{
    public const string Section = "Discipline";

    /// <summary>
    /// Issue a ringan outcome (a warning) as soon as the case opens, in the name of the verifying supervisor (the atasan
    /// langsung must impose what is within his authority, PP 94/2021). When false, every sanction waits for
    /// <c>DecideSanction</c> by an entitled official.
    /// </summary>
    public bool AutoIssueWarnings { get; set; } = true;

    /// <summary>
    /// The decision letter's number. Placeholders: {seq} (per year), {year}, {code} (sanction code), {unit}.
    /// 800 is the personnel classification of the regional archive code; Berau's exact scheme is to be set by BKPSDM.
    /// </summary>
    [Required] public string LetterNumberFormat { get; set; } = "800.1.6.4/{seq:0000}/{code}/{unit}/{year}";

    /// <summary>
    /// When set, a recommended transfer is requested at once to this unit and position instead of waiting for an
    /// official's approval. Empty by default: a transfer is a personnel decision of the PPK.
    /// </summary>
    public string? AutoTransferUnitCode { get; set; }
    public string AutoTransferPosition { get; set; } = "Staf pelaksana";

    /// <summary>How often warnings that waited for Personnel's calendar are tried again.</summary>
    public TimeSpan PendingWarningInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How often sanctions whose objection window has passed are made final.</summary>
    public TimeSpan FinalizeInterval { get; set; } = TimeSpan.FromMinutes(5);
}
