using System.Globalization;
using System.Text.RegularExpressions;
using Berau.Disiplin.Discipline.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Berau.Disiplin.Discipline.Letters;

/// <summary>A year's running number of decision letters.</summary>
public sealed class LetterSequence
{
    public int Year { get; set; }
    public int Next { get; set; }
}

/// <summary>Numbers decision letters in the configured format, one gap-free sequence per year.</summary>
public sealed partial class LetterNumbers(DisciplineDbContext db, IOptions<DisciplineOptions> options)
{
    public async Task<string> NextAsync(int year, string sanctionCode, string? unitCode, CancellationToken cancellationToken)
    {
        // Runs inside the caller's transaction: the row lock keeps the sequence gap-free under concurrent decisions.
        var seq = (await db.Database.SqlQuery<int>($"""
            INSERT INTO letter_sequences (year, next) VALUES ({year}, 2)
            ON CONFLICT (year) DO UPDATE SET next = letter_sequences.next + 1
            RETURNING next - 1 AS "Value"
            """).ToListAsync(cancellationToken)).Single();
        return Format(options.Value.LetterNumberFormat, seq, year, sanctionCode, unitCode);
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
