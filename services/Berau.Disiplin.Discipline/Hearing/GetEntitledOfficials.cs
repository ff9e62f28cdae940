using Berau.Disiplin.Discipline.Cases;
using Berau.Disiplin.Discipline.Organisation;
using Berau.Disiplin.Discipline.Policy;
using Berau.Disiplin.Primitives;
using Proto = Berau.Disiplin.Contracts.Discipline.V1;

namespace Berau.Disiplin.Discipline.Hearing;

/// <summary>Who in the employee's own line may decide a level on a case: the proposal's level when none is named.</summary>
public sealed record GetEntitledOfficials(Guid CaseId, SanctionLevel? Level)
{
    public static GetEntitledOfficials From(Proto.GetEntitledOfficialsRequest request)
    {
        var v = new Validator();
        var id = v.RequiredUuid("case_id", request.CaseId);
        var level = request.Level switch
        {
            Proto.SanctionLevel.Ringan => SanctionLevel.Ringan,
            Proto.SanctionLevel.Sedang => SanctionLevel.Sedang,
            Proto.SanctionLevel.Berat => SanctionLevel.Berat,
            Proto.SanctionLevel.Unspecified => (SanctionLevel?)null,
            _ => null,
        };
        v.Check(request.Level == Proto.SanctionLevel.Unspecified || level is not null, "level", "must be RINGAN, SEDANG or BERAT");
        v.ThrowIfInvalid();
        return new GetEntitledOfficials(id, level);
    }
}

/// <summary>The officials, nearest first, and why, in Indonesian as the policy explains itself.</summary>
public sealed record EntitledOfficialsView(Guid CaseId, SanctionLevel Level, IReadOnlyList<Official> Officials, string Explanation);

public sealed class GetEntitledOfficialsHandler(CaseStore cases, PolicyStore policies, OrganisationChart organisation)
{
    public async Task<EntitledOfficialsView> HandleAsync(GetEntitledOfficials query, CancellationToken cancellationToken)
    {
        var @case = await cases.ReadAsync(c => c.Id == query.CaseId, cancellationToken)
                    ?? throw new NotFoundException("Case", query.CaseId.ToString());
        var level = query.Level ?? @case.Proposal.Level
                    ?? throw ValidationFailedException.For("level", "is required: the case's policy proposes no sanction");
        var policy = (await policies.BookAsync(cancellationToken)).Get(@case.PolicyVersion);
        var chain = await organisation.RequireSuperiorsOfAsync(@case.SubjectNip, cancellationToken);
        var officials = @case.EntitledOfficials(policy.Authority, chain, level);

        var subject = chain.Level ?? @case.Facts.PositionLevel;
        var byMatrix = subject is { } s
            ? $"Menurut matriks kewenangan kebijakan {policy.VersionId}, {PolicyWording.SanctionTerm(@case.Facts.RuleSet)} {PolicyWording.Of(level)} atas " +
              $"{PolicyWording.Of(s)} dijatuhkan oleh: {Words(policy.Authority.EntitledOver(s, level))}."
            : "Jabatan pegawai tidak diketahui, sehingga hanya PPK yang berwenang.";
        var inLine = officials.Count == 0
            ? "Dalam garis atasan pegawai tidak ada pejabat yang berwenang; lengkapi kepala unit di Personnel."
            : $"Dalam garis atasan pegawai (yang terdekat lebih dahulu; jabatan yang kosong dijalankan pejabat di atasnya): " +
              $"{string.Join("; ", officials.Select(o => $"{o.Name}, {o.Position} (NIP {o.Nip})"))}.";
        return new EntitledOfficialsView(@case.Id, level, officials, $"{byMatrix} {inLine}");
    }

    private static string Words(IReadOnlyList<PositionLevel> levels) =>
        levels.Count == 0 ? "tidak ada" : string.Join(", ", levels.Select(PolicyWording.Of));
}
