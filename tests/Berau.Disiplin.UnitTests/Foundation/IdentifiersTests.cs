using Berau.Disiplin.Primitives;

namespace Berau.Disiplin.UnitTests.Foundation;

public sealed class IdentifiersTests
{
    [Theory]
    [InlineData("19971017 202003 2 712", "199710172020032712")]
    [InlineData(" 199710172020032712\t", "199710172020032712")]
    [InlineData("ktr-bru-2024-0117", "KTR-BRU-2024-0117")]
    [InlineData(null, "")]
    public void Identifiers_are_normalised_one_way_in_every_service(string? input, string expected)
    {
        Assert.Equal(expected, Identifiers.Normalise(input));
        Assert.Equal(expected, Berau.Disiplin.Personnel.Employees.Nip.Normalise(input));
    }
}
