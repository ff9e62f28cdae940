using Berau.Disiplin.Discipline.Policy;
using Berau.Disiplin.Primitives;

namespace Berau.Disiplin.UnitTests.Discipline.Policy;

public sealed class OffenceFactsTests
{
    [Theory]
    [InlineData("PersonalSocialMedia", OffenceCategory.PersonalSocialMedia)]
    [InlineData("Absence", OffenceCategory.Absence)]
    [InlineData("MisuseOfFacilities", OffenceCategory.MisuseOfFacilities)]
    [InlineData("MisconductTowardsPublic", OffenceCategory.MisconductTowardsPublic)]
    [InlineData("Other", OffenceCategory.Other)]
    public void Report_categories_are_read_as_Reporting_spells_them_in_its_events(string value, OffenceCategory expected)
    {
        Assert.Equal(expected, OffenceFacts.ParseCategory(value));
    }

    [Theory]
    [InlineData("personalsocialmedia")]
    [InlineData("2")]
    [InlineData("Absence, Other")]
    [InlineData("")]
    public void Anything_else_is_refused_with_the_categories_that_exist(string value)
    {
        var refusal = Assert.Throws<ValidationFailedException>(() => OffenceFacts.ParseCategory(value));

        var violation = Assert.Single(refusal.Violations);
        Assert.Equal("category", violation.Field);
        Assert.Contains("PersonalSocialMedia, Absence, MisuseOfFacilities, MisconductTowardsPublic, Other", violation.Reason);
    }

    [Fact]
    public void Facts_the_policy_cannot_weigh_are_refused_field_by_field()
    {
        var facts = new OffenceFacts
        {
            Category = OffenceCategory.Absence,
            EmploymentType = EmploymentType.Pns,
            OffenceAt = new DateTimeOffset(2026, 1, 5, 9, 0, 0, TimeSpan.FromHours(8)),
            AbsenceDaysInYear = -1,
            Impact = (Impact)9,
        };

        var refusal = Assert.Throws<ValidationFailedException>(() => DefaultPolicy.Load().Evaluate(facts));

        Assert.Equal(["impact", "absenceDaysInYear"], refusal.Violations.Select(v => v.Field));
    }
}
