namespace Berau.Disiplin.Discipline.Policy;

/// <summary>
/// What the policy proposes for one set of facts, with everything needed to show why: the version, the rule that
/// fired, every rule that matched, and an explanation in Indonesian. Store it with the case as it is.
/// </summary>
public sealed record PolicyDecision
{
    public required string PolicyVersion { get; init; }
    /// <summary>The sanction, or null when no rule matched (e.g. two days of absence: below every threshold).</summary>
    public required ChosenSanction? Sanction { get; init; }
    /// <summary>The rule that fired, or null when none matched.</summary>
    public required string? RuleId { get; init; }
    /// <summary>The article the fired rule implements.</summary>
    public required string? Article { get; init; }
    /// <summary>Every rule that matched, in policy order, with the sanction each alone would give.</summary>
    public required IReadOnlyList<RuleMatch> MatchedRules { get; init; }
    public required TransferRecommendation Transfer { get; init; }
    /// <summary>Anything above ringan is decided by an entitled official (pejabat yang berwenang menghukum), not
    /// issued directly.</summary>
    public required bool NeedsOfficialDecision { get; init; }
    /// <summary>Human-readable, in Indonesian: the fired rule's explanation, then how the choice was made.</summary>
    public required string Explanation { get; init; }

    public SanctionLevel? Level => Sanction?.Level;
}

/// <summary>The sanction chosen, as it will be imposed (the transitional substitute where that applies).</summary>
/// <param name="Code">Catalogue code; a substitute keeps the code of the sanction it stands in for.</param>
public sealed record ChosenSanction(
    string Code,
    string Name,
    string EnglishName,
    SanctionLevel Level,
    int? DurationMonths,
    string Article,
    bool IsTransitionalSubstitute);

/// <summary>A rule that matched and the sanction (on the employee's ladder) it alone would have given.</summary>
public sealed record RuleMatch(string RuleId, string SanctionCode, string Article, bool RecommendsTransfer);

/// <summary>Whether moving the employee away from a front-line post is recommended, and why. Not a sanction.</summary>
public sealed record TransferRecommendation(bool Recommended, string? Reason)
{
    public static readonly TransferRecommendation None = new(false, null);
}
