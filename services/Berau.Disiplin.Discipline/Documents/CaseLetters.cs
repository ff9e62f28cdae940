using Berau.Disiplin.Discipline.Cases;
using Berau.Disiplin.Discipline.Organisation;
using Berau.Disiplin.Discipline.Persistence;
using Berau.Disiplin.Discipline.Policy;
using Berau.Disiplin.Letters;
using Berau.Disiplin.Letters.Decisions;
using Berau.Disiplin.Letters.Examination;
using Berau.Disiplin.Primitives;
using Microsoft.Extensions.Options;
using CaseOfficial = Berau.Disiplin.Discipline.Cases.Official;
using CaseSummons = Berau.Disiplin.Discipline.Cases.Summons;
using LetterOfficial = Berau.Disiplin.Letters.Official;
using LetterDayCount = Berau.Disiplin.Letters.DayCount;
using LetterLevel = Berau.Disiplin.Letters.SanctionLevel;
using PolicyDayCount = Berau.Disiplin.Discipline.Policy.DayCount;
using PolicyLevel = Berau.Disiplin.Discipline.Policy.SanctionLevel;
using SummonsLetterForm = Berau.Disiplin.Letters.Summons.SummonsLetter;
using MissedSummons = Berau.Disiplin.Letters.Summons.MissedSummons;

namespace Berau.Disiplin.Discipline.Documents;

