using Berau.Disiplin.Contracts.Discipline.V1;
using Microsoft.AspNetCore.Authorization;

namespace Berau.Disiplin.Discipline;

/// <summary>
/// The Discipline gRPC API: one partial file per feature (<c>Cases/</c>, <c>Decisions/</c>, <c>Objections/</c>,
/// <c>Policy/</c>). Each method maps the request to its use case's command, calls that use case's handler (taken from
/// the call's scope) and maps the result; the rules live in the case aggregate and the sanction policy.
/// </summary>
[Authorize]
public sealed partial class DisciplineGrpcService : DisciplineService.DisciplineServiceBase;
