using System.Text;
using Berau.Disiplin.Letters.Fonts;
using PdfSharp;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Berau.Disiplin.Letters.Layout;

/// <summary>
/// Lays a letter out on A4 pages top to bottom: the kop, headings, justified paragraphs, label/value rows, hanging
/// numbered items and signature blocks, wrapping every line itself and starting a new page when one is full (pages
/// after the first carry "- 2 -" at the top, as official letters do). Each line is drawn as real text in an embedded,
/// subset TrueType font, so the PDF's text can be searched and read back.
/// </summary>
internal sealed class LetterComposer : IDisposable
{
    private const double Cm = 72 / 2.54;
    private const double MarginLeft = 2.5 * Cm;
    private const double MarginRight = 2.0 * Cm;
    private const double MarginTop = 1.8 * Cm;
    private const double MarginBottom = 2.0 * Cm;
    private const double LineFactor = 1.25;
    /// <summary>Room for a handwritten signature (and the stamp), in body lines.</summary>
    private const double SignatureLines = 3.8;

    private static readonly XPdfFontOptions Unicode = new(PdfFontEncoding.Unicode);

    public readonly XFont Body = new(LetterFonts.Family, 11, XFontStyleEx.Regular, Unicode);
    public readonly XFont Bold = new(LetterFonts.Family, 11, XFontStyleEx.Bold, Unicode);
    public readonly XFont Small = new(LetterFonts.Family, 9, XFontStyleEx.Regular, Unicode);
    public readonly XFont KopGovernment = new(LetterFonts.Family, 13, XFontStyleEx.Bold, Unicode);
    public readonly XFont KopUnit = new(LetterFonts.Family, 15, XFontStyleEx.Bold, Unicode);
    public readonly XFont Title = new(LetterFonts.Family, 12, XFontStyleEx.Bold, Unicode);

    private readonly PdfDocument _document = new();
    private readonly StringBuilder _text = new();
    private PdfPage? _page;
    private XGraphics? _gfx;
    private double _y;
    private int _pageNumber;

    public LetterComposer(string title)
    {
        _document.Info.Title = title;
        _document.Info.Creator = "Berau.Disiplin.Letters";
        NewPage();
    }

    public static double Left => MarginLeft;
    public double Right => _page!.Width.Point - MarginRight;
    public double Width => Right - Left;

    /// <summary>Every line drawn so far, one per line, for the checks run before a letter leaves the library.</summary>
    public string DrawnText => _text.ToString();

    public static double LineHeight(XFont font) => font.Size * LineFactor;

    public double Measure(string text, XFont font) => _gfx!.MeasureString(text, font).Width;

    public void Space(double points) => _y += points;

    public void BlankLine() => _y += LineHeight(Body);

    /// <summary>The height <paramref name="text"/> takes when wrapped from <paramref name="x"/> to the right margin.</summary>
    public double HeightOf(string text, double x) => Wrap(text, Body, Right - x).Count * LineHeight(Body);

    /// <summary>Starts a new page unless <paramref name="height"/> points still fit on this one.</summary>
    public void KeepTogether(double height)
    {
        if (_y + height > _page!.Height.Point - MarginBottom && _y > MarginTop + 40) NewPage();
    }

    // ----- Blocks -----

    /// <summary>The kop surat: government line, the unit in capitals, its address lines, a thick and a thin rule.</summary>
    public void Kop(Letterhead head)
    {
        Centered(LetterWording.Upper(head.Government), KopGovernment);
        Centered(LetterWording.Upper(head.UnitName), KopUnit);
        foreach (var line in head.AddressLines) Centered(line, Small);
        _y += 3;
        _gfx!.DrawLine(new XPen(XColors.Black, 1.8), Left, _y, Right, _y);
        _gfx.DrawLine(new XPen(XColors.Black, 0.6), Left, _y + 2.6, Right, _y + 2.6);
        _y += 14;
    }

