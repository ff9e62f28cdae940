using Berau.Disiplin.Personnel.Employees;

namespace Berau.Disiplin.UnitTests.Personnel;

public sealed class CsvReaderTests
{
    private const string Csv =
        "nip,name,employment_type,unit_code,position,position_level\r\n" +
        "199203152015032001,\"Wulandari, Rina S.Kom.\",PNS,DISDUKCAPIL.PELAYANAN,Pengadministrasi,PELAKSANA\r\n" +
        "\r\n" +
        "KTR-1,\"Budi \"\"Ucok\"\" Santoso\",CONTRACT,BKPSDM,\"Tenaga\nAdministrasi\",\n" +
        "199001232014022001,Dewi,PNS,BKPSDM,Analis,FUNGSIONAL";

    private static List<CsvRecord> ReadInPieces(string text, int size)
    {
        var reader = new CsvReader();
        var records = new List<CsvRecord>();
        for (var i = 0; i < text.Length; i += size) records.AddRange(reader.Read(text.Substring(i, Math.Min(size, text.Length - i))));
        records.AddRange(reader.Complete());
        return records;
    }

    [Fact]
    public void Quoted_commas_doubled_quotes_and_line_breaks_are_read_with_each_record_s_starting_line()
    {
        var records = ReadInPieces(Csv, Csv.Length);

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
    public void A_CSV_cut_into_pieces_anywhere_reads_the_same_as_whole()
    {
        var whole = ReadInPieces(Csv, Csv.Length);
        for (var size = 1; size < 40; size++)
        {
            var pieces = ReadInPieces(Csv, size);
            Assert.Equal(whole.Select(r => (r.Line, string.Join("|", r.Fields))), pieces.Select(r => (r.Line, string.Join("|", r.Fields))));
        }
    }

    [Fact]
    public void An_unclosed_quote_at_the_end_is_an_error_on_its_record_s_line()
    {
        var records = ReadInPieces("nip,name\n1,\"open\n", 5);
        Assert.Equal(2, records.Count);
        Assert.Equal(2, records[1].Line);
        Assert.Contains("not closed", records[1].Error);
    }
}
