using Berau.Disiplin.Hosting.Persistence;
using Berau.Disiplin.Personnel.Persistence;
using Berau.Disiplin.Personnel.Units;
using Berau.Disiplin.Primitives;
using Microsoft.EntityFrameworkCore;

namespace Berau.Disiplin.Personnel.Employees;

/// <summary>Import employees from a CSV file as the client streams it, in pieces of any size.</summary>
public sealed record ImportEmployees(IAsyncEnumerable<string> Csv);

public sealed record ImportError(int Line, string Nip, string Field, string Reason);

public sealed record ImportOutcome(int Imported, int Failed, IReadOnlyList<ImportError> Errors);

/// <summary>
/// Imports employees from CSV (header <c>nip,name,employment_type,unit_code,position,position_level</c>, in any column
/// order, extra columns ignored). Every row passes the same <see cref="EmployeeRules"/> as RegisterEmployee; good rows
/// are inserted in batches, each batch committed on its own, and bad rows reported by line, field and reason without
/// holding the good ones back. A NIP registered already, or twice in the file, is a bad row. The file is read as it
/// arrives (<see cref="CsvRecords"/>), never held whole.
/// </summary>
public sealed class ImportEmployeesHandler(PersonnelDbContext db, EmployeeRules rules, TimeProvider time)
{
    public const int BatchSize = 1000;
    /// <summary>Failed rows are all counted; the first this many violations are listed, to keep the answer small.</summary>
    public const int MaxListedErrors = 1000;

    public static readonly IReadOnlyList<string> Columns =
        ["nip", "name", "employment_type", "unit_code", "position", "position_level"];

    public async Task<ImportOutcome> HandleAsync(ImportEmployees command, CancellationToken cancellationToken)
    {
        var run = new Run(await db.Units.AsNoTracking().Select(u => u.Code).ToHashSetAsync(cancellationToken),
            time.GetUtcNow());
        await foreach (var record in CsvRecords.ReadAsync(command.Csv, cancellationToken))
            await ImportAsync(run, record, cancellationToken);
        if (run.Header is null)
            throw ValidationFailedException.For("csv", $"is empty; the first line must be the header {string.Join(",", Columns)}");
        await FlushAsync(run, cancellationToken);
        // NIPs registered already are found when a batch is written, after later lines: report in line order.
        return new ImportOutcome(run.Imported, run.Failed, run.Errors.OrderBy(e => e.Line).ToList());
    }

    private sealed class Run(HashSet<string> units, DateTimeOffset now)
    {
        public HashSet<string> Units { get; } = units;
        public DateTimeOffset Now { get; } = now;
        public DateOnly Today { get; } = Wita.LocalDate(now);
        public Dictionary<string, int>? Header { get; set; }
        public List<(int Line, Employee Employee)> Pending { get; } = [];
        /// <summary>The line of each NIP accepted from this file so far.</summary>
        public Dictionary<string, int> Accepted { get; } = new(StringComparer.Ordinal);
        public List<ImportError> Errors { get; } = [];
        public int Imported { get; set; }
        public int Failed { get; set; }

        public void Fail(int line, string nip, IEnumerable<FieldViolation> violations)
        {
            Failed++;
            foreach (var violation in violations)
                if (Errors.Count < MaxListedErrors) Errors.Add(new ImportError(line, nip, violation.Field, violation.Reason));
        }
    }

    private async Task ImportAsync(Run run, CsvRecord record, CancellationToken cancellationToken)
    {
        if (run.Header is null)
        {
            run.Header = ReadHeader(record);
            return;
        }
        if (record.Error is not null)
        {
            run.Fail(record.Line, "", [new FieldViolation("csv", record.Error)]);
            return;
        }

        string Field(string column) =>
            run.Header[column] < record.Fields.Count ? record.Fields[run.Header[column]].Trim() : "";
        var v = new Validator();
        if (!EmployeeRules.TryParsePositionLevel(Field("position_level"), out var level))
            v.Add("position_level", $"must be {EmployeeRules.PositionLevelWords}");
        var draft = new EmployeeDraft(Nip.Normalise(Field("nip")), Field("name"),
            EmployeeRules.ParseEmploymentType(Field("employment_type")), Unit.NormaliseCode(Field("unit_code")),
            Field("position"), level);
        var employee = rules.Check(v, draft, run.Units.Contains, run.Today);
        if (draft.Nip.Length > 0 && run.Accepted.TryGetValue(draft.Nip, out var firstLine))
            v.Add("nip", $"appears twice in this file (first on line {firstLine})");
        if (employee is null || !v.IsValid)
        {
            run.Fail(record.Line, draft.Nip, v.Violations);
            return;
        }

        run.Accepted[employee.Nip] = record.Line;
        run.Pending.Add((record.Line, Employee.Register(employee, run.Now)));
        if (run.Pending.Count >= BatchSize) await FlushAsync(run, cancellationToken);
    }

    private static Dictionary<string, int> ReadHeader(CsvRecord record)
    {
        var names = record.Fields.Select(f => f.Trim().TrimStart('\uFEFF').ToLowerInvariant()).ToList();
        var header = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < names.Count; i++) header.TryAdd(names[i], i);
        var missing = Columns.Where(c => !header.ContainsKey(c)).ToList();
        if (record.Error is not null || missing.Count > 0)
            throw ValidationFailedException.For("csv",
                $"the header (line {record.Line}) lacks {string.Join(", ", missing)}; it must name the columns {string.Join(",", Columns)}");
        return header;
    }

    /// <summary>Inserts the pending rows that are not registered already, in one round of batched INSERTs.</summary>
    private async Task FlushAsync(Run run, CancellationToken cancellationToken)
    {
        if (run.Pending.Count == 0) return;
        var nips = run.Pending.Select(p => p.Employee.Nip).ToList();
        var registered = await db.Employees.AsNoTracking().Where(e => nips.Contains(e.Nip)).Select(e => e.Nip)
            .ToHashSetAsync(cancellationToken);
        var batch = new List<(int Line, Employee Employee)>();
        foreach (var row in run.Pending)
        {
            if (registered.Contains(row.Employee.Nip)) run.Fail(row.Line, row.Employee.Nip, [AlreadyRegistered]);
            else batch.Add(row);
        }
        run.Pending.Clear();

        try
        {
            db.Employees.AddRange(batch.Select(r => r.Employee));
            await db.SaveChangesAsync(cancellationToken);
            run.Imported += batch.Count;
        }
        catch (DbUpdateException ex) when (ConcurrentSaves.IsConflict(ex))
        {
            // Someone registered one of these NIPs since the check: insert one by one to keep the rest.
            db.ChangeTracker.Clear();
            foreach (var row in batch)
            {
                try
                {
                    db.Employees.Add(row.Employee);
                    await db.SaveChangesAsync(cancellationToken);
                    run.Imported++;
                }
                catch (DbUpdateException one) when (ConcurrentSaves.IsConflict(one))
                {
                    run.Fail(row.Line, row.Employee.Nip, [AlreadyRegistered]);
                }
                finally
                {
                    db.ChangeTracker.Clear();
                }
            }
        }
        finally
        {
            db.ChangeTracker.Clear();
        }
    }

    private static readonly FieldViolation AlreadyRegistered = new("nip", "is already registered");
}
