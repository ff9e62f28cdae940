using Berau.Disiplin.Contracts.Reporting.V1;
using Berau.Disiplin.Hosting.Messaging;
using Berau.Disiplin.Reporting.Persistence;
using Microsoft.AspNetCore.Authorization;

namespace Berau.Disiplin.Reporting;

/// <summary>The Reporting gRPC API: thin, one partial file per feature (<c>Reports/</c>, ...), mapping and delegating.</summary>
[Authorize]
public sealed partial class ReportingGrpcService(ReportingDbContext db, IEventOutbox outbox, TimeProvider time)
    : ReportingService.ReportingServiceBase;
