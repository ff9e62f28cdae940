using Berau.Disiplin.Primitives;

namespace Berau.Disiplin.Discipline.Policy;

/// <summary>
/// The users' words for the policy's terms, used in explanations and refusals. Contract staff are not civil servants:
/// PP 94/2021 does not reach them, so what they receive is a "sanksi" under their work agreement, never a "hukuman
/// disiplin".
/// </summary>
public static class PolicyWording
{
    /// <summary>"hukuman disiplin" (PNS under PP 94/2021, PPPK under PP 49/2018), "sanksi" for contract staff.</summary>
    public static string SanctionTerm(EmploymentType type) => type == EmploymentType.Contract ? "sanksi" : "hukuman disiplin";

    /// <summary>Who decides what the policy leaves to an official.</summary>
    public static string DecidingOfficial(EmploymentType type) => type == EmploymentType.Contract
        ? "pejabat yang berwenang atas perjanjian kerjanya"
        : "pejabat yang berwenang menghukum";

    /// <summary>A transfer away from a front-line post, as each employment type knows it, and who decides it.</summary>
    public static string TransferNote(EmploymentType type) => type == EmploymentType.Contract
        ? "Pemindahan tempat tugas bukan sanksi; keputusannya ada pada pejabat yang berwenang atas perjanjian kerjanya."
        : "Mutasi bukan hukuman disiplin; keputusannya ada pada PPK.";

    /// <summary>"4 Desember 2026" for the local day of an instant.</summary>
    public static string Date(DateTimeOffset instant) => Wita.Indonesian(Wita.LocalDate(instant));

    public static string Of(SanctionLevel level) => level switch
    {
        SanctionLevel.Ringan => "ringan",
        SanctionLevel.Sedang => "sedang",
        SanctionLevel.Berat => "berat",
        _ => level.ToString(),
    };

    public static string Of(EmploymentType type) => type switch
    {
        EmploymentType.Pns => "PNS",
        EmploymentType.Pppk => "PPPK",
        EmploymentType.Contract => "tenaga kontrak",
        _ => type.ToString(),
    };

    public static string Of(AggravatingFact fact) => fact switch
    {
        AggravatingFact.InUniform => "berseragam dinas",
        AggravatingFact.OnOfficePremises => "di lingkungan kantor",
        AggravatingFact.LiveBroadcast => "siaran langsung",
        AggravatingFact.DuringServiceHoursAtFrontLineCounter => "di loket layanan garis depan pada jam layanan",
        _ => fact.ToString(),
    };

    public static string Of(Impact impact) => impact switch
    {
        Impact.UnitKerja => "unit kerja",
        Impact.Instansi => "instansi",
        Impact.Negara => "negara",
        _ => impact.ToString(),
    };

    /// <summary>The impact, or words saying it is not found yet.</summary>
    public static string Of(Impact? impact) => impact is { } found ? Of(found) : "(belum ditetapkan)";

    public static string Of(PositionLevel level) => level switch
    {
        PositionLevel.JptPratama => "Pejabat Pimpinan Tinggi Pratama",
        PositionLevel.Administrator => "Pejabat Administrator",
        PositionLevel.Pengawas => "Pejabat Pengawas",
        PositionLevel.Pelaksana => "Pelaksana",
        PositionLevel.Fungsional => "Pejabat Fungsional",
        PositionLevel.Bupati => "Bupati (PPK)",
        _ => level.ToString(),
    };
}
