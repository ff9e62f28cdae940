using System.Text.Json.Serialization;
using Berau.Disiplin.Primitives;

namespace Berau.Disiplin.Discipline.Policy;

/// <summary>
/// Position levels as in the Personnel API (same numbers), plus the Bupati, who holds no position level but is the
/// PPK and the official for the heaviest sanctions. Only ever an official, never a subject.
/// </summary>
[JsonConverter(typeof(JsonStringEnumConverter<PositionLevel>))]
public enum PositionLevel
{
    /// <summary>Kepala Dinas, Sekda.</summary>
    [JsonStringEnumMemberName("JPT_PRATAMA")] JptPratama = 1,
    /// <summary>Sekretaris Dinas, Kepala Bidang.</summary>
    [JsonStringEnumMemberName("ADMINISTRATOR")] Administrator = 2,
    /// <summary>Kepala Seksi, Kepala Subbagian.</summary>
    [JsonStringEnumMemberName("PENGAWAS")] Pengawas = 3,
    [JsonStringEnumMemberName("PELAKSANA")] Pelaksana = 4,
    /// <summary>Jabatan fungsional: outside the structural chain, so grants name it explicitly.</summary>
    [JsonStringEnumMemberName("FUNGSIONAL")] Fungsional = 5,
    /// <summary>The regent as PPK (Pejabat Pembina Kepegawaian).</summary>
    [JsonStringEnumMemberName("BUPATI")] Bupati = 10,
}

/// <summary>
/// Who may impose which level on whom (pejabat yang berwenang menghukum), as data in each policy version.
/// </summary>
public sealed record AuthorityConfig
{
    /// <summary>The structural chain, highest first: "N levels below" is the distance along it.</summary>
    public required IReadOnlyList<PositionLevel> Chain { get; init; }
    /// <summary>Named switches for grants whose source is uncertain; a grant with a switch counts only when on.</summary>
    public IReadOnlyDictionary<string, bool> Switches { get; init; } = new Dictionary<string, bool>();
    public required IReadOnlyList<AuthorityGrant> Grants { get; init; }
}

/// <summary>
/// One entitlement: <see cref="Official"/> may impose <see cref="Levels"/> on subjects either a given distance
/// below on the chain (<see cref="LevelsBelow"/>) or holding one of <see cref="Subjects"/>.
/// </summary>
public sealed record AuthorityGrant
{
    public required PositionLevel Official { get; init; }
    public required IReadOnlyList<SanctionLevel> Levels { get; init; }
    public IntRange? LevelsBelow { get; init; }
    public IReadOnlyList<PositionLevel>? Subjects { get; init; }
    /// <summary>The switch in <see cref="AuthorityConfig.Switches"/> that turns this grant on, if any.</summary>
    public string? Switch { get; init; }
    public required string Article { get; init; }
    public required Confidence Confidence { get; init; }
}

/// <summary>The answer to "may this official impose this level on this subject?", with the reason in Indonesian.</summary>
/// <param name="EntitledOfficials">Who would be entitled, so a refusal can say whom to ask.</param>
public sealed record AuthorityVerdict(
    bool Allowed,
    string Reason,
    AuthorityGrant? Grant,
    IReadOnlyList<PositionLevel> EntitledOfficials)
{
    /// <summary>Refuses with <see cref="NotEntitledException"/> (PERMISSION_DENIED) when not allowed.</summary>
    public void ThrowIfRefused()
    {
        if (!Allowed) throw new NotEntitledException(Reason);
    }
}

/// <summary>Answers authority questions from a version's <see cref="AuthorityConfig"/>.</summary>
public sealed class AuthorityMatrix(AuthorityConfig config)
{
    public AuthorityConfig Config { get; } = config;

    /// <summary>The grants in force: those without a switch and those whose switch is on.</summary>
    public IEnumerable<AuthorityGrant> ActiveGrants =>
        Config.Grants.Where(g => g.Switch is null || Config.Switches.GetValueOrDefault(g.Switch));

