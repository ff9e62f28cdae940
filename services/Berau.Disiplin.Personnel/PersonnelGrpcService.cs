using Berau.Disiplin.Contracts.Personnel.V1;
using Berau.Disiplin.Personnel.Employees;
using Berau.Disiplin.Personnel.Persistence;
using Berau.Disiplin.Personnel.Transfers;
using Microsoft.AspNetCore.Authorization;

namespace Berau.Disiplin.Personnel;

/// <summary>
/// The Personnel gRPC API: thin, one partial file per feature (<c>Units/</c>, <c>Employees/</c>, <c>WorkingTime/</c>,
/// <c>Accounts/</c>, <c>Transfers/</c>), mapping and delegating.
/// </summary>
[Authorize]
public sealed partial class PersonnelGrpcService(
    PersonnelDbContext db,
    TimeProvider time,
    EmployeeRules employeeRules,
    EmployeeImport employeeImport,
    TransferService transfers)
    : PersonnelService.PersonnelServiceBase;
