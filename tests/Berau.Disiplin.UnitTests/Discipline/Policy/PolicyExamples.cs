using Berau.Disiplin.Discipline.Policy;
using Berau.Disiplin.Primitives;

namespace Berau.Disiplin.UnitTests.Discipline.Policy;

/// <summary>Facts and versions the policy specifications start from.</summary>
internal static class PolicyExamples
{
    /// <summary>The day of the Disdukcapil TikTok live that started the project.</summary>
    public static readonly DateOnly SeedDay = new(2025, 12, 4);

    /// <summary>The moment of the live: 10.14 WITA on the seed day.</summary>
    public static readonly DateTimeOffset SeedAt = At(SeedDay, 10, 14);

    public static SanctionPolicy Default() => DefaultPolicy.Load();

    /// <summary>A Berau instant (WITA).</summary>
    public static DateTimeOffset At(DateOnly day, int hour, int minute) => new(day.ToDateTime(new TimeOnly(hour, minute)), Wita.Offset);

    /// <summary>The seed case: a PNS pelaksana at a front-line Disdukcapil counter, live on a personal TikTok account
    /// during working hours, in uniform, at the office; the examination found the impact on the unit kerja.</summary>
    public static OffenceFacts SeedCase(params PriorSanction[] priors) => new()
    {
        Category = OffenceCategory.PersonalSocialMedia,
        EmploymentType = EmploymentType.Pns,
        OffenceAt = SeedAt,
        FrontLineUnit = true,
        Impact = Impact.UnitKerja,
        Aggravating =
        [
            AggravatingFact.InUniform, AggravatingFact.OnOfficePremises, AggravatingFact.LiveBroadcast,
            AggravatingFact.DuringServiceHoursAtFrontLineCounter,
        ],
        PriorSanctionsOfSameKind = priors,
    };

    /// <summary>The seed case with none of its aggravating facts.</summary>
    public static OffenceFacts PlainSocialMedia(params PriorSanction[] priors) =>
        SeedCase(priors) with { Aggravating = [] };

    /// <summary>An offence of the category with its impact found on the unit kerja.</summary>
    public static OffenceFacts Offence(OffenceCategory category, EmploymentType type = EmploymentType.Pns) => new()
    {
        Category = category,
        EmploymentType = type,
        OffenceAt = SeedAt,
        Impact = Impact.UnitKerja,
    };

    public static OffenceFacts Absence(int daysInYear, int consecutive = 0, EmploymentType type = EmploymentType.Pns) =>
        Offence(OffenceCategory.Absence, type) with
        {
            AbsenceDaysInYear = daysInYear,
            ConsecutiveAbsenceDays = consecutive,
            Impact = null,
        };

    /// <summary>A sanction decided at 09.00 WITA, some months before the seed day.</summary>
    public static PriorSanction Prior(string code, int monthsBefore = 6) => new(code, At(SeedDay.AddMonths(-monthsBefore), 9, 0));

    /// <summary>The default version with one rule changed.</summary>
    public static PolicyVersion WithRule(this PolicyVersion version, string ruleId, Func<PolicyRule, PolicyRule> change) =>
        version with { Rules = version.Rules.Select(r => r.Id == ruleId ? change(r) : r).ToList() };

    public static PolicyVersion WithSettings(this PolicyVersion version, Func<PolicySettings, PolicySettings> change) =>
        version with { Settings = change(version.Settings) };

    /// <summary>Facts that make each rule of the default version fire, by rule id: every rule has one, and the
    /// specifications check that none is missing.</summary>
    public static IReadOnlyDictionary<string, OffenceFacts> RuleExamples { get; } = new Dictionary<string, OffenceFacts>
    {
        ["loket-layanan-garis-depan"] = SeedCase(),
        ["medsos-pribadi-diperberat"] = PlainSocialMedia() with { Aggravating = [AggravatingFact.LiveBroadcast] },
        ["medsos-pribadi"] = PlainSocialMedia(),
        ["perilaku-terhadap-masyarakat"] = Offence(OffenceCategory.MisconductTowardsPublic),
        ["dampak-instansi"] = PlainSocialMedia() with { Impact = Impact.Instansi },
        ["dampak-negara"] = Offence(OffenceCategory.MisconductTowardsPublic) with { Impact = Impact.Negara },
        ["fasilitas-dinas"] = Offence(OffenceCategory.MisuseOfFacilities),
        ["fasilitas-dinas-instansi"] = Offence(OffenceCategory.MisuseOfFacilities) with { Impact = Impact.Instansi },
        ["fasilitas-dinas-negara"] = Offence(OffenceCategory.MisuseOfFacilities) with { Impact = Impact.Negara },
        ["pelanggaran-lain"] = Offence(OffenceCategory.Other),
        ["pengulangan-sejenis"] = Offence(OffenceCategory.MisuseOfFacilities) with { PriorSanctionsOfSameKind = [Prior("R1")] },
        ["absen-3-hari"] = Absence(3),
        ["absen-4-6-hari"] = Absence(5),
        ["absen-7-10-hari"] = Absence(8),
        ["absen-11-13-hari"] = Absence(12),
        ["absen-14-16-hari"] = Absence(15),
        ["absen-17-20-hari"] = Absence(18),
        ["absen-21-24-hari"] = Absence(22),
        ["absen-25-27-hari"] = Absence(26),
        ["absen-28-hari"] = Absence(30),
        ["absen-10-hari-berturut"] = Absence(10, consecutive: 10),
        ["kontrak-loket-layanan"] = SeedCase() with { EmploymentType = EmploymentType.Contract },
        ["kontrak-medsos-diperberat"] = PlainSocialMedia() with
        {
            EmploymentType = EmploymentType.Contract,
            Aggravating = [AggravatingFact.InUniform],
        },
        ["kontrak-medsos-pribadi"] = PlainSocialMedia() with { EmploymentType = EmploymentType.Contract },
        ["kontrak-fasilitas-dinas"] = Offence(OffenceCategory.MisuseOfFacilities, EmploymentType.Contract),
        ["kontrak-perilaku-terhadap-masyarakat"] = Offence(OffenceCategory.MisconductTowardsPublic, EmploymentType.Contract),
        ["kontrak-dampak-luas"] = Offence(OffenceCategory.MisconductTowardsPublic, EmploymentType.Contract) with { Impact = Impact.Instansi },
        ["kontrak-pelanggaran-lain"] = Offence(OffenceCategory.Other, EmploymentType.Contract),
        ["kontrak-pengulangan-sejenis"] = PlainSocialMedia(Prior("K1")) with { EmploymentType = EmploymentType.Contract },
        ["kontrak-absen-3-hari"] = Absence(3, type: EmploymentType.Contract),
        ["kontrak-absen-4-20-hari"] = Absence(12, type: EmploymentType.Contract),
        ["kontrak-absen-21-hari"] = Absence(21, type: EmploymentType.Contract),
        ["kontrak-absen-10-hari-berturut"] = Absence(10, consecutive: 10, type: EmploymentType.Contract),
    };
}
