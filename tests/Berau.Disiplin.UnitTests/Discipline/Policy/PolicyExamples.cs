using Berau.Disiplin.Discipline.Policy;

namespace Berau.Disiplin.UnitTests.Discipline.Policy;

/// <summary>Facts and versions the policy specifications start from.</summary>
internal static class PolicyExamples
{
    /// <summary>The day of the Disdukcapil TikTok live that started the project.</summary>
    public static readonly DateOnly SeedDay = new(2025, 12, 4);

    public static SanctionPolicy Default() => DefaultPolicy.Load();

    /// <summary>The seed case: a PNS pelaksana at a front-line Disdukcapil counter, live on a personal TikTok account
    /// during working hours, in uniform, at the office.</summary>
    public static OffenceFacts SeedCase(params PriorSanction[] priors) => new()
    {
        Category = OffenceCategory.PersonalSocialMedia,
        EmploymentType = EmploymentType.Pns,
        OffenceDate = SeedDay,
        FrontLineUnit = true,
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

    public static OffenceFacts Offence(OffenceCategory category, EmploymentType type = EmploymentType.Pns) => new()
    {
        Category = category,
        EmploymentType = type,
        OffenceDate = SeedDay,
    };

    public static OffenceFacts Absence(int daysInYear, int consecutive = 0, EmploymentType type = EmploymentType.Pns) =>
        Offence(OffenceCategory.Absence, type) with { AbsenceDaysInYear = daysInYear, ConsecutiveAbsenceDays = consecutive };

    public static PriorSanction Prior(string code, int monthsBefore = 6) => new(code, SeedDay.AddMonths(-monthsBefore));

    /// <summary>The default version with one rule changed.</summary>
    public static PolicyVersion WithRule(this PolicyVersion version, string ruleId, Func<PolicyRule, PolicyRule> change) =>
        version with { Rules = version.Rules.Select(r => r.Id == ruleId ? change(r) : r).ToList() };

    public static PolicyVersion WithSettings(this PolicyVersion version, Func<PolicySettings, PolicySettings> change) =>
        version with { Settings = change(version.Settings) };
}
