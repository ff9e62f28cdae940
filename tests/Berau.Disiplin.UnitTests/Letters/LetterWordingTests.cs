using Berau.Disiplin.Letters;
using Berau.Disiplin.Letters.Fonts;
using PdfSharp.Fonts;

namespace Berau.Disiplin.UnitTests.Letters;

public sealed class LetterWordingTests
{
    [Theory]
    [InlineData(1, "satu")]
    [InlineData(7, "tujuh")]
    [InlineData(11, "sebelas")]
    [InlineData(14, "empat belas")]
    [InlineData(15, "lima belas")]
    [InlineData(21, "dua puluh satu")]
    [InlineData(100, "seratus")]
    [InlineData(111, "seratus sebelas")]
    [InlineData(365, "tiga ratus enam puluh lima")]
    [InlineData(1000, "seribu")]
    [InlineData(2026, "dua ribu dua puluh enam")]
    public void Numbers_are_written_in_indonesian_words(int n, string words) =>
        Assert.Equal(words, LetterWording.NumberInWords(n));

    [Fact]
    public void Days_and_hours_are_written_as_official_letters_write_them()
    {
        var tuesday = new DateTimeOffset(2026, 12, 8, 9, 0, 0, TimeSpan.FromHours(8));
        Assert.Equal("Selasa, 8 Desember 2026", LetterWording.DayAndDate(tuesday));
        Assert.Equal("09.00 WITA", LetterWording.Clock(tuesday));
        Assert.Equal("Jumat", LetterWording.DayName(new DateOnly(2026, 12, 4)));
        Assert.Equal("14 (empat belas) hari kerja", LetterWording.Days(new(14, DayCount.WorkingDays)));
        Assert.Equal("14 (empat belas) hari", LetterWording.Days(new(14, DayCount.CalendarDays)));
        Assert.Equal("Tanjung Redeb, 4 Desember 2026", LetterWording.PlaceDate(PlaceAndDate.TanjungRedeb(new(2026, 12, 4))));
    }

    [Fact]
    public void Lists_are_joined_the_indonesian_way()
    {
        Assert.Equal("A", LetterWording.JoinList(["A"]));
        Assert.Equal("A dan B", LetterWording.JoinList(["A", "B"]));
        Assert.Equal("A, B, dan C", LetterWording.JoinList(["A", "B", "C"]));
    }

    [Fact]
    public void Each_regime_has_its_own_label_and_only_contract_staff_are_not_suspected_of_a_pelanggaran_disiplin()
    {
        Assert.Equal("NIP", LetterWording.For(EmploymentRegime.Pns).IdLabel);
        Assert.Equal("NI PPPK", LetterWording.For(EmploymentRegime.Pppk).IdLabel);
        Assert.Equal("Nomor Registrasi", LetterWording.For(EmploymentRegime.Contract).IdLabel);
        Assert.Equal("pelanggaran ketentuan perjanjian kerja", LetterWording.For(EmploymentRegime.Contract).Violation);
    }

    [Fact]
    public void The_font_resolver_answers_the_letters_family_from_the_assembly_and_hands_others_on()
    {
        LetterFonts.EnsureRegistered();
        LetterFonts.EnsureRegistered();
        Assert.IsType<LetterFonts.LetterFontResolver>(GlobalFontSettings.FontResolver);

        var resolver = LetterFonts.Resolver(new OtherResolver());
        var bold = resolver.ResolveTypeface(LetterFonts.Family, true, false)!;
        Assert.True(resolver.GetFont(bold.FaceName)!.Length > 100_000);
        Assert.Equal("other", resolver.ResolveTypeface("Arial", false, false)!.FaceName);
    }

    private sealed class OtherResolver : IFontResolver
    {
        public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic) => new("other");
        public byte[]? GetFont(string faceName) => null;
    }
}
