using Berau.Disiplin.Discipline.Policy;

namespace Berau.Disiplin.UnitTests.Discipline.Policy;

/// <summary>A level is read from its name only: never from a number, a padded one or a combination of names.</summary>
public sealed class PolicyNamesTests
{
    [Theory]
    [InlineData("BUPATI", PositionLevel.Bupati)]
    [InlineData("Bupati", PositionLevel.Bupati)]
    [InlineData("JPT_PRATAMA", PositionLevel.JptPratama)]
    [InlineData("JptPratama", PositionLevel.JptPratama)]
    [InlineData("pelaksana", PositionLevel.Pelaksana)]
    public void A_level_is_read_from_its_name(string value, PositionLevel level) =>
        Assert.Equal(level, PolicyNames.PositionLevel(value));

    [Theory]
    [InlineData("10")]
    [InlineData(" 10")]
    [InlineData("+10")]
    [InlineData("-1")]
    [InlineData("Pengawas,Pelaksana")]
    [InlineData("JptPratama, Administrator")]
    [InlineData(" Bupati")]
    [InlineData("Bupati ")]
    [InlineData("Kepala")]
    [InlineData("")]
    [InlineData(null)]
    public void A_number_a_padded_or_combined_name_or_an_unknown_one_is_no_level(string? value) =>
        Assert.Null(PolicyNames.PositionLevel(value));
}
