using Berau.Disiplin.Letters.Layout;
using Berau.Disiplin.Primitives;
using PdfSharp.Drawing;
using W = Berau.Disiplin.Letters.LetterWording;

namespace Berau.Disiplin.Letters.Decisions;

/// <summary>
/// The Keputusan Hukuman Disiplin in the form of a keputusan (heading, Menimbang, Mengingat, MEMUTUSKAN, Menetapkan,
/// the dicta KESATU...), and for contract staff a Surat Teguran in the form of a letter.
/// </summary>
internal static class DecisionLayout
{
    public static void Compose(LetterComposer c, SanctionDecisionLetter l)
    {
        if (l.Regime == EmploymentRegime.Contract) ComposeContractLetter(c, l);
        else ComposeDecision(c, l);
    }

    private static void ComposeDecision(LetterComposer c, SanctionDecisionLetter l)
    {
        var words = l.Wording ?? W.For(l.Regime);
        var title = W.Upper(l.DecidingOfficialTitle);
        c.Kop(l.Letterhead);
        c.Centered($"{W.DecisionTitle} {title}", c.Title);
        c.Centered($"{W.NumberLabel.ToUpperInvariant()} {l.Number}", c.Title);
        c.Centered(W.About, c.Title);
        c.Centered(W.DecisionAbout(l.Sanction), c.Title, after: 10);
        c.Centered(title + ",", c.Title, after: 10);

        string[] labels = [W.Considering, W.Recalling, W.Enacting, .. Enumerable.Range(1, 4).Select(W.Dictum)];
        var colonX = LetterComposer.Left + labels.Max(x => c.Measure(x, c.Body)) + 6;
        var markerX = colonX + c.Measure(": ", c.Body) + 2;
        var textX = markerX + c.Measure("m. ", c.Body) + 2;

        void Listed(string label, IReadOnlyList<string> items, Func<int, string> marker)
        {
            for (var i = 0; i < items.Count; i++)
            {
                List<(double, string, XFont)> prefixes = [(markerX, marker(i), c.Body)];
                if (i == 0) prefixes.InsertRange(0, [(LetterComposer.Left, label, c.Body), (colonX, ":", c.Body)]);
                c.Hanging(prefixes, textX, items[i], after: 3);
            }
            c.Space(6);
        }

        Listed(W.Considering,
        [
            W.GroundsClause(l.Grounds, l.Employee, words, l.Act),
            W.BreachClause(l.ViolatedProvisions, l.Sanction, l.Level),
            W.NeedClause,
        ], i => $"{(char)('a' + i)}.");

        var bases = l.LegalBases.Select((b, i) => b.Trim().TrimEnd(';', '.') + (i == l.LegalBases.Count - 1 ? "." : ";")).ToList();
        Listed(W.Recalling, bases, i => $"{i + 1}.");

        c.Centered(W.Deciding, c.Title, after: 8);
        Dictum(c, W.Enacting, colonX, markerX, W.Enactment(l.DecidingOfficialTitle, l.Sanction));

        // KESATU (whom, what, why) is read as one: it does not break over a page.
        var identity = Identity.Of(l.Employee, words);
        var impose = W.ImposeClause(l.Sanction, l.Level);
        var because = W.BecauseClause(l.Act, l.ViolatedProvisions);
        c.KeepTogether(c.HeightOf(impose, markerX) + identity.Count * LetterComposer.LineHeight(c.Body) + c.HeightOf(because, markerX) + 4);
        var n = 1;
        Dictum(c, W.Dictum(n++), colonX, markerX, impose, after: 2);
        c.Fields(markerX + 8, identity, after: 2);
        c.Paragraph(because, markerX, after: 6);
        if (l.Appeal is { } appeal)
            Dictum(c, W.Dictum(n++), colonX, markerX, W.AppealClause(appeal, l.Employee.Name, W.DecisionNoun));
        Dictum(c, W.Dictum(n++), colonX, markerX, W.InForceClause(l.InForceOnDay!, l.Appeal?.Kind, W.DecisionNoun));
        Dictum(c, W.Dictum(n), colonX, markerX, W.DeliveryClause, after: 14);

        var x = LetterComposer.Left + c.Width * 0.5;
        c.Lines(x,
        [
            ($"{W.EnactedAt} {l.Decided.Place}", c.Body),
            ($"{W.EnactedOn} {Wita.Indonesian(l.Decided.Date)}", c.Body),
        ], after: 4);
        Signature.Official(c, l.Signatory, l.Signatory.Position + ",");
        CarbonCopies.Write(c, l.CarbonCopies);
    }

    private static void Dictum(LetterComposer c, string label, double colonX, double textX, string text, double after = 6) =>
        c.Hanging([(LetterComposer.Left, label, c.Body), (colonX, ":", c.Body)], textX, text, after: after);

    /// <summary>
    /// Contract staff: a letter under their contract or the Peraturan Bupati. No Menimbang/Mengingat of PP 94/2021,
    /// no "hukuman disiplin": the measure is named as the input names it (teguran tertulis).
    /// </summary>
    private static void ComposeContractLetter(LetterComposer c, SanctionDecisionLetter l)
    {
        var words = l.Wording ?? W.For(l.Regime);
        c.Kop(l.Letterhead);
        c.Centered(W.Upper(words.ContractLetterTitle), c.Title);
        c.Centered($"{W.NumberLabel} {l.Number}", c.Body, after: 14);

        c.Paragraph(W.ContractGrounds(l.Grounds));
        c.Fields(LetterComposer.Left + 14, Identity.Of(l.Employee, words));
        c.Paragraph(W.ContractFinding(l.Act, l.ViolatedProvisions), after: 6);
        c.Paragraph(W.ContractMeasure(l.LegalBases, l.Sanction), after: 6);
        if (l.Appeal is { } appeal) c.Paragraph(W.AppealClause(appeal, l.Employee.Name, W.ContractNoun), after: 6);
        c.Paragraph(l.InForceOnDay is { } inForce
            ? W.InForceClause(inForce, l.Appeal?.Kind, W.ContractNoun)
            : W.InForceOnReceipt, after: 6);
        c.Paragraph(W.ContractClosing, after: 14);

        c.Lines(LetterComposer.Left + c.Width * 0.5, [(W.PlaceDate(l.Decided), c.Body)], after: 4);
        Signature.Official(c, l.Signatory, l.Signatory.Position + ",");
        CarbonCopies.Write(c, l.CarbonCopies);
    }
}
