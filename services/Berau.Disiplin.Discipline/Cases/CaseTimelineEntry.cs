using Berau.Disiplin.Primitives;

namespace Berau.Disiplin.Discipline.Cases;

/// <summary>One step of a case: who did what, when, in which trace (the audit trail).</summary>
public sealed class CaseTimelineEntry
{
    private CaseTimelineEntry() { }

    internal CaseTimelineEntry(Guid caseId, int sequence, DateTimeOffset at, string actor, string action, string detail,
        string? traceId)
    {
        Id = Ids.New(at);
        CaseId = caseId;
        Sequence = sequence;
        At = at;
        Actor = actor;
        Action = action;
        Detail = detail.Length > 2000 ? detail[..2000] : detail;
        TraceId = traceId;
    }

    public Guid Id { get; private init; }
    public Guid CaseId { get; private init; }
    /// <summary>The step's place in the case: steps of the same instant keep the order they happened in.</summary>
    public int Sequence { get; private init; }
    public DateTimeOffset At { get; private init; }
    public string Actor { get; private init; } = "";
    public string Action { get; private init; } = "";
    public string Detail { get; private init; } = "";
    public string? TraceId { get; private init; }
}
