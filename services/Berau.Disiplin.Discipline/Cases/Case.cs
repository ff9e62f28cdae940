namespace Berau.Disiplin.Discipline.Cases;

public enum CaseStatus
{
    Open = 1,
    Closed = 2,
}

/// <summary>A discipline case (kasus/perkara disiplin), opened when a report is confirmed.</summary>
public sealed class Case
{
    private Case() { }

    public Guid Id { get; private set; }
    public Guid ReportId { get; private set; }
    public string SubjectNip { get; private set; } = "";
    public string Category { get; private set; } = "";
    public CaseStatus Status { get; private set; }
    public DateTimeOffset OpenedAt { get; private set; }
    /// <summary>The trace that opened the case: the report's own trace, carried across the outbox and RabbitMQ.</summary>
    public string? TraceId { get; private set; }

    public static Case Open(Guid id, Guid reportId, string subjectNip, string category, DateTimeOffset now, string? traceId) => new()
    {
        Id = id,
        ReportId = reportId,
        SubjectNip = subjectNip,
        Category = category,
        Status = CaseStatus.Open,
        OpenedAt = now,
        TraceId = traceId,
    };
}