    /// <summary>
    /// Whether <paramref name="official"/> may impose <paramref name="level"/> on <paramref name="subject"/>, with the reason
    /// in the words of the employee's regime: a "hukuman disiplin" under PP 94/2021 for PNS and PPPK, a "sanksi" for
    /// contract staff, whom PP 94/2021 does not reach (the matrix then stands for Berau's own choice of who decides).
    /// </summary>
    public AuthorityVerdict CanImpose(PositionLevel official, PositionLevel subject, SanctionLevel level,
        EmploymentType employee = EmploymentType.Pns)
    {
        var term = PolicyWording.SanctionTerm(employee);
        if (subject == PositionLevel.Bupati)
            return new(false, $"Bupati bukan pegawai yang dapat dijatuhi {term} menurut matriks kewenangan ini.", null, []);

        var entitled = EntitledOver(subject, level);
        var grant = GrantFor(official, subject, level);
        if (grant is not null)
        {
            var distance = Distance(official, subject);
            var whom = grant.Subjects?.Contains(subject) == true || distance is null
                ? PolicyWording.Of(subject)
                : $"{PolicyWording.Of(subject)} ({distance} tingkat di bawahnya)";
            var basis = employee == EmploymentType.Contract
                ? "Dasar: matriks kewenangan kebijakan sanksi Pemkab Berau."
                : $"Dasar: {grant.Article}.";
            return new(true,
                $"{PolicyWording.Of(official)} berwenang menjatuhkan {term} {PolicyWording.Of(level)} kepada {whom}. {basis}",
                grant, entitled);
        }

        var ask = entitled.Count == 0
            ? "Tidak ada pejabat yang berwenang menurut versi kebijakan ini."
            : $"Yang berwenang: {string.Join(", ", entitled.Select(PolicyWording.Of))}.";
        return new(false,
            $"{PolicyWording.Of(official)} tidak berwenang menjatuhkan {term} {PolicyWording.Of(level)} kepada {PolicyWording.Of(subject)}. {ask}",
            null, entitled);
    }

    /// <summary>Refuses with <see cref="NotEntitledException"/> (PERMISSION_DENIED) and the reason.</summary>
    public void EnsureCanImpose(PositionLevel official, PositionLevel subject, SanctionLevel level,
        EmploymentType employee = EmploymentType.Pns) =>
        CanImpose(official, subject, level, employee).ThrowIfRefused();

    /// <summary>Every official entitled to impose <paramref name="level"/> on <paramref name="subject"/>.</summary>
    public IReadOnlyList<PositionLevel> EntitledOver(PositionLevel subject, SanctionLevel level) =>
        Enum.GetValues<PositionLevel>().Where(o => GrantFor(o, subject, level) is not null).ToList();

    private AuthorityGrant? GrantFor(PositionLevel official, PositionLevel subject, SanctionLevel level) =>
        ActiveGrants.FirstOrDefault(g =>
            g.Official == official && g.Levels.Contains(level)
            && (g.Subjects?.Contains(subject) == true
                || (g.LevelsBelow is not null && Distance(official, subject) is { } d && g.LevelsBelow.Contains(d))));

    /// <summary>
    /// Whether <paramref name="official"/> is a superior of <paramref name="other"/>: higher on this version's chain, or
    /// the Bupati, who as PPK stands above every position level and has no superior in the regency. Null when
    /// <paramref name="other"/> is neither on the chain nor the Bupati, so the chain cannot tell.
    /// </summary>
    public bool? IsAbove(PositionLevel official, PositionLevel other)
    {
        if (other == PositionLevel.Bupati) return false;
        var below = IndexOf(other);
        if (below < 0) return null;
        if (official == PositionLevel.Bupati) return true;
        var above = IndexOf(official);
        return above >= 0 && above < below;
    }

    /// <summary>How many levels the subject stands below the official on the chain; null if either is off it.</summary>
    private int? Distance(PositionLevel official, PositionLevel subject)
    {
        var o = IndexOf(official);
        var s = IndexOf(subject);
        return o < 0 || s < 0 ? null : s - o;
    }

    private int IndexOf(PositionLevel level)
    {
        for (var i = 0; i < Config.Chain.Count; i++)
            if (Config.Chain[i] == level) return i;
        return -1;
    }
}
