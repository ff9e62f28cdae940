using Berau.Disiplin.Discipline.Letters;
using Berau.Disiplin.Discipline.Policy;
using Berau.Disiplin.Hosting.Clients;
using Berau.Disiplin.Primitives;
using Grpc.Core;

namespace Berau.Disiplin.Discipline.Cases;

/// <summary>
/// Gives a chosen sanction what the case cannot compute itself, its letter number and its dates, and issues it. Runs in
/// the caller's transaction: the letter's running number is taken only if the decision commits.
/// </summary>
public sealed class SanctionIssuer(SanctionDeadlines deadlines, LetterNumbers letters, TimeProvider time)
{
    public async Task IssueAsync(Case @case, SanctionPolicy policy, SanctionChoice choice, Decider by, string? traceId,
        CancellationToken cancellationToken)
    {
        @case.EnsureAwaitsSanction();
        var today = Wita.Today(time);
        var dates = await deadlines.FromAsync(today, policy.Settings, @case.UnitCode, cancellationToken);
        var letter = await letters.NextAsync(today.Year, choice.Sanction.Code, @case.UnitCode, cancellationToken);
        @case.IssueSanction(choice, by, dates, letter, time.GetUtcNow(), traceId);
    }

    /// <summary>
    /// Issues the warning a case is waiting for, in the verifier's name. While Personnel's calendar does not answer, the
    /// case stays open with the warning pending (its timeline says why) and <see cref="PendingWarnings"/> tries again:
    /// the confirmation is never held up or lost. Returns whether the warning was issued.
    /// </summary>
    public async Task<bool> TryIssuePendingWarningAsync(Case @case, SanctionPolicy policy, string? traceId,
        CancellationToken cancellationToken)
    {
        if (@case.PendingWarningBy is not { } verifier) return false;
        try
        {
            await IssueAsync(@case, policy, @case.ChooseSanction(policy, code: null, reason: ""), new Decider(verifier, Level: null),
                traceId, cancellationToken);
            return true;
        }
        catch (RpcException ex) when (TransientFaults.IsTransient(ex))
        {
            @case.DeferWarning($"Personnel did not answer ({ex.StatusCode}); the warning is issued when it does.",
                time.GetUtcNow(), traceId);
            return false;
        }
    }
}
