using System.Globalization;
using System.Text;

namespace Berau.Disiplin.Personnel.Employees;

/// <summary>
/// The form of a name that search compares: lower case, diacritics removed, spaces collapsed, so that "Désy" finds
/// "DESY" and "desy". Computed here rather than by a PostgreSQL extension (unaccent), and stored in an indexed column.
/// </summary>
public static class SearchText
{
    public static string Normalise(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return "";
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var result = new StringBuilder(decomposed.Length);
        var space = false;
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            if (char.IsWhiteSpace(c))
            {
                space = result.Length > 0;
                continue;
            }
            if (space) result.Append(' ');
            space = false;
            result.Append(char.ToLowerInvariant(c));
        }
        return result.ToString().Normalize(NormalizationForm.FormC);
    }
}