    /// <summary>Centred lines, wrapped within the text width.</summary>
    public void Centered(string text, XFont font, double after = 0)
    {
        foreach (var line in Wrap(text, font, Width))
        {
            KeepTogether(LineHeight(font));
            var w = Measure(line, font);
            DrawText(line, font, Left + (Width - w) / 2);
            _y += LineHeight(font);
        }
        _y += after;
    }

    /// <summary>A paragraph from <paramref name="x"/> to the right margin, justified except its last line.</summary>
    public void Paragraph(string text, double x = -1, XFont? font = null, bool justify = true, double after = 4) =>
        Hanging([], x < 0 ? Left : x, text, font ?? Body, justify, after);

    /// <summary>A heading ("Hasil pemeriksaan:") that never stays alone at the foot of a page.</summary>
    public void Heading(string text, XFont font, double after = 4)
    {
        KeepTogether(LineHeight(font) + 3 * LineHeight(Body));
        Paragraph(text, font: font, justify: false, after: after);
    }

    /// <summary>
    /// A hanging item: <paramref name="prefixes"/> (a number, a label and its colon, a dictum) drawn on the first
    /// line at their own x; the text starts at <paramref name="textX"/> and every wrapped line returns there.
    /// </summary>
    public void Hanging(IReadOnlyList<(double X, string Text, XFont Font)> prefixes, double textX, string text,
        XFont? font = null, bool justify = true, double after = 4)
    {
        font ??= Body;
        var lines = Wrap(text, font, Right - textX);
        var height = LineHeight(font);
        // A label never stands alone at the foot of a page: keep it with two lines of its text.
        KeepTogether(height * Math.Min(lines.Count, 2));
        for (var i = 0; i < lines.Count; i++)
        {
            KeepTogether(height);
            if (i == 0)
                foreach (var (px, ptext, pfont) in prefixes) DrawText(ptext, pfont, px);
            DrawLine(lines[i], font, textX, Right - textX, justify && i < lines.Count - 1);
            _y += height;
        }
        _y += after;
    }

    /// <summary>Label/value rows ("Nama : Rina Wulandari"), the values aligned and wrapped in their own column.</summary>
    /// <param name="marker">Drawn left of the first row, e.g. the number of a tim pemeriksa member.</param>
    public void Fields(double x, IReadOnlyList<(string Label, string Value)> rows, double after = 4,
        (double X, string Text)? marker = null)
    {
        var labelWidth = rows.Max(r => Measure(r.Label, Body));
        var colonX = x + labelWidth + 6;
        var valueX = colonX + Measure(": ", Body) + 2;
        for (var i = 0; i < rows.Count; i++)
        {
            var (label, value) = rows[i];
            List<(double, string, XFont)> prefixes = [(x, label, Body), (colonX, ":", Body)];
            if (i == 0 && marker is { } m) prefixes.Insert(0, (m.X, m.Text, Body));
            Hanging(prefixes, valueX, value, Body, justify: false, after: 0);
        }
        _y += after;
    }

    /// <summary>Lines left-aligned at <paramref name="x"/>, kept on one page.</summary>
    public void Lines(double x, IReadOnlyList<(string Text, XFont Font)> lines, double after = 0)
    {
        var wrapped = lines.SelectMany(l => Wrap(l.Text, l.Font, Right - x).Select(w => (Text: w, l.Font))).ToList();
        KeepTogether(wrapped.Sum(l => LineHeight(l.Font)));
        foreach (var (text, font) in wrapped)
        {
            DrawText(text, font, x);
            _y += LineHeight(font);
        }
        _y += after;
    }

    /// <summary>A line pushed to the right margin ("Tanjung Redeb, 4 Desember 2026").</summary>
    public void RightAligned(string text, XFont? font = null, double after = 0)
    {
        font ??= Body;
        KeepTogether(LineHeight(font));
        DrawText(text, font, Right - Measure(text, font));
        _y += LineHeight(font) + after;
    }

