using Berau.Disiplin.Letters.Layout;
using W = Berau.Disiplin.Letters.LetterWording;

namespace Berau.Disiplin.Letters.Examination;

/// <summary>The BAP: kop, title and number, the opening, who examined whom, questions and answers, the finding, closing, signatures.</summary>
internal static class ExaminationLayout
{
    public static void Compose(LetterComposer c, ExaminationRecordForm f)
    {
        var words = f.Wording ?? W.For(f.Regime);
        c.Kop(f.Letterhead);
        c.Centered(W.ExaminationTitle, c.Title);
        c.Centered($"{W.NumberLabel} {f.Number}", c.Body, after: 12);

        c.Paragraph(W.ExaminationOpening(f.StartedAt, f.Place));
        var fieldsX = LetterComposer.Left + 14;
        if (f.Examiners.Count == 1)
        {
            c.Fields(fieldsX, Identity.Of(f.Examiners[0]));
        }
        else
        {
            var textX = fieldsX + c.Measure($"{f.Examiners.Count}. ", c.Body) + 2;
            for (var i = 0; i < f.Examiners.Count; i++)
            {
                c.Fields(textX, Identity.Of(f.Examiners[i]), after: 2, marker: (fieldsX, $"{i + 1}."));
            }
        }
        c.Paragraph(W.ExaminersRole(f.Examiners.Count, f.SummonsReference));
        c.Fields(fieldsX, Identity.Of(f.Examined, words));
        c.Paragraph(W.ExaminationSuspicion(words, f.AllegedAct), after: 8);

        if (f.Questions.Count > 0)
        {
            c.Heading(W.QuestionsHeading, c.Bold);
            var numberX = LetterComposer.Left;
            var labelX = LetterComposer.Left + c.Measure($"{f.Questions.Count}. ", c.Body) + 2;
            var colonX = labelX + Math.Max(c.Measure(W.QuestionLabel, c.Body), c.Measure(W.AnswerLabel, c.Body)) + 4;
            var textX = colonX + c.Measure(": ", c.Body) + 2;
            for (var i = 0; i < f.Questions.Count; i++)
            {
                var qa = f.Questions[i];
                c.Hanging([(numberX, $"{i + 1}.", c.Body), (labelX, W.QuestionLabel, c.Body), (colonX, ":", c.Body)],
                    textX, qa.Question.Trim(), after: 1);
                c.Hanging([(labelX, W.AnswerLabel, c.Body), (colonX, ":", c.Body)], textX, qa.Answer.Trim(), after: 5);
            }
        }
        if (!string.IsNullOrWhiteSpace(f.Statement))
        {
            c.Heading(W.StatementHeading, c.Bold);
            c.Paragraph(f.Statement.Trim(), after: 6);
        }

        c.Heading(W.FindingHeading, c.Bold);
        c.Paragraph(f.Finding.Trim(), after: 8);

        c.Paragraph(W.ExaminationClosing);
        if (f.RefusalReason is { } reason) c.Paragraph(W.RefusalNote(reason));
        c.Paragraph(W.CopyNote(f.Copy), after: 10);

        c.RightAligned(W.PlaceDate(f.SignedAt), after: 4);
        var half = c.Width / 2;
        var examined = new SignatureBlock(LetterComposer.Left, half - 10, [W.ExaminedSigns], f.Examined.Name,
            [$"{words.IdLabel} {f.Examined.IdNumber}"])
        {
            NoteInSignatureSpace = f.RefusalReason is null ? null : W.RefusedToSign,
        };
        var examinerHeading = f.Examiners.Count == 1 ? W.ExaminerSigns : W.ExaminersSign;
        var first = Signature.Block(c, f.Examiners[0], LetterComposer.Left + half, half, [examinerHeading, f.Examiners[0].Position]);
        c.Signatures([examined, first]);
        // Further members of a tim pemeriksa sign under the first, each with their own room.
        foreach (var member in f.Examiners.Skip(1))
            c.Signatures([Signature.Block(c, member, LetterComposer.Left + half, half, [member.Position])]);
    }
}
