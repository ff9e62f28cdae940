using Berau.Disiplin.Contracts.Events;
using Berau.Disiplin.Primitives;
using Berau.Disiplin.Personnel.Transfers;
using Berau.Disiplin.Personnel.Units;

namespace Berau.Disiplin.Personnel.Employees;

/// <summary>Kinds of employment: ASN (PNS, PPPK) and non-ASN contract staff.</summary>
public enum EmploymentType
{
    /// <summary>Pegawai Negeri Sipil, including CPNS: NIP of 18 digits.</summary>
    Pns = 1,
    /// <summary>Pegawai Pemerintah dengan Perjanjian Kerja: NI PPPK of 18 digits.</summary>
    Pppk = 2,
    /// <summary>Tenaga kontrak / honorer: a registry number. No national discipline rule applies to them.</summary>
    Contract = 3,
    /// <summary>
    /// An elected official (pejabat negara): the Bupati as PPK, registered so that he can head the regency's root unit.
    /// Not ASN: a registry number, never the subject of a case or a transfer.
    /// </summary>
    Official = 4,
}

/// <summary>The kind of position, which decides who may sanction whom (PP 94/2021, authority by level).</summary>
public enum PositionLevel
{
    /// <summary>Jabatan Pimpinan Tinggi Pratama: Kepala Dinas, Sekda.</summary>
    JptPratama = 1,
    /// <summary>Sekretaris Dinas, Kepala Bidang.</summary>
    Administrator = 2,
    /// <summary>Kepala Seksi, Kepala Subbagian.</summary>
    Pengawas = 3,
    /// <summary>Implementing staff.</summary>
    Pelaksana = 4,
    /// <summary>Jabatan fungsional.</summary>
    Fungsional = 5,
    /// <summary>The Bupati as PPK (Pejabat Pembina Kepegawaian): held only by an <see cref="EmploymentType.Official"/>.</summary>
    Bupati = 10,
}

public enum EmployeeStatus
{
    Active = 1,
    Inactive = 2,
}

/// <summary>
/// An employee (pegawai): ASN identified by NIP / NI PPPK, contract staff by registry number; posted to a unit.
/// Moving to another unit is a transfer (mutasi, <see cref="TransferTo"/>), never a plain update, and raises
/// <see cref="EmployeeTransferred"/>, which the save writes to the outbox with the move.
/// </summary>
public sealed class Employee : AggregateRoot
{
    public const int MaxNameLength = 200;
    public const int MaxPositionLength = 200;

    private Employee() { }

    public string Nip { get; private set; } = "";
    public string Name { get; private set; } = "";
    /// <summary>The name as search compares it (<see cref="Employees.SearchText"/>), kept in step with <see cref="Name"/>.</summary>
    public string SearchName { get; private set; } = "";
    public EmploymentType EmploymentType { get; private set; }
    public string UnitCode { get; private set; } = "";
    public string Position { get; private set; } = "";
    /// <summary>Null for contract staff without a structural level.</summary>
    public PositionLevel? PositionLevel { get; private set; }
    public EmployeeStatus Status { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }
    public uint Version { get; private set; }

    public bool IsActive => Status == EmployeeStatus.Active;

    /// <summary>Registers an employee whose data <see cref="EmployeeRules.Check"/> has accepted.</summary>
    public static Employee Register(NewEmployee data, DateTimeOffset now) => new()
    {
        Nip = data.Nip,
        Name = data.Name,
        SearchName = SearchText.Normalise(data.Name),
        EmploymentType = data.EmploymentType,
        UnitCode = data.UnitCode,
        Position = data.Position,
        PositionLevel = data.PositionLevel,
        Status = EmployeeStatus.Active,
        CreatedAt = now,
        UpdatedAt = now,
    };

    /// <summary>
    /// Changes what is given; null keeps the current value. The BUPATI level belongs to an official and an official
    /// holds no other (<see cref="EmployeeRules.LevelMisfit"/>).
    /// </summary>
    public void Update(string? name, string? position, PositionLevel? positionLevel, EmployeeStatus? status, DateTimeOffset now)
    {
        if (positionLevel is { } level && EmployeeRules.LevelMisfit(EmploymentType, level) is { } misfit)
            throw ValidationFailedException.For("position_level", misfit);
        if (name is not null)
        {
            Name = name;
            SearchName = SearchText.Normalise(name);
        }
        if (position is not null) Position = position;
        if (positionLevel is not null) PositionLevel = positionLevel;
        if (status is not null) Status = status.Value;
        UpdatedAt = now;
    }

    /// <summary>
    /// Moves the employee to another unit (and position) by decree (SK mutasi, PP 11/2017 Pasal 190–191) and returns
    /// the history entry, announcing it with <see cref="EmployeeTransferred"/>. An inactive employee is not moved, nor one
    /// who is already in the unit.
    /// </summary>
    public Transfer TransferTo(Guid transferId, Unit to, string? toPosition, string decreeNumber, DateOnly effectiveDate,
        string reason, Guid? caseId, Guid? reportId, DateTimeOffset now)
    {
        if (EmploymentType == EmploymentType.Official)
            throw new InvalidStateException(
                $"{Nip} is an elected official (the Bupati), not an employee: no transfer (mutasi) applies.", "OFFICIAL");
        if (Status == EmployeeStatus.Inactive)
            throw new InvalidStateException($"Employee {Nip} is inactive and cannot be transferred.", "INACTIVE");
        if (to.Code == UnitCode)
            throw new InvalidStateException($"Employee {Nip} is already in unit {to.Code}; a transfer must change the unit.",
                "ALREADY_IN_UNIT");

        var transfer = Transfer.Record(transferId, Nip, UnitCode, to.Code, Position, toPosition ?? Position, decreeNumber,
            effectiveDate, reason, caseId, reportId, now);
        UnitCode = to.Code;
        Position = transfer.ToPosition;
        UpdatedAt = now;
        Raise(new EmployeeTransferred
        {
            EventId = Ids.New(now),
            OccurredAt = now,
            TransferId = transfer.Id,
            CaseId = transfer.CaseId,
            SubjectNip = transfer.Nip,
            FromUnitCode = transfer.FromUnitCode,
            ToUnitCode = transfer.ToUnitCode,
            ToPosition = transfer.ToPosition,
            DecreeNumber = transfer.DecreeNumber,
            EffectiveDate = transfer.EffectiveDate,
            ReportId = transfer.ReportId,
        });
        return transfer;
    }
}
