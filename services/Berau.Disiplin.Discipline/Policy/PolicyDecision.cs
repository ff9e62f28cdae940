namespace Berau.Disiplin.Discipline.Policy;

/// <summary>
/// What the policy proposes for one set of facts, with everything needed to show why: the version, the rule that
/// fired, every rule that matched, and an explanation in Indonesian. Store it with the case as it is.
/// </summary>
public sealed record PolicyDecision
{
    public required string PolicyVersion { get; init; }
    /// <summary>The sanction, or null when no rule matched (e.g. two days of absence: below every threshold) or a
    /// finding is missing (<see cref="MissingFinding"/>).</summary>
    public required ChosenSanction? Sanction { get; init; }
    /// <summary>The rule that fired (for a missing provision, the rule that leaves the choice to the official), or null
    /// when none matched or the impact is missing.</summary>
    public required string? RuleId { get; init; }
    /// <summary>The article the fired rule implements.</summary>
    public required string? Article { get; init; }
    /// <summary>Every rule that matched, in policy order, with the sanction each alone would give.</summary>
    public required IReadOnlyList<RuleMatch> MatchedRules { get; init; }
    public required TransferRecommendation Transfer { get; init; }
    /// <summary>Anything above ringan, and anything the policy cannot propose until a finding is made, is decided by
    /// an entitled official (pejabat yang berwenang menghukum), not issued directly.</summary>
    public required bool NeedsOfficialDecision { get; init; }
    /// <summary>What the examination must still find before a sanction can be proposed; null when nothing is missing.
    /// Evaluate again with the finding (the impact), or let the official decide (the breached provision).</summary>
    public Finding? MissingFinding { get; init; }
    /// <summary>Human-readable, in Indonesian: the fired rule's explanation, then how the choice was made. Words only:
    /// no rule ids, sanction codes or ISO dates (those are in the fields above).</summary>
    public required string Explanation { get; init; }

    public SanctionLevel? Level => Sanction?.Level;
}

/// <summary>A finding the policy cannot make itself and does not assume.</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(System.Text.Json.Serialization.JsonStringEnumConverter<Finding>))]
public enum Finding
{
    /// <summary>Where the negative impact falls (unit kerja, instansi, negara), which decides the level (PP 94/2021
    /// Pasal 9–14).</summary>
    Impact = 1,
    /// <summary>Which obligation or prohibition was breached: the facts name none the policy can map to a level.</summary>
    BreachedProvision = 2,
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

/// <summary>A rule that matched and the sanction (on the employee's ladder) it alone would have given; none for a rule
/// that leaves the choice to the official.</summary>
public sealed record RuleMatch(string RuleId, string? SanctionCode, string Article, bool RecommendsTransfer);

/// <summary>Whether moving the employee away from a front-line post is recommended, and why. Not a sanction.</summary>
public sealed record TransferRecommendation(bool Recommended, string? Reason)
{
    public static readonly TransferRecommendation None = new(false, null);
}
