namespace Berau.Disiplin.Discipline.Policy;

/// <summary>The users' words for the policy's terms, used in explanations and refusals.</summary>
public static class PolicyWording
{
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
