using System.Text.RegularExpressions;
using Berau.Disiplin.Personnel.Employees;

namespace Berau.Disiplin.UnitTests.Personnel;

public sealed class NipTests
{
    private static readonly DateOnly Today = new(2026, 11, 24);

    [Theory]
    [InlineData("199203152015032001")]
    [InlineData("198609262015051001")]
    [InlineData("197208141998031004")]
    public void Well_formed_PNS_NIP_is_accepted(string nip) => Assert.Null(Nip.CheckPns(nip, Today));

    [Fact]
    public void Spaces_between_the_groups_are_dropped_and_letters_upper_cased()
    {
        Assert.Equal("198609262015051001", Nip.Normalise(" 19860926 201505 1 001 "));
        Assert.Equal("KTR-BRU-2024-0117", Nip.Normalise("ktr-bru-2024-0117"));
    }

    [Theory]
    [InlineData("19920315201503200", "must be 18 digits, not 17 characters")]
    [InlineData("1992031520150320011", "must be 18 digits, not 19 characters")]
    [InlineData("19920315201503200A", "must hold digits only")]
    [InlineData("199202302015032001", "'19920230' is not a date")]
    [InlineData("199213012015032001", "'19921301' is not a date")]
    [InlineData("189912312015032001", "is not plausible")]
    [InlineData("201501012035011001", "younger than 18")]
    [InlineData("199203152015132001", "'201513' is not a month")]
    [InlineData("199203152015002001", "'201500' is not a month")]
    [InlineData("199203151990052001", "is not after the birth date 1992-03-15")]
    [InlineData("199203152005052001", "13 years old")]
    [InlineData("199203152027012001", "is in the future")]
    [InlineData("199203152015033001", "digit 15 is the sex and must be 1 (male) or 2 (female), not '3'")]
    [InlineData("199203152015030001", "not '0'")]
    [InlineData("199203152015032000", "starts at 001")]
    public void Malformed_PNS_NIP_is_refused_with_the_reason(string nip, string reason)
    {
        var refusal = Nip.CheckPns(nip, Today);
        Assert.NotNull(refusal);
        Assert.Contains(reason, refusal);
    }

    [Fact]
    public void NI_PPPK_needs_18_digits_and_a_plausible_birth_date_only()
    {
        // The rest of the NI PPPK layout is unverified, so "21" in the middle is not judged.
        Assert.Null(Nip.CheckPppk("199507302023212004", Today));
        Assert.Contains("'19950231' is not a date", Nip.CheckPppk("199502312023212004", Today));
        Assert.Contains("must be 18 digits", Nip.CheckPppk("1995073020232120", Today));
    }

    [Theory]
    [InlineData("KTR-BRU-2024-0117", true)]
    [InlineData("H123", true)]
    [InlineData("AB", false)]
    [InlineData("KTR/2024/0117", false)]
    [InlineData("KTR 2024", false)]
    public void Contract_registry_number_follows_the_configured_pattern(string number, bool accepted)
    {
        var pattern = new Regex(new EmployeeOptions().ContractNumberPattern);
        var refusal = Nip.CheckRegistryNumber(number, pattern, "3–30 letters, digits or dashes", "a contract staff registry number");
        Assert.Equal(accepted, refusal is null);
        if (!accepted) Assert.Contains("3–30 letters, digits or dashes", refusal);
    }
}

public sealed class SearchTextTests
{
    [Theory]
    [InlineData("Désy  Ratnasari", "desy ratnasari")]
    [InlineData("  RINA WULANDARI ", "rina wulandari")]
    [InlineData("Ma'ruf Amin", "ma'ruf amin")]
    [InlineData("Zoë Çelik", "zoe celik")]
    public void Names_are_compared_lower_case_without_accents_and_extra_spaces(string name, string expected) =>
        Assert.Equal(expected, SearchText.Normalise(name));
}
