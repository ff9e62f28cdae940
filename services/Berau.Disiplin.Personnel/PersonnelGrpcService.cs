using Berau.Disiplin.Contracts.Personnel.V1;
using Berau.Disiplin.Hosting;
using Berau.Disiplin.Personnel.Employees;
using Berau.Disiplin.Personnel.Persistence;
using Berau.Disiplin.Primitives;
using Grpc.Core;
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
    EmployeeImport employeeImport)
    : PersonnelService.PersonnelServiceBase
{
    /// <summary>Today in Berau, by the service's clock: what request dates are checked against.</summary>
    private static DateOnly Today(ServerCallContext context) => Wita.Today(context.Handler<TimeProvider>());
}
