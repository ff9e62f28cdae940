using System.Runtime.CompilerServices;
using Berau.Disiplin.Personnel.Employees;

namespace Berau.Disiplin.UnitTests.Personnel;

public sealed class CsvRecordsTests
{
    private const string Csv =
        "nip,name,employment_type,unit_code,position,position_level\r\n" +
        "199203152015032001,\"Wulandari, Rina S.Kom.\",PNS,DISDUKCAPIL.PELAYANAN,Pengadministrasi,PELAKSANA\r\n" +
        "\r\n" +
        "KTR-1,\"Budi \"\"Ucok\"\" Santoso\",CONTRACT,BKPSDM,\"Tenaga\nAdministrasi\",\n" +
        "199001232014022001,Dewi,PNS,BKPSDM,Analis,FUNGSIONAL";

    /// <summary>The text as a client streams it: pieces of <paramref name="size"/> characters, each arriving later.</summary>
    private static async IAsyncEnumerable<string> Pieces(string text, int size,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        for (var i = 0; i < text.Length; i += size)
        {
            await Task.Yield();
            cancellationToken.ThrowIfCancellationRequested();
            yield return text.Substring(i, Math.Min(size, text.Length - i));
        }
    }

    private static async Task<List<CsvRecord>> ReadAsync(IAsyncEnumerable<string> pieces)
    {
        var records = new List<CsvRecord>();
        await foreach (var record in CsvRecords.ReadAsync(pieces, CancellationToken.None)) records.Add(record);
        return records;
    }

    private static Task<List<CsvRecord>> ReadInPiecesAsync(string text, int size) => ReadAsync(Pieces(text, size));

    [Fact]
    public async Task Quoted_commas_doubled_quotes_and_line_breaks_are_read_with_each_record_s_starting_line()
    {
        var records = await ReadInPiecesAsync(Csv, Csv.Length);

        Assert.Equal([1, 2, 4, 6], records.Select(r => r.Line));
        Assert.Equal("Wulandari, Rina S.Kom.", records[1].Fields[1]);
        Assert.Equal("Budi \"Ucok\" Santoso", records[2].Fields[1]);
        Assert.Equal("Tenaga\nAdministrasi", records[2].Fields[4]);
        Assert.Equal("", records[2].Fields[5]);
        Assert.Equal(6, records[2].Fields.Count);
        Assert.Equal("FUNGSIONAL", records[3].Fields[5]);
        Assert.All(records, r => Assert.Null(r.Error));
    }

    [Fact]
    public async Task A_CSV_cut_into_pieces_anywhere_reads_the_same_as_whole()
    {
        var whole = await ReadInPiecesAsync(Csv, Csv.Length);
        for (var size = 1; size < 40; size++)
        {
            var pieces = await ReadInPiecesAsync(Csv, size);
            Assert.Equal(whole.Select(r => (r.Line, string.Join("|", r.Fields))), pieces.Select(r => (r.Line, string.Join("|", r.Fields))));
        }
    }

    [Fact]
    public async Task Letters_beyond_ASCII_survive_any_cut()
    {
        const string text = "nip,name\n1,Désy Ñoviantï\r\n2,\"Ståf, Öffice\"\n";
        for (var size = 1; size < 10; size++)
        {
            var records = await ReadInPiecesAsync(text, size);
            Assert.Equal(["Désy Ñoviantï", "Ståf, Öffice"], records.Skip(1).Select(r => r.Fields[1]));
        }
    }

    [Fact]
    public async Task An_unclosed_quote_at_the_end_is_an_error_on_its_record_s_line()
    {
        var records = await ReadInPiecesAsync("nip,name\n1,\"open\n", 5);
        Assert.Equal(2, records.Count);
        Assert.Equal(2, records[1].Line);
        Assert.Contains("not closed", records[1].Error);
    }

    [Fact]
    public async Task A_reader_that_stops_early_does_not_wait_for_the_rest_of_the_stream()
    {
        // A client that sends the header and more rows than the reader buffers, then nothing more, for as long as it is let.
        static async IAsyncEnumerable<string> RowsThenSilence([EnumeratorCancellation] CancellationToken cancellationToken = default)
        {
            yield return "nip,name\n";
            for (var i = 0; i < 5_000; i++) yield return $"{i},Pegawai {i}\n";
            await Task.Delay(Timeout.Infinite, cancellationToken);
        }

        var records = CsvRecords.ReadAsync(RowsThenSilence(), CancellationToken.None).GetAsyncEnumerator();
        Assert.True(await records.MoveNextAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(10)));
        Assert.Equal(["nip", "name"], records.Current.Fields);
        // Times out (and fails) if the reader waited for the client's next piece.
        await records.DisposeAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task A_stream_that_breaks_off_fails_the_read_with_its_error()
    {
        static async IAsyncEnumerable<string> BreaksOff()
        {
            yield return "nip,name\n1,Rina\n";
            await Task.Yield();
            throw new IOException("the client went away");
        }

        var ex = await Assert.ThrowsAsync<IOException>(() => ReadAsync(BreaksOff()));
        Assert.Equal("the client went away", ex.Message);
    }
}
