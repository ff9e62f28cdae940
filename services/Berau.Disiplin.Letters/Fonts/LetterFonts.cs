using PdfSharp.Fonts;

namespace Berau.Disiplin.Letters.Fonts;

/// <summary>
/// The letters' one typeface, DejaVu Serif regular and bold, shipped inside this assembly so that a server without
/// any installed font (a container, CI) renders the same letter byte for byte. PDFsharp 6 finds no system fonts on
/// Linux on its own and takes its resolver from one process-wide setting.
/// </summary>
public static class LetterFonts
{
    /// <summary>The family name the letters ask for; the resolver answers it and nothing else of its own.</summary>
    public const string Family = "Berau Letters Serif";

    private const string RegularFace = "BerauLettersSerif-Regular";
    private const string BoldFace = "BerauLettersSerif-Bold";
    private static readonly Lock Gate = new();

    /// <summary>
    /// Makes the letters' fonts known to PDFsharp once per process. Safe to call from many threads at once (tests
    /// render in parallel). A host that sets a resolver of its own must wrap it in <see cref="Resolver"/> instead,
    /// since PDFsharp keeps a single resolver.
    /// </summary>
    public static void EnsureRegistered()
    {
        if (GlobalFontSettings.FontResolver is LetterFontResolver) return;
        lock (Gate)
        {
            var current = GlobalFontSettings.FontResolver;
            if (current is LetterFontResolver) return;
            if (current is not null)
                throw new InvalidOperationException(
                    "PDFsharp already has another font resolver; set GlobalFontSettings.FontResolver to " +
                    "new LetterFontResolver(thatResolver) at start-up so the letters' fonts resolve as well.");
            GlobalFontSettings.FontResolver = new LetterFontResolver();
        }
    }

    /// <summary>A resolver for the letters' family that hands every other family to <paramref name="next"/>.</summary>
    public static IFontResolver Resolver(IFontResolver? next = null) => new LetterFontResolver(next);

    internal static byte[] Load(string resource)
    {
        using var stream = typeof(LetterFonts).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The font resource {resource} is missing from the assembly.");
        var bytes = new byte[stream.Length];
        stream.ReadExactly(bytes);
        return bytes;
    }

    /// <summary>Resolves <see cref="Family"/> from the embedded DejaVu Serif faces.</summary>
    public sealed class LetterFontResolver(IFontResolver? next = null) : IFontResolver
    {
        private static readonly Lazy<byte[]> Regular = new(() => Load("Berau.Disiplin.Letters.Fonts.DejaVuSerif.ttf"));
        private static readonly Lazy<byte[]> Bold = new(() => Load("Berau.Disiplin.Letters.Fonts.DejaVuSerif-Bold.ttf"));

        public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic)
        {
            if (!string.Equals(familyName, Family, StringComparison.OrdinalIgnoreCase))
                return next?.ResolveTypeface(familyName, bold, italic);
            // No italic face is shipped: an italic request gets the upright face slanted by PDFsharp.
            return new FontResolverInfo(bold ? BoldFace : RegularFace, false, italic);
        }

        public byte[]? GetFont(string faceName) => faceName switch
        {
            RegularFace => Regular.Value,
            BoldFace => Bold.Value,
            _ => next?.GetFont(faceName),
        };
    }
}
