using System.Text.Json.Serialization;
using Berau.Disiplin.Primitives;

namespace Berau.Disiplin.Discipline.Policy;

/// <summary>The report categories, spelled as Reporting publishes them in its events.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<OffenceCategory>))]
public enum OffenceCategory
{
    /// <summary>Personal social-media use during working hours.</summary>
    PersonalSocialMedia = 1,
    /// <summary>Absence without valid reason (tidak masuk kerja tanpa alasan yang sah).</summary>
    Absence = 2,
    /// <summary>Misuse of uniform or office facilities (barang milik negara).</summary>
    MisuseOfFacilities = 3,
    /// <summary>Misconduct towards the public.</summary>
    MisconductTowardsPublic = 4,
    Other = 5,
}

/// <summary>Employment type; numbers as in the Personnel API.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<EmploymentType>))]
public enum EmploymentType
{
    /// <summary>Civil servant, CPNS included (PP 94/2021 applies mutatis mutandis).</summary>
    [JsonStringEnumMemberName("PNS")] Pns = 1,
    /// <summary>Government employee with a work agreement (PP 49/2018).</summary>
    [JsonStringEnumMemberName("PPPK")] Pppk = 2,
    /// <summary>Tenaga kontrak / honorer: no national discipline rule.</summary>
    [JsonStringEnumMemberName("Contract")] Contract = 3,
}

/// <summary>Facts that make an offence weigh more because it happens in front of the public.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<AggravatingFact>))]
public enum AggravatingFact
{
    /// <summary>Wearing the service uniform (berseragam dinas).</summary>
    InUniform = 1,
    /// <summary>On the office premises (di lingkungan kantor).</summary>
    OnOfficePremises = 2,
    /// <summary>Broadcasting live (siaran langsung).</summary>
    LiveBroadcast = 3,
    /// <summary>At a front-line service counter during service hours (di loket layanan pada jam layanan).</summary>
    DuringServiceHoursAtFrontLineCounter = 4,
}

/// <summary>Where the negative impact falls: PP 94/2021 maps one breached obligation to ringan, sedang or berat
/// by impact on the work unit, the agency or the state (Pasal 9–14). A finding the official or the tim pemeriksa
/// makes and gives reasons for; never assumed.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<Impact>))]
public enum Impact
{
    UnitKerja = 1,
    Instansi = 2,
    Negara = 3,
}

/// <summary>A sanction the employee already received for an offence of the same kind.</summary>
/// <param name="Code">Its catalogue code (R1, S2, PHPK, K1...).</param>
/// <param name="DecidedAt">The instant of the decision that imposed it: it makes an offence a repeat only if it came
/// before the offence, even on the same day.</param>
public sealed record PriorSanction(string Code, DateTimeOffset DecidedAt);

/// <summary>
/// What the policy looks at to choose a sanction. The caller establishes the facts (from the case, Personnel and
/// the employee's record); the policy only weighs them.
/// </summary>
public sealed record OffenceFacts
{
    public required OffenceCategory Category { get; init; }
    public required EmploymentType EmploymentType { get; init; }
    /// <summary>When the offence happened: prior sanctions count only if decided before this instant, within the
    /// version's lookback.</summary>
    public required DateTimeOffset OffenceAt { get; init; }
    public IReadOnlyCollection<AggravatingFact> Aggravating { get; init; } = [];
    /// <summary>Whether the subject's unit is a front-line service unit (unit layanan garis depan).</summary>
    public bool FrontLineUnit { get; init; }
    /// <summary>The impact the examination found; null until it is found. Where the impact decides the level, the
    /// policy proposes nothing without it (<see cref="PolicyDecision.MissingFinding"/>) rather than assume the unit.</summary>
    public Impact? Impact { get; init; }
    /// <summary>For <see cref="OffenceCategory.Absence"/>: working days absent without valid reason, cumulative over
    /// the version's counting period (<see cref="PolicySettings.AbsenceCountingPeriod"/>).</summary>
    public int AbsenceDaysInYear { get; init; }
    /// <summary>For <see cref="OffenceCategory.Absence"/>: the longest run of consecutive working days absent.</summary>
    public int ConsecutiveAbsenceDays { get; init; }
    /// <summary>Sanctions already imposed for offences of the same kind (sifat yang sama); the caller decides
    /// what counts as the same kind.</summary>
    public IReadOnlyList<PriorSanction> PriorSanctionsOfSameKind { get; init; } = [];

    /// <summary>Reads a category as Reporting's events spell it ("PersonalSocialMedia").</summary>
    public static OffenceCategory ParseCategory(string value) =>
        Enum.TryParse<OffenceCategory>(value, ignoreCase: false, out var category)
        && Enum.IsDefined(category) && !char.IsDigit(value.FirstOrDefault())
            ? category
            : throw ValidationFailedException.For("category",
                $"'{value}' is not a report category; expected one of {string.Join(", ", Enum.GetNames<OffenceCategory>())}");
}
