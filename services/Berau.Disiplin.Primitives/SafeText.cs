namespace Berau.Disiplin.Primitives;

/// <summary>Values a caller sent, made safe to echo into a status message or a log line (no log forging).</summary>
public static class SafeText
{
    /// <summary>A value made safe to echo into a message or a log line: control and bidi characters as \uXXXX, cut at 200.</summary>
    public static string Escape(string value)
    {
        var cut = value.Length > 200 ? value[..200] : value;
        System.Text.StringBuilder? sb = null;
        for (var i = 0; i < cut.Length; i++)
        {
            var c = cut[i];
            var bad = char.IsControl(c) || c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069'
                      || char.IsSurrogate(c);
            if (bad)
            {
                sb ??= new System.Text.StringBuilder(cut, 0, i, cut.Length + 16);
                sb.Append("\\u").Append(((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture));
            }
            else sb?.Append(c);
        }
        var result = sb?.ToString() ?? cut;
        return value.Length > 200 ? result + "…" : result;
    }
}
