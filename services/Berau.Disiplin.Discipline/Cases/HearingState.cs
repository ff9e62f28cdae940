using Berau.Disiplin.Discipline.Policy;

namespace Berau.Disiplin.Discipline.Cases;

/// <summary>
/// The hearing PP 94/2021 puts between the report and any sanction: the atasan langsung summons the employee in writing
/// (Pasal 26), examines him and records a BAP (Pasal 27); a tim pemeriksa examines where a heavier sanction is expected.
/// Plain data of the case, changed only by the case's own moves.
/// </summary>
public sealed record HearingState
{
    /// <summary>The employee's direct supervisor when the case opened (Personnel's chain); null while Personnel is unreachable.</summary>
    public Official? AtasanLangsung { get; init; }
    /// <summary>The day by which the next summons must be out (Pasal 28 sanctions an atasan who does not summon).</summary>
    public DateOnly? SummonsDue { get; init; }
    /// <summary>Set once when <see cref="SummonsDue"/> passed without a summons; cleared when a new window starts.</summary>
    public bool SummonsOverdue { get; init; }
    /// <summary>Summons I, then summons II after a missed examination.</summary>
    public List<Summons> Summonses { get; init; } = [];
    public Examination? Examination { get; init; }
    public ExaminationTeam? Team { get; init; }
    public Suspension? Suspension { get; init; }
    /// <summary>Both summonses were missed: the decision may rest on the evidence without an examination.</summary>
    public bool DecidedOnEvidence { get; init; }
    /// <summary>The level the proposal expects, which decides who examines: a team may for sedang and must for berat.</summary>
    public SanctionLevel? ExpectedLevel { get; init; }
    public bool TeamRequired { get; init; }
    /// <summary>The nearest official in the employee's line whom the authority matrix entitles to decide the proposal.</summary>
    public Official? DecisionOfficial { get; init; }
}

/// <summary>A written summons (surat panggilan) to the examination.</summary>
public sealed record Summons
{
    /// <summary>1 or 2.</summary>
    public required int Number { get; init; }
    public required string LetterNumber { get; init; }
    public required DateOnly LetterDate { get; init; }
    public required DateTimeOffset ExaminationAt { get; init; }
    /// <summary>A room, or a virtual meeting link (the examination may be virtual).</summary>
    public required string Place { get; init; }
    public required Official Examiner { get; init; }
    public required SummonsOutcome Outcome { get; init; }
    public string? Note { get; init; }
}

public enum SummonsOutcome
{
    /// <summary>The examination has not taken place yet.</summary>
    Pending = 1,
    Attended = 2,
    Missed = 3,
}

/// <summary>The closed examination (pemeriksaan) and its record, the Berita Acara Pemeriksaan.</summary>
public sealed record Examination
{
    public required string BapNumber { get; init; }
    public required DateTimeOffset ExaminedAt { get; init; }
    public required List<Official> Examiners { get; init; }
    /// <summary>The employee's statement (keterangan).</summary>
    public required string Statement { get; init; }
    public required bool SignedByEmployee { get; init; }
    /// <summary>Why the BAP carries no signature of the employee; the BAP stands as the basis all the same.</summary>
    public string? RefusalNote { get; init; }
    /// <summary>A copy of the BAP was given to the employee, as is his right.</summary>
    public required bool CopyGiven { get; init; }
    public required bool Proven { get; init; }
    /// <summary>Where the negative impact falls, as the examiner found and reasoned it; null when not proven.</summary>
    public Impact? Impact { get; init; }
    public string? ImpactReasoning { get; init; }
    public string? Findings { get; init; }
}

/// <summary>The tim pemeriksa the PPK (or designee) formed: the atasan langsung, the Inspektorat and BKPSDM.</summary>
public sealed record ExaminationTeam
{
    public required string DecreeNumber { get; init; }
    public required List<TeamMember> Members { get; init; }
    public required Official FormedBy { get; init; }
    public required DateTimeOffset FormedAt { get; init; }
}

public sealed record TeamMember
{
    public required Official Official { get; init; }
    public required TeamRole Role { get; init; }
}

public enum TeamRole
{
    AtasanLangsung = 1,
    /// <summary>The supervision element (APIP).</summary>
    Inspektorat = 2,
    /// <summary>The personnel element.</summary>
    Bkpsdm = 3,
}

/// <summary>Pembebasan sementara dari tugas jabatan while a berat case is examined; the employee keeps working and paid.</summary>
public sealed record Suspension
{
    public required string DecreeNumber { get; init; }
    public required DateOnly FromDate { get; init; }
    /// <summary>Who performs the duties meanwhile (Plh).</summary>
    public required Official ActingOfficial { get; init; }
    public required Official OrderedBy { get; init; }
}

/// <summary>A further confirmed report about the same employee, examined together with the case's own (one sanction, the heaviest).</summary>
public sealed record JoinedReport
{
    public required Guid ReportId { get; init; }
    public required OffenceCategory Category { get; init; }
    public required CaseFacts Facts { get; init; }
    public required string VerifiedBy { get; init; }
    public required string BapNumber { get; init; }
    public required DateTimeOffset JoinedAt { get; init; }
}

// ----- What the hearing's moves take -----

/// <summary>The summons letter as the examiner issues it; its number is given before it reaches the case.</summary>
public sealed record SummonsLetter(string LetterNumber, DateOnly LetterDate, DateTimeOffset ExaminationAt, string Place);

/// <summary>
/// The days a summons must keep to, counted on the regency calendar by the caller from the policy's settings: the
/// examination at most <see cref="MaxGap"/> after the letter; summons II dated within <see cref="SecondWindow"/> of the
/// missed examination day.
/// </summary>
public sealed record SummonsLimits(DateOnly LatestExaminationDay, DayCount MaxGap, DateOnly? LatestSecondLetterDate, DayCount SecondWindow);

/// <summary>The BAP as the examiner records it.</summary>
public sealed record ExaminationRecord(
    string BapNumber,
    DateTimeOffset ExaminedAt,
    IReadOnlyList<string> ExaminerNips,
    string Statement,
    bool SignedByEmployee,
    string? RefusalNote,
    bool CopyGiven,
    bool Proven,
    Impact? Impact,
    string? ImpactReasoning,
    string? Findings);

/// <summary>The units whose staff sit on a tim pemeriksa for supervision and for personnel (configuration).</summary>
public sealed record TeamUnits(string Inspektorat, string Bkpsdm)
{
    public static bool IsIn(string? unitCode, string unit) =>
        unitCode is not null && (unitCode == unit || unitCode.StartsWith(unit + ".", StringComparison.Ordinal));
}

/// <summary>The employee's earlier sanctions per kind of offence, as the policy weighs a repeat.</summary>
public sealed class PriorSanctions(IReadOnlyDictionary<OffenceCategory, IReadOnlyList<PriorSanction>> byCategory)
{
    public static readonly PriorSanctions None = new(new Dictionary<OffenceCategory, IReadOnlyList<PriorSanction>>());

    public IReadOnlyList<PriorSanction> Of(OffenceCategory category) => byCategory.GetValueOrDefault(category) ?? [];
}
