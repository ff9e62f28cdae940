using System.Text.RegularExpressions;
using Berau.Disiplin.Letters.Decisions;
using Berau.Disiplin.Letters.Examination;
using Berau.Disiplin.Letters.Summons;
using Berau.Disiplin.Primitives;

namespace Berau.Disiplin.Letters;

/// <summary>
/// Refuses input a lawful letter cannot be made from, naming each field (<see cref="ValidationFailedException"/>, so a
/// gRPC caller gets INVALID_ARGUMENT), and checks the printed text before it leaves: no ISO dates, and a contract
/// staff member's letter never calls anything a hukuman disiplin or cites PP 94/2021.
/// </summary>
internal static partial class LetterChecks
{
    public static void Summons(SummonsLetter l)
    {
        var v = new Validator();
        Common(v, l.Regime, l.Letterhead, l.Number, l.SignedAt, l.Signatory, "signatory");
        Person(v, l.Addressee, "addressee");
        Official(v, l.Examiner, "examiner");
        v.Required("nature", l.Nature).Required("attachments", l.Attachments)
            .Required("examination_place", l.ExaminationPlace).Required("alleged_act", l.AllegedAct);
        NonEmpty(v, "legal_basis", l.LegalBasis);
        v.Check(l.ExaminationAt >= Wita.StartOf(l.SignedAt.Date), "examination_at", "must not be before the letter's date");
        NumberWithoutCode(v, "number", l.Number);
        v.ThrowIfInvalid();
    }

    public static void Missed(MissedSummons m)
    {
        var v = new Validator();
        v.Required("missed_first_summons.number", m.Number);
        NumberWithoutCode(v, "missed_first_summons.number", m.Number);
        v.Check(m.ExaminationDate >= m.LetterDate, "missed_first_summons.examination_date", "must not be before the letter's date");
        v.ThrowIfInvalid();
    }

    public static void Examination(ExaminationRecordForm f)
    {
        var v = new Validator();
        v.Check(Enum.IsDefined(f.Regime), "regime", "is not a known regime");
        Letterhead(v, f.Letterhead);
        v.Required("number", f.Number).Required("place", f.Place).Required("alleged_act", f.AllegedAct)
            .Required("finding", f.Finding).Required("signed.place", f.SignedAt.Place);
        Person(v, f.Examined, "examined");
        v.Check(f.Examiners.Count > 0, "examiners", "at least one examiner is required");
        for (var i = 0; i < f.Examiners.Count; i++) Official(v, f.Examiners[i], $"examiners[{i}]");
        v.Check(f.Questions.Count > 0 || !string.IsNullOrWhiteSpace(f.Statement), "questions",
            "give the questions and answers or the statement");
        for (var i = 0; i < f.Questions.Count; i++)
            v.Required($"questions[{i}].question", f.Questions[i].Question).Required($"questions[{i}].answer", f.Questions[i].Answer);
        v.Check(f.RefusalReason is null || !string.IsNullOrWhiteSpace(f.RefusalReason), "refusal_reason",
            "a refusal needs the reason the examined employee gave");
        v.Check(f.Copy.Given || f.Copy.GivenOn is null, "copy.given_on", "a copy not given has no date");
        NumberWithoutCode(v, "number", f.Number);
        v.ThrowIfInvalid();
    }

    public static void Decision(SanctionDecisionLetter l)
    {
        var v = new Validator();
        Common(v, l.Regime, l.Letterhead, l.Number, l.Decided, l.Signatory, "signatory");
        Person(v, l.Employee, "employee");
        v.Required("deciding_official_title", l.DecidingOfficialTitle).Required("sanction", l.Sanction).Required("act", l.Act);
        v.Check(!SanctionCode().IsMatch(l.Sanction.Trim()), "sanction", "write the sanction in words (e.g. teguran tertulis), not its code");
        NonEmpty(v, "violated_provisions", l.ViolatedProvisions);
        NonEmpty(v, "legal_bases", l.LegalBases);
        NumberWithoutCode(v, "number", l.Number);
        switch (l.Grounds)
        {
            case DecisionGrounds.Examined examined:
                v.Required("grounds.record_number", examined.RecordNumber);
                NumberWithoutCode(v, "grounds.record_number", examined.RecordNumber);
                break;
            case DecisionGrounds.AbsentAfterSecondSummons absent:
                v.Required("grounds.second_summons_number", absent.SecondSummonsNumber);
                NumberWithoutCode(v, "grounds.second_summons_number", absent.SecondSummonsNumber);
                break;
        }
        if (l.Appeal is { } a)
        {
            v.Required("appeal.addressed_to", a.AddressedTo);
            v.Check(a.Window.Days > 0, "appeal.window", "must be at least one day");
            v.Check(a.LastDay is null || a.LastDay > l.Decided.Date, "appeal.last_day", "must be after the decision's date");
        }
        v.Check(l.InForceOnDay is null || l.InForceOnDay.Days > 0, "in_force_on_day", "must be at least one day");
        v.Check(l.Regime == EmploymentRegime.Contract || l.InForceOnDay is not null, "in_force_on_day",
            "a Keputusan Hukuman Disiplin states the day it takes effect");
        if (l.Regime == EmploymentRegime.Contract)
        {
            v.Check(l.Level is null, "level", "a contract staff member's letter has no PP 94/2021 level");
            foreach (var (field, text) in ContractTexts(l))
                v.Check(!CitesCivilServiceDiscipline(text), field,
                    "a contract staff member's letter cites the contract or the Peraturan Bupati, never PP 94/2021 or a hukuman disiplin");
        }
        v.ThrowIfInvalid();
    }

