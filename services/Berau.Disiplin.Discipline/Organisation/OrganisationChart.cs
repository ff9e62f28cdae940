using Berau.Disiplin.Discipline.Cases;
using Berau.Disiplin.Discipline.Policy;
using Berau.Disiplin.Hosting.Clients;
using Berau.Disiplin.Primitives;
using Grpc.Core;
using Microsoft.Extensions.Options;
using Proto = Berau.Disiplin.Contracts.Personnel.V1;

namespace Berau.Disiplin.Discipline.Organisation;

/// <summary>An employee as Personnel has them now: as an official, and whether they are active.</summary>
public sealed record Colleague(Official Official, bool Active, Proto.EmploymentType EmploymentType);

/// <summary>
/// Who is whose superior, asked of Personnel, which owns the organisation (unit heads and the Bupati as PPK): Discipline's
/// one client of <c>GetSuperiors</c> and <c>GetEmployee</c>. Every authority decision rests on these answers, never on a
/// token's claims. When Personnel does not answer, the call fails (a transient fault, see <see cref="TransientFaults"/>)
/// and the caller decides what waits: nobody is ever entitled by guess.
/// </summary>
public sealed class OrganisationChart(
    Proto.PersonnelService.PersonnelServiceClient personnel,
    IOptionsMonitor<ServiceEndpointOptions> endpoints)
{
    /// <summary>The employee's line of superiors, atasan langsung first; null when Personnel does not know the NIP.</summary>
    public async Task<SuperiorChain?> SuperiorsOfAsync(string nip, CancellationToken cancellationToken)
    {
        try
        {
            var chain = await personnel.GetSuperiorsAsync(new Proto.GetSuperiorsRequest { Nip = nip },
                deadline: Deadline(), cancellationToken: cancellationToken);
            return new SuperiorChain(chain.Nip, LevelOf(chain.PositionLevel),
                chain.Superiors.OrderBy(s => s.Step).Select(s => new Official
                {
                    Nip = s.Nip, Name = s.Name, Position = s.Position, Level = LevelOf(s.PositionLevel), UnitCode = s.UnitCode,
                }).ToList(),
                chain.ReachesPpk);
        }
        catch (RpcException ex) when (ex.StatusCode is StatusCode.NotFound or StatusCode.InvalidArgument)
        {
            return null;
        }
    }

    /// <summary>
    /// The employee's line, refused as <c>FAILED_PRECONDITION</c> when Personnel does not know them: who may act on the
    /// case cannot be known without it.
    /// </summary>
    public async Task<SuperiorChain> RequireSuperiorsOfAsync(string nip, CancellationToken cancellationToken) =>
        await SuperiorsOfAsync(nip, cancellationToken) ?? throw new InvalidStateException(
            $"Personnel does not know employee {nip}, so their line of superiors, and who may act on the case, is unknown.",
            "SUBJECT_UNKNOWN");

    /// <summary>One employee as Personnel has them; null when Personnel does not know the NIP.</summary>
    public async Task<Colleague?> EmployeeAsync(string nip, CancellationToken cancellationToken)
    {
        try
        {
            var employee = await personnel.GetEmployeeAsync(new Proto.GetEmployeeRequest { Nip = nip },
                deadline: Deadline(), cancellationToken: cancellationToken);
            return new Colleague(new Official
            {
                Nip = employee.Nip, Name = employee.Name, Position = employee.Position,
                Level = LevelOf(employee.PositionLevel), UnitCode = employee.UnitCode,
            }, employee.Status == Proto.EmployeeStatus.Active, employee.EmploymentType);
        }
        catch (RpcException ex) when (ex.StatusCode is StatusCode.NotFound or StatusCode.InvalidArgument)
        {
            return null;
        }
    }

    /// <summary>A unit's name for a letter, e.g. "Dinas Kependudukan dan Pencatatan Sipil"; its code when Personnel has none.</summary>
    public async Task<string> UnitNameAsync(string? code, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(code)) return "-";
        try
        {
            var unit = await personnel.GetUnitAsync(new Proto.GetUnitRequest { Code = code }, deadline: Deadline(),
                cancellationToken: cancellationToken);
            return string.IsNullOrWhiteSpace(unit.Name) ? code : unit.Name;
        }
        catch (RpcException ex) when (ex.StatusCode is StatusCode.NotFound or StatusCode.InvalidArgument or StatusCode.PermissionDenied)
        {
            return code;
        }
    }

    /// <summary>Personnel's level, read strictly: a number Personnel may add later is no level here, never a guess.</summary>
    public static PositionLevel? LevelOf(Proto.PositionLevel level) => level switch
    {
        Proto.PositionLevel.JptPratama => PositionLevel.JptPratama,
        Proto.PositionLevel.Administrator => PositionLevel.Administrator,
        Proto.PositionLevel.Pengawas => PositionLevel.Pengawas,
        Proto.PositionLevel.Pelaksana => PositionLevel.Pelaksana,
        Proto.PositionLevel.Fungsional => PositionLevel.Fungsional,
        Proto.PositionLevel.Bupati => PositionLevel.Bupati,
        _ => null,
    };

    private DateTime Deadline() => endpoints.Get(PersonnelCalendar.PersonnelServiceName).Deadline();
}
