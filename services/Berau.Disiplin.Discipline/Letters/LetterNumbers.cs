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
/// Numbers the service's letters in their configured formats: decision letters and summons letters, each kind with one
/// gap-free sequence per year.
/// </summary>
public sealed partial class LetterNumbers(DisciplineDbContext db, IOptions<DisciplineOptions> options)
{
    public const string Decision = "decision";
    public const string Summons = "summons";

    /// <summary>The next decision letter's number (surat teguran / surat keputusan).</summary>
    public Task<string> NextAsync(int year, string sanctionCode, string? unitCode, CancellationToken cancellationToken) =>
        NextAsync(Decision, options.Value.LetterNumberFormat, year, sanctionCode, unitCode, cancellationToken);

    /// <summary>The next summons letter's number (surat panggilan I or II).</summary>
    public Task<string> NextSummonsAsync(int year, int summonsNumber, string? unitCode, CancellationToken cancellationToken) =>
        NextAsync(Summons, options.Value.Letters.SummonsPattern, year, summonsNumber == 1 ? "PGL-I" : "PGL-II", unitCode,
            cancellationToken);

    private async Task<string> NextAsync(string kind, string format, int year, string code, string? unitCode,
        CancellationToken cancellationToken)
    {
        // Runs inside the caller's transaction: the row lock keeps the sequence gap-free under concurrent letters.
        var seq = (await db.Database.SqlQuery<int>($"""
            INSERT INTO letter_sequences (year, kind, next) VALUES ({year}, {kind}, 2)
            ON CONFLICT (year, kind) DO UPDATE SET next = letter_sequences.next + 1
            RETURNING next - 1 AS "Value"
            """).ToListAsync(cancellationToken)).Single();
        return Format(format, seq, year, code, unitCode);
    }

    public static string Format(string format, int seq, int year, string code, string? unit) =>
        Placeholder().Replace(format, m => m.Groups["name"].Value switch
        {
            "seq" => seq.ToString(m.Groups["fmt"].Success ? m.Groups["fmt"].Value : "0", CultureInfo.InvariantCulture),
            "year" => year.ToString(CultureInfo.InvariantCulture),
            "code" => code,
            "unit" => string.IsNullOrEmpty(unit) ? "-" : unit.Split('.')[0],
            _ => m.Value,
        });

    [GeneratedRegex(@"\{(?<name>[a-z]+)(:(?<fmt>[0#]+))?\}")]
    private static partial Regex Placeholder();
}
