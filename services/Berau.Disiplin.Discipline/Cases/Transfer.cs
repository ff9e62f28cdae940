namespace Berau.Disiplin.Discipline.Cases;

/// <summary>
/// The transfer (mutasi) linked to a case: not a sanction under PP 94/2021 but a personnel decision of the PPK, carried
/// out by Personnel, on an organisational ground (PP 11/2017 Pasal 190), never the offence.
/// </summary>
public sealed record Transfer
{
    public required TransferStatus Status { get; init; }
    public string? ToUnitCode { get; init; }
    public string? ToPosition { get; init; }
    /// <summary>The number of the SK Mutasi.</summary>
    public string? DecreeNumber { get; init; }
    public DateOnly? EffectiveDate { get; init; }
    public TransferGround? Ground { get; init; }
    /// <summary>The ground in words, as the decree states it.</summary>
    public string? Reason { get; init; }
    /// <summary>The NIP of the PPK or the delegated official who decided it.</summary>
    public string? OrderedBy { get; init; }
    /// <summary>Why Personnel refused it, when it did.</summary>
    public string? RejectionReason { get; init; }

    public static Transfer None => new() { Status = TransferStatus.None };
    public static Transfer Recommended => new() { Status = TransferStatus.Recommended };
}

/// <summary>Where to, by which decree (SK Mutasi) and on which organisational ground the PPK sends the employee.</summary>
public sealed record TransferDecree(
    string ToUnitCode,
    string ToPosition,
    string DecreeNumber,
    DateOnly EffectiveDate,
    TransferGround Ground,
    string Reason)
{
    /// <summary>The stated reason as Personnel and HR apps read it: the ground, then its words.</summary>
    public string StatedReason => $"{GroundWords(Ground)}: {Reason}";

    public static string GroundWords(TransferGround ground) => ground switch
    {
        TransferGround.OrganisationalNeed => "Kebutuhan organisasi",
        TransferGround.CareerDevelopment => "Pengembangan karier",
        TransferGround.Competence => "Kompetensi",
        TransferGround.JobRequirements => "Persyaratan jabatan",
        TransferGround.ConflictOfInterest => "Menghindari konflik kepentingan",
        _ => ground.ToString(),
    };
}
