using System.Globalization;
using System.Text.RegularExpressions;
using Berau.Disiplin.Discipline.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Berau.Disiplin.Discipline.Letters;

/// <summary>A year's running number of one kind of letter.</summary>
public sealed class LetterSequence
{
    public int Year { get; set; }
    /// <summary><see cref="LetterNumbers.Decision"/> or <see cref="LetterNumbers.Summons"/>.</summary>
    public string Kind { get; set; } = LetterNumbers.Decision;
    public int Next { get; set; }
}

/// <summary>
/// Numbers the service's letters by the regency's tata naskah: one configurable pattern per kind
/// (<c>Discipline:Letters:SummonsPattern</c>, <c>ExaminationPattern</c>, <c>DecisionPattern</c>), each kind with one gap-free
/// sequence per year. A number never carries the sanction's code.
/// </summary>
public sealed partial class LetterNumbers(DisciplineDbContext db, IOptions<DisciplineOptions> options)
{
    public const string Decision = "decision";
    public const string Summons = "summons";
    public const string Examination = "examination";

    /// <summary>The next decision letter's number (Keputusan Hukuman Disiplin / Surat Teguran).</summary>
    public Task<string> NextDecisionAsync(int year, string? unitCode, CancellationToken cancellationToken) =>
        NextAsync(Decision, options.Value.Letters.DecisionPattern, year, unitCode, cancellationToken);

    /// <summary>The next summons letter's number (Surat Panggilan I or II).</summary>
    public Task<string> NextSummonsAsync(int year, string? unitCode, CancellationToken cancellationToken) =>
        NextAsync(Summons, options.Value.Letters.SummonsPattern, year, unitCode, cancellationToken);

    /// <summary>The next Berita Acara Pemeriksaan's number.</summary>
    public Task<string> NextExaminationAsync(int year, string? unitCode, CancellationToken cancellationToken) =>
        NextAsync(Examination, options.Value.Letters.ExaminationPattern, year, unitCode, cancellationToken);

    private async Task<string> NextAsync(string kind, string format, int year, string? unitCode,
        CancellationToken cancellationToken)
    {
        // Runs inside the caller's transaction: the row lock keeps the sequence gap-free under concurrent letters.
        var seq = (await db.Database.SqlQuery<int>($"""
            INSERT INTO letter_sequences (year, kind, next) VALUES ({year}, {kind}, 2)
            ON CONFLICT (year, kind) DO UPDATE SET next = letter_sequences.next + 1
            RETURNING next - 1 AS "Value"
            """).ToListAsync(cancellationToken)).Single();
        return Format(format, seq, year, unitCode);
    }

    public static string Format(string format, int seq, int year, string? unit) =>
        Placeholder().Replace(format, m => m.Groups["name"].Value switch
        {
            "seq" => seq.ToString(m.Groups["fmt"].Success ? m.Groups["fmt"].Value : "0", CultureInfo.InvariantCulture),
            "year" => year.ToString(CultureInfo.InvariantCulture),
            "unit" => string.IsNullOrEmpty(unit) ? "-" : unit.Split('.')[0],
            _ => m.Value,
        });

    /// <summary>Why a pattern is unusable, or null: it must number ({seq}) and may use only {seq}, {year} and {unit}.</summary>
    public static string? Problem(string pattern)
    {
        if (string.IsNullOrWhiteSpace(pattern)) return "is empty";
        var names = Placeholder().Matches(pattern).Select(m => m.Groups["name"].Value).ToList();
        if (names.Contains("code")) return "must not contain {code}: a letter number never carries the sanction";
        if (!names.Contains("seq")) return "must contain {seq}";
        var unknown = names.Where(n => n is not ("seq" or "year" or "unit")).ToList();
        return unknown.Count > 0 ? $"has unknown placeholders: {string.Join(", ", unknown)} (use {{seq}}, {{year}}, {{unit}})" : null;
    }

    [GeneratedRegex(@"\{(?<name>[a-z]+)(:(?<fmt>[0#]+))?\}")]
    private static partial Regex Placeholder();
}
