using System.Text.Json.Serialization;

namespace Berau.Disiplin.Discipline.Policy;

/// <summary>
/// One published version of the sanction policy, exactly as officials write it in JSON
/// (see docs/sanction-policy.md and the default in default-policy.json). Plain data: <see cref="SanctionPolicy"/>
/// validates it and evaluates facts against it. A case keeps the version it was opened under.
/// </summary>
public sealed record PolicyVersion
{
    /// <summary>Version id, e.g. "pp94-2021.2". Stored with every case and decision.</summary>
    public required string Version { get; init; }
    /// <summary>First day (local date) on which new cases use this version.</summary>
    public required DateOnly EffectiveFrom { get; init; }
    public required string Title { get; init; }
    public required PolicySettings Settings { get; init; }
    /// <summary>The sanction catalogue this version can impose.</summary>
    public required IReadOnlyList<SanctionType> Sanctions { get; init; }
    /// <summary>Per employment type: which sanctions are allowed, in what order of severity.</summary>
    public required IReadOnlyList<Regime> Regimes { get; init; }
    /// <summary>The rules, in order: on a tie in severity the rule listed first is the one that fires.</summary>
    public required IReadOnlyList<PolicyRule> Rules { get; init; }
    /// <summary>Who may impose which level on whom.</summary>
    public required AuthorityConfig Authority { get; init; }
}

/// <summary>
/// The knobs for what the reference could not verify. Each is configuration because the regulation text was not
/// seen or the sources disagree; see docs/sanction-policy.md.
/// </summary>
public sealed record PolicySettings
{
    /// <summary>How far back a prior sanction still makes an offence a repeat. Null: no limit, since none was
    /// found in the regulation. Written out even when null, since null is a choice.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public int? RepeatLookbackMonths { get; init; }
    /// <summary>Whether the tukin cuts S1–S3 are replaced by their transitional substitutes.</summary>
    public bool ApplyTransitionalSubstitutes { get; init; }
    /// <summary>The period over which absence days are summed; PP 94 says "dalam 1 tahun".</summary>
    public AbsenceCountingPeriod AbsenceCountingPeriod { get; init; } = AbsenceCountingPeriod.CalendarYear;
    /// <summary>Deadline for delivering the decision after it is set ("14 hari" or "14 hari kerja").</summary>
    public required DayCount DeliveryDeadline { get; init; }
    /// <summary>Deadline for sending the decision when the employee does not come to receive it.</summary>
    public required DayCount SendWhenNotCollected { get; init; }
    /// <summary>The decision takes effect on this day after it is received (the 15th; calendar or working).</summary>
    public required DayCount EffectiveOnDayAfterReceipt { get; init; }
    /// <summary>How long after receipt an objection (keberatan) may be filed.</summary>
    public required DayCount ObjectionWindow { get; init; }
    /// <summary>How long after the decision an administrative appeal (banding, dismissal and PHPK only) may be
    /// filed.</summary>
    public required DayCount AppealWindow { get; init; }
    /// <summary>
    /// The atasan langsung must summon the employee within this many days after the case opens (PP 94/2021 Pasal 26:
    /// he who learns of a violation must summon; Pasal 28 sanctions the one who does not). The window itself is not in
    /// the sources seen, so it is configurable. Versions published before the hearing existed read the default.
    /// </summary>
    public DayCount SummonsWindow { get; init; } = new(7, DayKind.WorkingDays);
    /// <summary>
    /// The examination takes place at most this many days after the date of the summons letter. The sources conflict
    /// ("at most 7 working days between letter and examination" against "delivered at least 7 working days before").
    /// </summary>
    public DayCount SummonsMaxGap { get; init; } = new(7, DayKind.WorkingDays);
    /// <summary>After a missed examination, the second summons is dated within this many days of the missed day.</summary>
    public DayCount SecondSummonsWindow { get; init; } = new(7, DayKind.WorkingDays);
}

[JsonConverter(typeof(JsonStringEnumConverter<AbsenceCountingPeriod>))]
public enum AbsenceCountingPeriod
{
    /// <summary>January to December, as PP 53/2010 counted.</summary>
    CalendarYear = 1,
    /// <summary>The twelve months up to the offence.</summary>
    Rolling12Months = 2,
}

[JsonConverter(typeof(JsonStringEnumConverter<DayKind>))]
public enum DayKind
{
    CalendarDays = 1,
    /// <summary>Working days on the unit's schedule and the holiday calendar (Personnel).</summary>
    WorkingDays = 2,
}

/// <summary>A number of days and whether they are calendar or working days.</summary>
public sealed record DayCount(int Days, DayKind Kind)
{
    /// <summary>"7 working days", as refusals quote a setting.</summary>
    public string Describe() => $"{Days} {(Kind == DayKind.WorkingDays ? "working" : "calendar")} day{(Days == 1 ? "" : "s")}";
}

/// <summary>An inclusive range; no <see cref="Max"/> means no upper bound.</summary>
public sealed record IntRange(int Min, int? Max = null)
{
    public bool Contains(int value) => value >= Min && (Max is null || value <= Max);

    public override string ToString() => Max is null ? $"{Min} or more" : Min == Max ? $"{Min}" : $"{Min}–{Max}";
}

/// <summary>
/// The sanctions one employment type can receive, lightest first: the order is the severity order used for
/// "heaviest wins" and for a repeat ("one step heavier than the last"). A sanction a rule names that is not on the
/// ladder is translated through <see cref="Equivalents"/>: for PPPK every berat sanction becomes PHPK.
/// </summary>
public sealed record Regime
{
    public required EmploymentType EmploymentType { get; init; }
    public required IReadOnlyList<string> Ladder { get; init; }
    /// <summary>Catalogue code → code on this ladder, for sanctions this employment type cannot receive as such.</summary>
    public IReadOnlyDictionary<string, string> Equivalents { get; init; } = new Dictionary<string, string>();
    /// <summary>The rule this ladder rests on, cited in explanations for this employment type.</summary>
    public required string Basis { get; init; }
    public required Confidence Confidence { get; init; }
    /// <summary>Cited ahead of the rule's article in a decision for this employment type, e.g. "PP 49/2018 Pasal 52 jo."
    /// for PPPK, whom PP 94/2021 reaches only through PP 49/2018. None for PNS.</summary>
    public string? ArticlePrefix { get; init; }

    /// <summary>The code on this ladder that <paramref name="code"/> stands for, or null if it has none.</summary>
    public string? Resolve(string code) =>
        Ladder.Contains(code) ? code : Equivalents.TryGetValue(code, out var equivalent) ? equivalent : null;
}
