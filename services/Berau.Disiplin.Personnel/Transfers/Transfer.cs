namespace Berau.Disiplin.Personnel.Transfers;

/// <summary>
/// One transfer (mutasi) in an employee's history: from which unit and position to which, by which decree (SK), from
/// when, why, and the discipline case it carries out, if any. A transfer is a personnel decision, not a sanction
/// (PP 94/2021 has none such); the case link lets an annulled sanction flag it for review.
/// </summary>
public sealed class Transfer
{
    public const int MaxDecreeNumberLength = 100;
    public const int MaxReasonLength = 1000;

    private Transfer() { }

    public Guid Id { get; private set; }
    public string Nip { get; private set; } = "";
    public string FromUnitCode { get; private set; } = "";
    public string ToUnitCode { get; private set; } = "";
    public string FromPosition { get; private set; } = "";
    public string ToPosition { get; private set; } = "";
    /// <summary>Nomor SK mutasi.</summary>
    public string DecreeNumber { get; private set; } = "";
    /// <summary>TMT: the local date the decree takes effect.</summary>
    public DateOnly EffectiveDate { get; private set; }
    public string Reason { get; private set; } = "";
    public Guid? CaseId { get; private set; }
    public Guid? ReportId { get; private set; }
    public DateTimeOffset RecordedAt { get; private set; }

    internal static Transfer Record(Guid id, string nip, string fromUnitCode, string toUnitCode, string fromPosition,
        string toPosition, string decreeNumber, DateOnly effectiveDate, string reason, Guid? caseId, Guid? reportId,
        DateTimeOffset now) => new()
        {
            Id = id,
            Nip = nip,
            FromUnitCode = fromUnitCode,
            ToUnitCode = toUnitCode,
            FromPosition = fromPosition,
            ToPosition = toPosition,
            DecreeNumber = decreeNumber,
            EffectiveDate = effectiveDate,
            Reason = reason,
            CaseId = caseId,
            ReportId = reportId,
            RecordedAt = now,
        };
}