    /// <summary>The printed text, after layout: what no letter may show, whatever the input said.</summary>
    public static void Printed(string text, EmploymentRegime regime)
    {
        var iso = IsoDate().Match(text);
        if (iso.Success)
            throw ValidationFailedException.For("letter", $"contains the machine date {iso.Value}; dates are written as 4 Desember 2026");
        if (regime == EmploymentRegime.Contract && CitesCivilServiceDiscipline(text))
            throw ValidationFailedException.For("regime",
                "a contract staff member's letter cites the contract or the Peraturan Bupati, never PP 94/2021 or a hukuman disiplin");
    }

    private static IEnumerable<(string Field, string Text)> ContractTexts(SanctionDecisionLetter l) =>
        [("sanction", l.Sanction), ("act", l.Act), ("deciding_official_title", l.DecidingOfficialTitle),
         .. l.ViolatedProvisions.Select((p, i) => ($"violated_provisions[{i}]", p)),
         .. l.LegalBases.Select((p, i) => ($"legal_bases[{i}]", p)),
         .. l.CarbonCopies.Select((p, i) => ($"carbon_copies[{i}]", p))];

    private static bool CitesCivilServiceDiscipline(string text) => CivilServiceDiscipline().IsMatch(text);

    private static void Common(Validator v, EmploymentRegime regime, Letterhead head, string number, PlaceAndDate signed,
        Official signatory, string signatoryField)
    {
        v.Check(Enum.IsDefined(regime), "regime", "is not a known regime");
        Letterhead(v, head);
        v.Required("number", number).Required("signed.place", signed.Place);
        Official(v, signatory, signatoryField);
    }

    private static void Letterhead(Validator v, Letterhead head) =>
        v.Required("letterhead.unit_name", head.UnitName).Required("letterhead.government", head.Government);

    private static void Person(Validator v, Person p, string field) =>
        v.Required($"{field}.name", p.Name).Required($"{field}.id_number", p.IdNumber)
            .Required($"{field}.position", p.Position).Required($"{field}.unit", p.Unit);

    private static void Official(Validator v, Official o, string field) =>
        v.Required($"{field}.name", o.Name).Required($"{field}.nip", o.Nip).Required($"{field}.position", o.Position);

    /// <summary>A letter number shows no sanction code: "800.1.6.4/0001/R2/DISDUKCAPIL/2026" is refused.</summary>
    private static void NumberWithoutCode(Validator v, string field, string? number)
    {
        var code = (number ?? "").Split('/', '-', '.', ' ').FirstOrDefault(part => SanctionCode().IsMatch(part));
        v.Check(code is null, field, $"shows the sanction code {code}; number letters with a pattern that leaves the code out");
    }

    private static void NonEmpty(Validator v, string field, IReadOnlyList<string> items)
    {
        v.Check(items.Count > 0, field, "at least one is required");
        for (var i = 0; i < items.Count; i++) v.Required($"{field}[{i}]", items[i]);
    }

    [GeneratedRegex(@"^[RSB]\d+$", RegexOptions.IgnoreCase)]
    private static partial Regex SanctionCode();

    [GeneratedRegex(@"\b\d{4}-\d{2}-\d{2}\b")]
    private static partial Regex IsoDate();

    /// <summary>"hukuman disiplin", "PP 94", "PP No. 94", "Peraturan Pemerintah Nomor 94 Tahun 2021", "94/2021".</summary>
    [GeneratedRegex(@"hukuman\s+disiplin|\bPP\s*(No(mor|\.)?\s*)?94\b|Nomor\s+94\s+Tahun\s+2021|\b94/2021\b", RegexOptions.IgnoreCase)]
    private static partial Regex CivilServiceDiscipline();
}
