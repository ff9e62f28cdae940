using Berau.Disiplin.Discipline.Policy;

namespace Berau.Disiplin.Discipline.Cases;

/// <summary>What the policy proposed when the case opened, with the rule that fired and why.</summary>
public sealed record SanctionProposal
{
    /// <summary>The sanction's code; null when the policy proposes none.</summary>
    public string? Code { get; init; }
    public string? Name { get; init; }
    public SanctionLevel? Level { get; init; }
    public string? RuleId { get; init; }
    public string? Article { get; init; }
    /// <summary>In Indonesian, as the policy explains itself.</summary>
    public required string Explanation { get; init; }
    /// <summary>Above ringan: an entitled official decides (pejabat yang berwenang menghukum).</summary>
    public bool RequiresOfficialDecision { get; init; }
    public bool TransferRecommended { get; init; }
    public string? TransferReason { get; init; }

    public static SanctionProposal Of(PolicyDecision decision) => new()
    {
        Code = decision.Sanction?.Code,
        Name = decision.Sanction?.Name,
        Level = decision.Sanction?.Level,
        RuleId = decision.RuleId,
        Article = decision.Article,
        Explanation = decision.Explanation,
        RequiresOfficialDecision = decision.NeedsOfficialDecision,
        TransferRecommended = decision.Transfer.Recommended,
        TransferReason = decision.Transfer.Reason,
    };
}