    /// <summary>
    /// Signature blocks side by side, each from its own x: a heading (the position), room for the signature or a
    /// note written in it, the name in bold and underlined, then rank and NIP. Kept on one page.
    /// </summary>
    public void Signatures(IReadOnlyList<SignatureBlock> blocks, double after = 8)
    {
        // Headings of different lengths would put the names at different heights: pad the shorter ones.
        var headingLines = blocks.Select(b => b.Heading.Sum(h => Wrap(h, Body, b.Width).Count)).ToList();
        var columns = blocks.Select((b, i) => Layout(b, headingLines.Max() - headingLines[i])).ToList();
        KeepTogether(columns.Max(c => c.Sum(l => l.Height)));
        var top = _y;
        var bottom = top;
        foreach (var (block, lines) in blocks.Zip(columns))
        {
            _y = top;
            foreach (var line in lines)
            {
                if (line.Text.Length > 0) DrawText(line.Text, line.Font, block.X);
                if (line.Underline)
                {
                    var w = Measure(line.Text, line.Font);
                    var underY = _y + line.Font.Size * 1.08;
                    _gfx!.DrawLine(new XPen(XColors.Black, 0.6), block.X, underY, block.X + w, underY);
                }
                _y += line.Height;
            }
            bottom = Math.Max(bottom, _y);
        }
        _y = bottom + after;
    }

    private List<(string Text, XFont Font, double Height, bool Underline)> Layout(SignatureBlock b, int padLines)
    {
        var width = b.Width;
        var lines = new List<(string, XFont, double, bool)>();
        foreach (var heading in b.Heading)
            lines.AddRange(Wrap(heading, Body, width).Select(w => (w, Body, LineHeight(Body), false)));
        for (var i = 0; i < padLines; i++) lines.Add(("", Body, LineHeight(Body), false));
        var signatureSpace = LineHeight(Body) * SignatureLines;
        if (b.NoteInSignatureSpace is { } note)
        {
            // The note sits in the middle of the same space a signature takes, so the names still line up.
            var noteLines = Wrap(note, Body, width);
            var margin = Math.Max(0, signatureSpace - noteLines.Count * LineHeight(Body)) / 2;
            lines.Add(("", Body, margin, false));
            lines.AddRange(noteLines.Select(w => (w, Body, LineHeight(Body), false)));
            lines.Add(("", Body, margin, false));
        }
        else
        {
            lines.Add(("", Body, signatureSpace, false));
        }
        lines.AddRange(Wrap(b.Name, Bold, width).Select(w => (w, Bold, LineHeight(Bold), true)));
        foreach (var extra in b.Below)
            lines.AddRange(Wrap(extra, Body, width).Select(w => (w, Body, LineHeight(Body), false)));
        return lines;
    }

    // ----- Lines and words -----

    private void DrawLine(string line, XFont font, double x, double width, bool justify)
    {
        var words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (!justify || words.Length < 2)
        {
            DrawText(line, font, x);
            return;
        }
        var wordsWidth = words.Sum(w => Measure(w, font));
        var gap = (width - wordsWidth) / (words.Length - 1);
        var space = Measure(" ", font);
        // A line of a few long words would open wide holes: leave such a line ragged instead.
        if (gap > space * 3.5)
        {
            DrawText(line, font, x);
            return;
        }
        _text.AppendLine(line);
        var cx = x;
        foreach (var word in words)
        {
            _gfx!.DrawString(word, font, XBrushes.Black, new XPoint(cx, _y), XStringFormats.TopLeft);
            cx += Measure(word, font) + gap;
        }
    }

    private void DrawText(string text, XFont font, double x)
    {
        _text.AppendLine(text);
        _gfx!.DrawString(text, font, XBrushes.Black, new XPoint(x, _y), XStringFormats.TopLeft);
    }

