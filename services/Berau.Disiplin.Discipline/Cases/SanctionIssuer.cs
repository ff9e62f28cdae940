using Berau.Disiplin.Discipline.Letters;
using Berau.Disiplin.Discipline.Policy;
using Berau.Disiplin.Primitives;

namespace Berau.Disiplin.Discipline.Cases;

/// <summary>
/// Gives a chosen sanction what the case cannot compute itself, its letter number and its dates, and issues it. Runs in
/// the caller's transaction: the letter's running number is taken only if the decision commits.
/// </summary>
public sealed class SanctionIssuer(SanctionDeadlines deadlines, LetterNumbers letters, TimeProvider time)
{
    public async Task IssueAsync(Case @case, SanctionPolicy policy, SanctionChoice choice, Official by, string? traceId,
        CancellationToken cancellationToken)
    {
        @case.EnsureHeard();
        var today = Wita.Today(time);
        // The dates bind from delivery; the decision's events carry the earliest they can be (received today).
        var ifReceivedToday = await deadlines.FromAsync(today, today, policy.Settings, @case.UnitCode, cancellationToken);
        var letter = await letters.NextDecisionAsync(today.Year, @case.UnitCode, cancellationToken);
        @case.IssueSanction(choice, by, ifReceivedToday, letter, time.GetUtcNow(), traceId);
    }
}
