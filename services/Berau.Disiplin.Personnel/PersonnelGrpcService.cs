using Berau.Disiplin.Contracts.Personnel.V1;
using Berau.Disiplin.Hosting;
using Berau.Disiplin.Primitives;
using Grpc.Core;
using Microsoft.AspNetCore.Authorization;

namespace Berau.Disiplin.Personnel;

/// <summary>
/// The Personnel gRPC API: one partial file per feature (<c>Units/</c>, <c>Employees/</c>, <c>WorkingTime/</c>,
/// <c>Accounts/</c>, <c>Transfers/</c>), each method mapping the request to its use case's command, calling the
/// use case's handler (taken from the call's scope) and mapping the result.
/// </summary>
[Authorize]
public sealed partial class PersonnelGrpcService : PersonnelService.PersonnelServiceBase
{
    /// <summary>Today in Berau, by the service's clock: what request dates are checked against.</summary>
    private static DateOnly Today(ServerCallContext context) => Wita.Today(context.Handler<TimeProvider>());
}
