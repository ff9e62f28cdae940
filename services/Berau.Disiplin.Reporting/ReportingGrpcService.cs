using Berau.Disiplin.Contracts.Reporting.V1;
using Berau.Disiplin.Hosting.Auth;
using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;

namespace Berau.Disiplin.Reporting;

/// <summary>
/// The Reporting gRPC API: thin, one partial file per feature (<c>Reports/</c>, <c>Verification/</c>). Each method maps
/// the request to its use case's command, calls the use case's handler (taken from the call's scope) and maps the
/// result back.
/// </summary>
[Authorize]
public sealed partial class ReportingGrpcService(TimeProvider time, IOptions<ReportingOptions> options)
    : ReportingService.ReportingServiceBase
{
    /// <summary>Who is calling, as their token names them: a verifier's decisions are recorded in this name.</summary>
    private static string CallerName(ServerCallContext context) => context.GetHttpContext().User.Identity?.Name ?? "unknown";

    /// <summary>Only a verifier sees who reported (an auditor reading the same report does not).</summary>
    private static bool CallerIsVerifier(ServerCallContext context) => context.GetHttpContext().User.IsInRole(Roles.Verifier);
}
