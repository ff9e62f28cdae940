using Berau.Disiplin.Discipline.Cases;
using Berau.Disiplin.Discipline.Policy;

namespace Berau.Disiplin.UnitTests.Discipline;

/// <summary>Cases the state-machine specifications start from, under the default policy version.</summary>
internal static class CaseExamples
{
    public static readonly DateTimeOffset Now = new(2026, 12, 1, 2, 14, 0, TimeSpan.Zero);
    public static readonly SanctionDates Dates = new(new DateOnly(2026, 12, 18), new DateOnly(2026, 12, 21), new DateOnly(2026, 12, 18));
    public static readonly SanctionPolicy DefaultVersion = DefaultPolicy.Load();
    public const string Verifier = "kasi-pelayanan";

    /// <summary>A clerk (PNS pelaksana) live on a personal TikTok account at the front-line counter, in uniform.</summary>
    public static readonly CaseFacts AtTheCounter = new()
    {
        IncidentAt = Now.AddDays(-1),
        AggravatingFacts =
        [
            AggravatingFact.InUniform, AggravatingFact.LiveBroadcast, AggravatingFact.DuringServiceHoursAtFrontLineCounter,
        ],
        Impact = Impact.UnitKerja,
        EmploymentType = EmploymentType.Pns,
        PositionLevel = PositionLevel.Pelaksana,
        FrontLine = true,
    };

    /// <summary>The same, away from any counter and without aggravating facts: a first offence, teguran lisan.</summary>
    public static readonly CaseFacts PlainSocialMedia = AtTheCounter with { AggravatingFacts = [], FrontLine = false };

    /// <summary>The same with an impact on the institution: a sedang proposal that waits for an official.</summary>
    public static readonly CaseFacts HarmingTheInstitution = PlainSocialMedia with { Impact = Impact.Instansi };

    public static Case Open(CaseFacts facts, OffenceCategory category = OffenceCategory.PersonalSocialMedia)
    {
        var report = new ConfirmedReport(Guid.CreateVersion7(), "199203152015032001", "Rina Lestari", "DISDUKCAPIL.PELAYANAN",
            category, facts, Verifier, "BAP 800/017");
        return Case.Open(Guid.CreateVersion7(), report, DefaultVersion.Evaluate(facts.ForPolicy(category, [])), Now, "trace-1");
    }

    /// <summary>A case with its proposal issued as a warning in the verifier's name, its events already saved.</summary>
    public static Case Warned(CaseFacts facts)
    {
        var @case = Open(facts);
        @case.AwaitWarningFromVerifier();
        @case.IssueSanction(@case.ChooseSanction(DefaultVersion, null, ""), new Decider(Verifier, null), Dates, "800.1.6.4/0001/R1/DISDUKCAPIL/2026",
            Now, "trace-1");
        @case.DequeueEvents();
        return @case;
    }

    /// <summary>A sedang proposal imposed by an Administrator (Kepala Bidang), its events already saved.</summary>
    public static Case ImposedByAdministrator()
    {
        var @case = Open(HarmingTheInstitution);
        @case.IssueSanction(@case.ChooseSanction(DefaultVersion, null, ""), new Decider("kabid", PositionLevel.Administrator), Dates,
            "800.1.6.4/0002/S1/DISDUKCAPIL/2026", Now, null);
        @case.DequeueEvents();
        return @case;
    }

    public static TransferDecree ToKampungTumbit => new("KAMPUNG-TUMBIT", "Staf PEK Kampung Tumbit", "821.2/045/BKPSDM/2026",
        new DateOnly(2026, 12, 1));
}
