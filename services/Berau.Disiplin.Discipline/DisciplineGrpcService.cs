using Berau.Disiplin.Contracts.Discipline.V1;
using Berau.Disiplin.Discipline.Persistence;
using Microsoft.AspNetCore.Authorization;

namespace Berau.Disiplin.Discipline;

/// <summary>The Discipline gRPC API: thin, one partial file per feature (<c>Cases/</c>, ...), mapping and delegating.</summary>
[Authorize]
public sealed partial class DisciplineGrpcService(DisciplineDbContext db)
    : DisciplineService.DisciplineServiceBase;
