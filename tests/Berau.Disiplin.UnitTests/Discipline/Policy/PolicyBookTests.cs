using Berau.Disiplin.Discipline.Policy;
using Berau.Disiplin.Primitives;
using static Berau.Disiplin.UnitTests.Discipline.Policy.PolicyExamples;

namespace Berau.Disiplin.UnitTests.Discipline.Policy;

/// <summary>Versions in force by date; a case keeps the version it was opened under.</summary>
public sealed class PolicyBookTests
{
    private static readonly DateOnly Today = new(2026, 12, 14);

    /// <summary>A stricter version: personal social media in working hours is a written warning from the first time.</summary>
    private static PolicyVersion Stricter(string id = "berau-2027.1", DateOnly? from = null) =>
        Default().Version.WithRule("medsos-pribadi", r => r with { Sanction = "R2" }) with
        {
            Version = id,
            EffectiveFrom = from ?? new DateOnly(2027, 1, 4),
        };

    /// <summary>The book the service starts with: every built-in version.</summary>
    private static PolicyBook Book() => new(DefaultPolicy.LoadAll());

    [Fact]
    public void The_service_starts_with_the_first_catalogue_and_the_corrected_one_from_1_December_2026()
    {
        var book = Book();

        Assert.Equal(["pp94-2021.1", "pp94-2021.2"], book.Versions.Select(v => v.VersionId));
        Assert.Equal("pp94-2021.1", book.InForceOn(new DateOnly(2026, 11, 30)).VersionId);
        Assert.Equal("pp94-2021.2", book.InForceOn(new DateOnly(2026, 12, 1)).VersionId);
        Assert.Equal(Default().VersionId, book.InForceOn(Today).VersionId);
    }

    [Fact]
    public void The_version_in_force_is_the_latest_that_took_effect_on_or_before_the_date()
    {
        var book = Book().Publish(Stricter(), Today);

        Assert.Equal("pp94-2021.2", book.InForceOn(Today).VersionId);
        Assert.Equal("pp94-2021.2", book.InForceOn(new DateOnly(2027, 1, 3)).VersionId);
        Assert.Equal("berau-2027.1", book.InForceOn(new DateOnly(2027, 1, 4)).VersionId);
        Assert.Equal("berau-2027.1", book.InForceOn(new DateOnly(2030, 1, 1)).VersionId);
        Assert.Equal(["pp94-2021.1", "pp94-2021.2", "berau-2027.1"], book.Versions.Select(v => v.VersionId));
    }

    [Fact]
    public void Before_the_first_version_no_policy_is_in_force()
    {
        var refusal = Assert.Throws<InvalidStateException>(() => Book().InForceOn(new DateOnly(2021, 8, 30)));

        Assert.Equal("NO_POLICY_IN_FORCE", refusal.CurrentState);
        Assert.Contains("2021-08-31", refusal.Message);
    }

    [Fact]
    public void An_open_case_keeps_the_version_it_started_under_after_a_new_version_takes_effect()
    {
        var book = Book();
        var openedUnder = book.InForceOn(new DateOnly(2026, 11, 20)).VersionId;
        book = book.Publish(Stricter(), Today);

        var openCase = book.Get(openedUnder).Evaluate(PlainSocialMedia());
        var newCase = book.InForceOn(new DateOnly(2027, 1, 5)).Evaluate(PlainSocialMedia());

        Assert.Equal(("pp94-2021.1", "R1"), (openCase.PolicyVersion, openCase.Sanction?.Code));
        Assert.Equal(("berau-2027.1", "R2"), (newCase.PolicyVersion, newCase.Sanction?.Code));
    }

    [Fact]
    public void Publishing_leaves_the_book_it_was_called_on_unchanged()
    {
        var before = Book();

        var after = before.Publish(Stricter(), Today);

        Assert.Equal(2, before.Versions.Count);
        Assert.Equal(3, after.Versions.Count);
    }

    [Fact]
    public void A_version_may_take_effect_today()
    {
        var book = Book().Publish(Stricter(from: Today), Today);

        Assert.Equal("berau-2027.1", book.InForceOn(Today).VersionId);
    }

    [Fact]
    public void A_version_cannot_take_effect_in_the_past()
    {
        var refusal = Assert.Throws<ValidationFailedException>(() => Book().Publish(Stricter(from: Today.AddDays(-1)), Today));

        var violation = Assert.Single(refusal.Violations);
        Assert.Equal("effectiveFrom", violation.Field);
        Assert.Contains("2026-12-14", violation.Reason);
    }

    [Theory]
    [InlineData("pp94-2021.1")]
    [InlineData("pp94-2021.2")]
    public void A_version_id_cannot_be_published_twice(string id)
    {
        var refusal = Assert.Throws<AlreadyExistsException>(() => Book().Publish(Stricter(id: id), Today));

        Assert.Equal(id, refusal.Id);
    }

    [Fact]
    public void Two_versions_cannot_take_effect_on_the_same_day()
    {
        var book = Book().Publish(Stricter(), Today);

        var refusal = Assert.Throws<ValidationFailedException>(() => book.Publish(Stricter(id: "berau-2027.2"), Today));

        Assert.Contains("berau-2027.1 already takes effect on 2027-01-04", Assert.Single(refusal.Violations).Reason);
    }

    [Fact]
    public void An_invalid_version_is_not_published()
    {
        var invalid = Stricter() with { Rules = [] };

        var refusal = Assert.Throws<ValidationFailedException>(() => Book().Publish(invalid, Today));

        Assert.Equal("rules", Assert.Single(refusal.Violations).Field);
    }

    [Fact]
    public void An_unknown_version_id_is_not_found()
    {
        var refusal = Assert.Throws<NotFoundException>(() => Book().Get("pp94-2099.1"));

        Assert.Equal("pp94-2099.1", refusal.Id);
    }
}
