using Berau.Disiplin.Contracts.Personnel.V1;
using Berau.Disiplin.Hosting.Auth;
using Berau.Disiplin.Personnel.Persistence;
using Microsoft.AspNetCore.Authorization;

namespace Berau.Disiplin.Personnel;

/// <summary>The Personnel gRPC API: thin, one partial file per feature (<c>Units/</c>, ...), mapping and delegating.</summary>
[Authorize]
public sealed partial class PersonnelGrpcService(PersonnelDbContext db, TimeProvider time)
    : PersonnelService.PersonnelServiceBase;
