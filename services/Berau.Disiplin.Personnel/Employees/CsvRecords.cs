using System.IO.Pipelines;
using System.Runtime.CompilerServices;
using System.Text;
using nietras.SeparatedValues;

namespace Berau.Disiplin.Personnel.Employees;

/// <summary>One CSV record and the line it starts on (1-based); <see cref="Error"/> when it cannot be read.</summary>
public sealed record CsvRecord(int Line, IReadOnlyList<string> Fields, string? Error = null);

/// <summary>
/// Reads RFC 4180 CSV that arrives in pieces of any size, as a client streams a file (a record, a quoted field or a
/// CRLF may be cut between two pieces): the pieces are written into a pipe and Sep reads its other end as a stream, a
/// buffer's worth at a time, so the file is never held whole. Quoted fields may hold commas (<c>"Budi Santoso, S.Kom."</c>), doubled quotes
/// and line breaks; blank lines are skipped; each record comes with the line it starts on.
/// </summary>
public static class CsvRecords
{
    public const string UnclosedQuote = "a quoted field is not closed before the end of the file";

    private static readonly SepReaderOptions Options = Sep.New(',').Reader(o => o with
    {
        // The import reads the header itself, to name the columns it lacks and the line it is on.
        HasHeader = false,
        DisableColCountCheck = true,
        Unescape = true,
    });

    public static async IAsyncEnumerable<CsvRecord> ReadAsync(IAsyncEnumerable<string> pieces,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var pipe = new Pipe();
        using var stopWriting = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var writing = WriteAsync(pieces, pipe.Writer, stopWriting.Token);
        var stream = pipe.Reader.AsStream();
        try
        {
            using var reader = await Options.FromAsync(stream, leaveOpen: true, cancellationToken);
            while (await reader.MoveNextAsync(cancellationToken))
            {
                if (ToRecord(reader.Current) is { } record) yield return record;
            }
        }
        finally
        {
            // Stopped before the end (a refused header, say): stop waiting for the client's next piece.
            await stopWriting.CancelAsync();
            await stream.DisposeAsync();
            await writing;
        }
    }

    /// <summary>Writes the pieces into the pipe as UTF-8; a failure of the client stream reaches the reader.</summary>
    private static async Task WriteAsync(IAsyncEnumerable<string> pieces, PipeWriter writer,
        CancellationToken cancellationToken)
    {
        try
        {
            await foreach (var piece in pieces.WithCancellation(cancellationToken))
            {
                Encoding.UTF8.GetBytes(piece, writer);
                if ((await writer.FlushAsync(cancellationToken)).IsCompleted) break;
            }
            await writer.CompleteAsync();
        }
        catch (Exception ex)
        {
            await writer.CompleteAsync(ex);
        }
    }

    private static CsvRecord? ToRecord(SepReader.Row row)
    {
        // Sep counts the first row's line from where the reader stands after it; the first row starts on line 1.
        var line = row.RowIndex == 0 ? 1 : row.LineNumberFrom;
        // Read before any column: unescaping a column rewrites the row's text in place.
        var text = row.Span;
        if (text.IsEmpty) return null;
        // A row ends at a line break outside quotes, so its quotes pair up unless the input ended inside a quoted field.
        if (text.Count('"') % 2 == 1) return new CsvRecord(line, [], UnclosedQuote);
        var fields = new string[row.ColCount];
        for (var i = 0; i < fields.Length; i++) fields[i] = row[i].ToString();
        return new CsvRecord(line, fields);
    }
}
