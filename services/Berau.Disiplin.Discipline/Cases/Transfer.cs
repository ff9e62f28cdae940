namespace Berau.Disiplin.Discipline.Cases;

/// <summary>
/// The transfer (mutasi) linked to a case: not a sanction under PP 94/2021 but a personnel decision of the PPK, carried
/// out by Personnel.
/// </summary>
public sealed record Transfer
{
    public required TransferStatus Status { get; init; }
    public string? ToUnitCode { get; init; }
    public string? ToPosition { get; init; }
    /// <summary>The number of the SK Mutasi.</summary>
    public string? DecreeNumber { get; init; }
    public DateOnly? EffectiveDate { get; init; }
    public string? Reason { get; init; }
    public string? OrderedBy { get; init; }
    /// <summary>Why Personnel refused it, when it did.</summary>
    public string? RejectionReason { get; init; }

    public static Transfer None => new() { Status = TransferStatus.None };
    public static Transfer Recommended => new() { Status = TransferStatus.Recommended };
}

/// <summary>Where to, and by which decree (SK Mutasi), an official sends the employee.</summary>
public sealed record TransferDecree(string ToUnitCode, string ToPosition, string DecreeNumber, DateOnly EffectiveDate);