    /// <summary>Greedy word wrap by measured width; a word longer than a line (a meeting link) is broken where it must.</summary>
    public List<string> Wrap(string text, XFont font, double width)
    {
        var result = new List<string>();
        foreach (var paragraph in text.Replace("\r", "").Split('\n'))
        {
            var line = new StringBuilder();
            foreach (var word in Units(paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries)))
            {
                var candidate = line.Length == 0 ? word : line + " " + word;
                if (Measure(candidate, font) <= width)
                {
                    line.Clear().Append(candidate);
                    continue;
                }
                if (line.Length > 0)
                {
                    result.Add(line.ToString());
                    line.Clear();
                }
                var rest = word;
                while (Measure(rest, font) > width)
                {
                    var cut = rest.Length - 1;
                    while (cut > 1 && Measure(rest[..cut], font) > width) cut--;
                    result.Add(rest[..cut]);
                    rest = rest[cut..];
                }
                line.Append(rest);
            }
            result.Add(line.ToString());
        }
        return result;
    }

    private static readonly HashSet<string> Months = new(StringComparer.Ordinal)
    {
        "Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November", "Desember",
    };

    /// <summary>Words that must not be split over two lines kept as one: "4 Desember 2026", "09.00 WITA".</summary>
    private static IEnumerable<string> Units(string[] words)
    {
        for (var i = 0; i < words.Length; i++)
        {
            if (i + 2 < words.Length && words[i].Length <= 2 && words[i].All(char.IsAsciiDigit) && Months.Contains(words[i + 1]))
            {
                yield return $"{words[i]} {words[i + 1]} {words[i + 2]}";
                i += 2;
            }
            else if (i + 1 < words.Length && words[i + 1].StartsWith("WITA", StringComparison.Ordinal) && words[i].Contains('.'))
            {
                yield return $"{words[i]} {words[i + 1]}";
                i += 1;
            }
            else
            {
                yield return words[i];
            }
        }
    }

    // ----- Pages and saving -----

    private void NewPage()
    {
        _gfx?.Dispose();
        _page = _document.AddPage();
        _page.Size = PageSize.A4;
        _gfx = XGraphics.FromPdfPage(_page);
        _pageNumber++;
        _y = MarginTop;
        if (_pageNumber > 1)
        {
            var marker = $"- {_pageNumber} -";
            DrawText(marker, Body, Left + (Width - Measure(marker, Body)) / 2);
            _y += LineHeight(Body) * 2;
        }
    }

    /// <summary>
    /// Writes the PDF. With a <paramref name="stamp"/> the creation date and the document id come from the letter
    /// itself, so the same letter gives the same bytes; without one PDFsharp stamps the current time and a new id.
    /// </summary>
    public byte[] Save(DocumentStamp? stamp)
    {
        _gfx?.Dispose();
        _gfx = null;
        if (stamp is { } s)
        {
            // PDFsharp writes dates in the machine's local offset: pass UTC so the bytes do not depend on the server's zone.
            _document.Info.CreationDate = s.CreatedAt.UtcDateTime;
            _document.Info.ModificationDate = s.CreatedAt.UtcDateTime;
            _document.Internals.FirstDocumentID = Reproducible.TrailerId(s.Seed);
            _document.Internals.SecondDocumentID = Reproducible.TrailerId(s.Seed);
        }
        using var stream = new MemoryStream();
        _document.Save(stream, closeStream: false);
        var pdf = stream.ToArray();
        if (stamp is not null) Reproducible.Normalize(pdf, stamp.Seed);
        return pdf;
    }

    public void Dispose()
    {
        _gfx?.Dispose();
        _document.Dispose();
    }
}

/// <summary>One signature block: the position lines above, the name, the lines under it (rank, NIP).</summary>
internal sealed record SignatureBlock(double X, double Width, IReadOnlyList<string> Heading, string Name, IReadOnlyList<string> Below)
{
    /// <summary>Written where the signature would go, e.g. "(menolak menandatangani)".</summary>
    public string? NoteInSignatureSpace { get; init; }
}

/// <summary>What makes a rendering reproducible: the date it claims, and a seed (the letter's text) for its ids.</summary>
internal sealed record DocumentStamp(DateTimeOffset CreatedAt, string Seed);