/// <summary>
/// Renders a case's letters (docs/letters.md) from the case, Personnel (the employee's name, position and unit), the
/// case's policy version (sanction words, articles, day counts) and the settings (kop surat, place, legal bases), and
/// stores each once in <c>case_documents</c> with its SHA-256 on the timeline. Runs inside the use case's transaction:
/// the letter is stored with the step it documents, or not at all.
/// </summary>
public sealed class CaseLetters(
    DisciplineDbContext db,
    LetterRenderer renderer,
    OrganisationChart organisation,
    IOptions<DisciplineOptions> options,
    TimeProvider time)
{
    /// <summary>Who hears a keberatan against the Bupati's own decision, who has no superior in the chain [U].</summary>
    public const string ObjectionAgainstPpk = "Gubernur Kalimantan Timur selaku wakil Pemerintah Pusat";

    private LetterOptions Settings => options.Value.Letters;

    /// <summary>Surat Panggilan I or II for the case's latest summons, signed by its examiner.</summary>
    public async Task<CaseDocument> StoreSummonsAsync(Case @case, string? traceId, CancellationToken cancellationToken)
    {
        var summons = @case.Hearing.Summonses[^1];
        var letter = new SummonsLetterForm
        {
            Regime = RegimeOf(@case),
            Letterhead = Letterhead(),
            Number = summons.LetterNumber,
            Addressee = await EmployeeAsync(@case, cancellationToken),
            ExaminationAt = summons.ExaminationAt,
            ExaminationPlace = summons.Place,
            Examiner = ToLetter(summons.Examiner),
            AllegedAct = ActOf(@case),
            LegalBasis = LegalBases(@case),
            SignedAt = new PlaceAndDate(Settings.Place, summons.LetterDate),
            Signatory = ToLetter(summons.Examiner),
        };
        if (summons.Number == 1)
            return Store(@case, DocumentKinds.FirstSummons, summons.LetterNumber, renderer.RenderFirstSummons(letter),
                summons.Examiner.Name, traceId);
        var missed = @case.Hearing.Summonses[^2];
        return Store(@case, DocumentKinds.SecondSummons, summons.LetterNumber,
            renderer.RenderSecondSummons(letter,
                new MissedSummons(missed.LetterNumber, missed.LetterDate, Wita.LocalDate(missed.ExaminationAt))),
            summons.Examiner.Name, traceId);
    }

    /// <summary>The Berita Acara Pemeriksaan of the case's examination.</summary>
    public async Task<CaseDocument> StoreExaminationRecordAsync(Case @case, string? traceId, CancellationToken cancellationToken)
    {
        var examination = @case.Hearing.Examination ?? throw new InvalidOperationException("The case has no examination.");
        var summons = @case.Hearing.Summonses.LastOrDefault(s => s.Outcome == SummonsOutcome.Attended)
                      ?? @case.Hearing.Summonses.LastOrDefault();
        var examinedOn = Wita.LocalDate(examination.ExaminedAt);
        var form = new ExaminationRecordForm
        {
            Regime = RegimeOf(@case),
            Letterhead = Letterhead(),
            Number = examination.BapNumber,
            StartedAt = examination.ExaminedAt,
            Place = summons?.Place ?? Settings.Place,
            Examiners = examination.Examiners.Select(ToLetter).ToList(),
            SummonsReference = summons is null ? null
                : $"Surat Panggilan {(summons.Number == 1 ? "I" : "II")} Nomor {summons.LetterNumber} tanggal {Wita.Indonesian(summons.LetterDate)}",
            Examined = await EmployeeAsync(@case, cancellationToken),
            AllegedAct = ActOf(@case),
            Statement = examination.Statement,
            Finding = FindingOf(examination),
            RefusalReason = examination.SignedByEmployee ? null : examination.RefusalNote,
            Copy = examination.CopyGiven ? CopyToExamined.GivenOnDay(examinedOn) : CopyToExamined.NotGiven,
            SignedAt = new PlaceAndDate(Settings.Place, examinedOn),
        };
        return Store(@case, DocumentKinds.ExaminationRecord, examination.BapNumber, renderer.RenderExaminationRecord(form),
            examination.Examiners[0].Name, traceId);
    }

    /// <summary>
    /// The Keputusan (or, for contract staff, the Surat Teguran) of the case's sanction, signed by the deciding official.
    /// The keberatan window is stated from receipt, without a last day: that is known only after delivery.
    /// </summary>
    public async Task<CaseDocument> StoreDecisionAsync(Case @case, SanctionPolicy policy, SuperiorChain chain, string? traceId,
        CancellationToken cancellationToken)
    {
        var sanction = @case.Sanction ?? throw new InvalidOperationException("The case has no sanction.");
        var decider = sanction.DecidedByOfficial ?? throw new InvalidOperationException("The sanction names no official.");
        var regime = RegimeOf(@case);
        var examination = @case.Hearing.Examination;
        DecisionGrounds grounds = examination is not null
            ? new DecisionGrounds.Examined(examination.BapNumber, Wita.LocalDate(examination.ExaminedAt))
            : @case.Hearing.Summonses[^1] is var second
                ? new DecisionGrounds.AbsentAfterSecondSummons(second.LetterNumber, second.LetterDate)
                : throw new InvalidOperationException("The case is not heard.");
        var settings = policy.Settings;
        var letter = new SanctionDecisionLetter
        {
            Regime = regime,
            Letterhead = Letterhead(),
            Number = sanction.LetterNumber,
            DecidingOfficialTitle = decider.Position,
            Sanction = sanction.Name,
            Level = regime == EmploymentRegime.Contract ? null : LevelOf(sanction.Level),
            Employee = await EmployeeAsync(@case, cancellationToken),
            Act = ActOf(@case),
            ViolatedProvisions = ViolatedProvisions(@case),
            Grounds = grounds,
            LegalBases = LegalBases(@case),
            Appeal = new AppealRight(AppealKind.Objection, ObjectionHeardBy(chain, decider), Period(settings.ObjectionWindow)),
            InForceOnDay = Period(settings.EffectiveOnDayAfterReceipt),
            Decided = new PlaceAndDate(Settings.Place, Wita.LocalDate(sanction.DecidedAt)),
            Signatory = ToLetter(decider),
        };
        return Store(@case, DocumentKinds.SanctionDecision, sanction.LetterNumber, renderer.RenderSanctionDecision(letter),
            decider.Name, traceId);
    }

    private CaseDocument Store(Case @case, string kind, string number, byte[] content, string actor, string? traceId)
    {
        var now = time.GetUtcNow();
        var document = new CaseDocument(Ids.New(now), @case.Id, kind, number, content, now);
        db.Documents.Add(document);
        @case.RecordDocument(document, actor, traceId);
        return document;
    }

    /// <summary>The superior of the deciding official in the employee's line; for the Bupati, the external authority.</summary>
    private static string ObjectionHeardBy(SuperiorChain chain, CaseOfficial decider)
    {
        var index = chain.Superiors.ToList().FindIndex(s => s.Nip == decider.Nip);
        return index >= 0 && index + 1 < chain.Superiors.Count ? chain.Superiors[index + 1].Position : ObjectionAgainstPpk;
    }

    private Letterhead Letterhead() => new(Settings.LetterheadUnit, Settings.LetterheadAddress);

    private async Task<Person> EmployeeAsync(Case @case, CancellationToken cancellationToken)
    {
        var employee = await organisation.EmployeeAsync(@case.SubjectNip, cancellationToken);
        var unit = await organisation.UnitNameAsync(employee?.Official.UnitCode ?? @case.UnitCode, cancellationToken);
        return new Person(employee?.Official.Name ?? @case.SubjectName ?? @case.SubjectNip, @case.SubjectNip,
            employee?.Official.Position ?? "-", unit);
    }

    private List<string> LegalBases(Case @case) =>
        RegimeOf(@case) == EmploymentRegime.Contract ? Settings.ContractLegalBases : Settings.LegalBases;

    private static IReadOnlyList<string> ViolatedProvisions(Case @case) =>
        RegimeOf(@case) == EmploymentRegime.Contract
            ? ["kewajiban dalam perjanjian kerja"]
            : [(@case.Proposal.Article ?? "PP 94/2021 Pasal 3").Replace("PP 94/2021", "Peraturan Pemerintah Nomor 94 Tahun 2021", StringComparison.Ordinal)];

    private static LetterOfficial ToLetter(CaseOfficial official) => new(official.Name, official.Nip, official.Position);

    private static EmploymentRegime RegimeOf(Case @case) => @case.Facts.RuleSet switch
    {
        EmploymentType.Pppk => EmploymentRegime.Pppk,
        EmploymentType.Contract => EmploymentRegime.Contract,
        _ => EmploymentRegime.Pns,
    };

    private static LetterLevel LevelOf(PolicyLevel level) => level switch
    {
        PolicyLevel.Ringan => LetterLevel.Light,
        PolicyLevel.Sedang => LetterLevel.Moderate,
        _ => LetterLevel.Heavy,
    };

    private static DayPeriod Period(PolicyDayCount count) =>
        new(count.Days, count.Kind == DayKind.WorkingDays ? LetterDayCount.WorkingDays : LetterDayCount.CalendarDays);

    private static string FindingOf(Examination examination) =>
        examination.Findings
        ?? (examination.Proven
            ? $"Pelanggaran terbukti; dampaknya pada {PolicyWording.Of(examination.Impact)}. {examination.ImpactReasoning}"
            : "Pelanggaran tidak terbukti.");

    /// <summary>The act as the letters state it, by the case's category.</summary>
    public static string ActOf(Case @case) => @case.Category switch
    {
        OffenceCategory.PersonalSocialMedia => "menggunakan media sosial untuk kepentingan pribadi pada jam kerja",
        OffenceCategory.Absence => "tidak masuk kerja tanpa alasan yang sah",
        OffenceCategory.MisuseOfFacilities => "menyalahgunakan seragam atau fasilitas kantor",
        OffenceCategory.MisconductTowardsPublic => "bersikap tidak patut dalam memberikan pelayanan kepada masyarakat",
        _ => "melakukan perbuatan yang tidak sesuai dengan kewajiban pegawai",
    };
}
