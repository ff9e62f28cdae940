using W = Berau.Disiplin.Letters.LetterWording;

namespace Berau.Disiplin.Letters.Layout;

/// <summary>The identity rows every letter prints the same way.</summary>
internal static class Identity
{
    /// <summary>Nama, NIP (or the regime's label), pangkat where given, jabatan, unit kerja.</summary>
    public static IReadOnlyList<(string, string)> Of(Person p, RegimeWording words)
    {
        var rows = new List<(string, string)> { (W.NameLabel, p.Name), (words.IdLabel, p.IdNumber) };
        if (!string.IsNullOrWhiteSpace(p.Rank)) rows.Add((words.RankLabel, p.Rank));
        rows.Add((W.PositionLabel, p.Position));
        rows.Add((W.UnitLabel, p.Unit));
        return rows;
    }

    /// <summary>An official is a civil servant: always a NIP.</summary>
    public static IReadOnlyList<(string, string)> Of(Official o)
    {
        var words = W.For(EmploymentRegime.Pns);
        var rows = new List<(string, string)> { (W.NameLabel, o.Name), (words.IdLabel, o.Nip) };
        if (!string.IsNullOrWhiteSpace(o.Rank)) rows.Add((words.RankLabel, o.Rank));
        rows.Add((W.PositionLabel, o.Position));
        return rows;
    }
}

internal static class Signature
{
    /// <summary>The signatory's block on the right half: position, room to sign, name, rank, NIP.</summary>
    public static void Official(LetterComposer c, Official o, params string[] heading) =>
        c.Signatures([Block(c, o, LetterComposer.Left + c.Width * 0.5, c.Width * 0.5, heading)]);

    public static SignatureBlock Block(LetterComposer c, Official o, double x, double width, IReadOnlyList<string> heading,
        string? note = null) =>
        new(x, width, heading, o.Name, Below(o)) { NoteInSignatureSpace = note };

    public static IReadOnlyList<string> Below(Official o) =>
        string.IsNullOrWhiteSpace(o.Rank) ? [$"NIP {o.Nip}"] : [o.Rank, $"NIP {o.Nip}"];
}

internal static class CarbonCopies
{
    /// <summary>"Tembusan Yth.:" and a numbered list; nothing when there is no copy.</summary>
    public static void Write(LetterComposer c, IReadOnlyList<string> copies)
    {
        if (copies.Count == 0) return;
        c.Space(6);
        c.KeepTogether(LetterComposer.LineHeight(c.Body) * Math.Min(copies.Count + 1, 4));
        c.Paragraph(W.CarbonCopiesHeading, justify: false, after: 0);
        var textX = LetterComposer.Left + c.Measure($"{copies.Count}. ", c.Body) + 2;
        for (var i = 0; i < copies.Count; i++)
            c.Hanging([(LetterComposer.Left, $"{i + 1}.", c.Body)], textX, copies[i].Trim().TrimEnd(';', '.') + (i == copies.Count - 1 ? "." : ";"),
                justify: false, after: 0);
    }
}
