using Berau.Disiplin.Contracts.Reporting.V1;
using Berau.Disiplin.Hosting.Messaging;
using Berau.Disiplin.Reporting.Duplicates;
using Berau.Disiplin.Reporting.Persistence;
using Berau.Disiplin.Reporting.Reporters;
using Berau.Disiplin.Reporting.Triage;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;

namespace Berau.Disiplin.Reporting;

/// <summary>The Reporting gRPC API: thin, one partial file per feature (<c>Reports/</c>, <c>Verification/</c>), mapping and delegating.</summary>
[Authorize]
public sealed partial class ReportingGrpcService(
    ReportingDbContext db,
    IEventOutbox outbox,
    TimeProvider time,
    ReportTriage triage,
    DuplicateDetector duplicates,
    ReporterProtector protector,
    IOptions<ReportingOptions> options)
    : ReportingService.ReportingServiceBase;
