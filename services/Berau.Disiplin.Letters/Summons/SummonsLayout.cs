using Berau.Disiplin.Letters.Layout;
using W = Berau.Disiplin.Letters.LetterWording;

namespace Berau.Disiplin.Letters.Summons;

/// <summary>The surat panggilan as a surat dinas: kop, place and date, Nomor/Sifat/Lampiran/Hal, addressee, numbered body.</summary>
internal static class SummonsLayout
{
    public static void Compose(LetterComposer c, SummonsLetter l, MissedSummons? missed)
    {
        var words = l.Wording ?? W.For(l.Regime);
        c.Kop(l.Letterhead);
        c.RightAligned(W.PlaceDate(l.SignedAt), after: 6);
        c.Fields(LetterComposer.Left,
        [
            (W.NumberLabel, l.Number),
            (W.NatureLabel, l.Nature),
            (W.AttachmentsLabel, l.Attachments),
            (W.SubjectLabel, W.SummonsSubject(missed is null ? 1 : 2)),
        ], after: 10);

        c.Lines(LetterComposer.Left,
        [
            ($"{W.DearPrefix} {l.Addressee.Name}", c.Body),
            (l.Addressee.Position, c.Body),
            (l.Addressee.Unit, c.Body),
            (W.AtPlace, c.Body),
        ], after: 12);

        var numberX = LetterComposer.Left;
        var textX = LetterComposer.Left + c.Measure("3. ", c.Body) + 2;
        var n = 0;
        void Item(string text) =>
            c.Hanging([(numberX, $"{++n}.", c.Body)], textX, text);

        if (missed is not null) Item(W.SecondSummonsReference(missed));

        Item(W.SummonsOpening(l.LegalBasis));
        var fieldsX = textX + 8;
        c.Fields(fieldsX, Identity.Of(l.Addressee, words));
        c.Paragraph(W.SummonsAppearBefore, textX);
        c.Fields(fieldsX, Identity.Of(l.Examiner));
        c.Paragraph(W.SummonsOn, textX);
        c.Fields(fieldsX,
        [
            (W.DayDateLabel, W.DayAndDate(l.ExaminationAt)),
            (W.TimeLabel, W.Clock(l.ExaminationAt)),
            (W.PlaceLabel, l.ExaminationPlace),
        ]);
        c.Paragraph(W.SummonsPurpose(words, l.AllegedAct), textX, after: 6);

        if (missed is not null) Item(W.SecondSummonsWarning(l.Regime));
        Item(W.SummonsClosing);

        c.Space(10);
        Signature.Official(c, l.Signatory, heading: l.Signatory.Position + ",");
        CarbonCopies.Write(c, l.CarbonCopies);
    }
}
