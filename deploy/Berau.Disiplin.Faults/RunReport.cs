using System.Globalization;

namespace Berau.Disiplin.Faults;

/// <summary>The run's table, in Markdown (docs/reliability.md quotes it), and its verdict.</summary>
internal static class RunReport
{
    private static readonly string[] Answers =
        ["OK", "UNAVAILABLE", "DEADLINE_EXCEEDED", "RESOURCE_EXHAUSTED", "INTERNAL (transport)", "INTERNAL (server)"];

    /// <summary>Prints the phases, the answers the clients got in each, the accounting and the verdict; true when it passed.</summary>
    public static bool Print(RunOptions options, IReadOnlyList<PhaseResult> phases, FlowDriver driver, Accounting a,
        IReadOnlyDictionary<string, double?> memory)
    {
        Console.WriteLine();
        Console.WriteLine($"### Fault run ({(options.Short ? "short" : "long")}): {options.Rate.ToString(CultureInfo.InvariantCulture)} flows/s, " +
                          $"cuts of {options.Cut.TotalSeconds:0} s");
        Console.WriteLine();
        Console.WriteLine("| phase | seconds | " + string.Join(" | ", Answers) + " | other answers |");
        Console.WriteLine("|---|---:|" + string.Concat(Enumerable.Repeat("---:|", Answers.Length)) + "---|");
        foreach (var phase in phases.Select(p => (p.Name, Seconds: p.Duration.TotalSeconds)).Append((Name: "drain", Seconds: double.NaN)))
        {
            var tally = driver.Answers.Where(x => x.Key.Phase == phase.Name)
                .GroupBy(x => Kind(x.Key.Answer)).ToDictionary(g => g.Key, g => g.Sum(x => x.Value));
            var others = tally.Where(t => !Answers.Contains(t.Key)).Select(t => $"{t.Key} {t.Value}");
            Console.WriteLine($"| {phase.Name} | {(double.IsNaN(phase.Seconds) ? "" : phase.Seconds.ToString("0", CultureInfo.InvariantCulture))} | " +
                              string.Join(" | ", Answers.Select(k => tally.GetValueOrDefault(k).ToString(CultureInfo.InvariantCulture))) +
                              $" | {string.Join(", ", others)} |");
        }
        var internalServer = driver.Answers.Where(x => Kind(x.Key.Answer) == "INTERNAL (server)").Sum(x => x.Value);

        Console.WriteLine();
        Console.WriteLine("| accounting | count |");
        Console.WriteLine("|---|---:|");
        Row("flows sent (SubmitReport + ConfirmReport)", a.Sent);
        Row("acknowledged (ConfirmReport answered)", a.Acknowledged);
        Row("not acknowledged (client gave up)", a.NotAcknowledged);
        Row("reports stored", a.ReportsStored);
        Row("cases opened", a.Cases);
        Row("CaseOpened events (distinct)", a.CaseOpenedEvents);
        Row("CaseOpened deliveries (redelivered copies, same message id)", a.CaseOpenedDeliveries);
        Row("**lost** (acknowledged, no case or no CaseOpened)", a.Lost.Count);
        Row("**duplicated** (reports, cases, CaseOpened or ReportConfirmed twice)", a.Duplicated);
        Row("**in _error**", (int)a.InError);
        Row("in _skipped", (int)a.Skipped);
        Row("INTERNAL answered by a service", internalServer);
        Console.WriteLine();
        Console.WriteLine("| service | working set after the load |");
        Console.WriteLine("|---|---:|");
        foreach (var (name, mib) in memory)
            Console.WriteLine($"| {name} | {(mib is { } m ? $"{m:0} MiB" : "not running")} |");
        Console.WriteLine();

        foreach (var lost in a.Lost.Take(20)) Console.WriteLine($"lost: report {lost}");
        foreach (var (queue, count) in a.ErrorQueues.Where(q => q.Value > 0)) Console.WriteLine($"in error: {queue} {count}");
        var passed = a.NotAcknowledged == 0 && a.Lost.Count == 0 && a.Duplicated == 0 && a.InError == 0 && a.Skipped == 0
                     && internalServer == 0 && a.Acknowledged > 0;
        Console.WriteLine(passed
            ? $"fault run: PASS: {a.Acknowledged} flows, 0 lost, 0 duplicated, 0 in _error"
            : $"fault run: FAIL: {a.NotAcknowledged} not acknowledged, {a.Lost.Count} lost, {a.Duplicated} duplicated, " +
              $"{a.InError} in _error, {a.Skipped} in _skipped, {internalServer} INTERNAL");
        return passed;
    }

    private static void Row(string what, int count) => Console.WriteLine($"| {what} | {count} |");

    /// <summary>"SubmitReport UNAVAILABLE" → "UNAVAILABLE".</summary>
    private static string Kind(string answer) => answer[(answer.IndexOf(' ', StringComparison.Ordinal) + 1)..];
}
