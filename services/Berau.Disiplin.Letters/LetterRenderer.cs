using Berau.Disiplin.Letters.Decisions;
using Berau.Disiplin.Letters.Examination;
using Berau.Disiplin.Letters.Fonts;
using Berau.Disiplin.Letters.Layout;
using Berau.Disiplin.Letters.Summons;
using Berau.Disiplin.Primitives;

namespace Berau.Disiplin.Letters;

/// <summary>How letters are written out.</summary>
public sealed record LetterRenderOptions
{
    /// <summary>
    /// True (the default): the PDF's creation date is the letter's own date and its document id is derived from its
    /// text, so the same input gives the same bytes and a stored letter's SHA-256 can be reproduced. False: PDFsharp
    /// stamps the current time and a fresh id.
    /// </summary>
    public bool Deterministic { get; init; } = true;
}

/// <summary>
/// Renders the official letters of a discipline case as PDF: Surat Panggilan I and II, the Berita Acara Pemeriksaan,
/// and the Keputusan Hukuman Disiplin (for contract staff a Surat Teguran). Input is plain records; numbering, storage
/// and delivery belong to the caller. Thread-safe: one instance may serve every request.
/// </summary>
public sealed class LetterRenderer(LetterRenderOptions? options = null)
{
    private readonly LetterRenderOptions _options = options ?? new LetterRenderOptions();

    /// <summary>Surat Panggilan I.</summary>
    public byte[] RenderFirstSummons(SummonsLetter letter)
    {
        LetterChecks.Summons(letter);
        return Render($"Surat Panggilan I Nomor {letter.Number}", Wita.StartOf(letter.SignedAt.Date), letter.Regime,
            c => SummonsLayout.Compose(c, letter, missed: null));
    }

    /// <summary>Surat Panggilan II: cites the missed first summons and warns that a second absence lets the decision rest on the evidence.</summary>
    public byte[] RenderSecondSummons(SummonsLetter letter, MissedSummons missedFirstSummons)
    {
        LetterChecks.Summons(letter);
        LetterChecks.Missed(missedFirstSummons);
        return Render($"Surat Panggilan II Nomor {letter.Number}", Wita.StartOf(letter.SignedAt.Date), letter.Regime,
            c => SummonsLayout.Compose(c, letter, missedFirstSummons));
    }

    /// <summary>The Berita Acara Pemeriksaan.</summary>
    public byte[] RenderExaminationRecord(ExaminationRecordForm form)
    {
        LetterChecks.Examination(form);
        return Render($"Berita Acara Pemeriksaan Nomor {form.Number}", form.StartedAt, form.Regime,
            c => ExaminationLayout.Compose(c, form));
    }

    /// <summary>The Keputusan Hukuman Disiplin, or for contract staff the letter their regime names (Surat Teguran).</summary>
    public byte[] RenderSanctionDecision(SanctionDecisionLetter letter)
    {
        LetterChecks.Decision(letter);
        var title = letter.Regime == EmploymentRegime.Contract
            ? $"{(letter.Wording ?? LetterWording.For(letter.Regime)).ContractLetterTitle} Nomor {letter.Number}"
            : $"Keputusan Nomor {letter.Number}";
        return Render(title, Wita.StartOf(letter.Decided.Date), letter.Regime, c => DecisionLayout.Compose(c, letter));
    }

    private byte[] Render(string title, DateTimeOffset letterDate, EmploymentRegime regime, Action<LetterComposer> compose)
    {
        LetterFonts.EnsureRegistered();
        using var composer = new LetterComposer(title);
        compose(composer);
        var text = composer.DrawnText;
        LetterChecks.Printed(text, regime);
        // The printed text seeds the ids: the same letter keeps its id, another letter gets another.
        var stamp = _options.Deterministic ? new DocumentStamp(letterDate, title + "\n" + text) : null;
        return composer.Save(stamp);
    }
}
