using Berau.Disiplin.Discipline.Policy;
using Berau.Disiplin.Primitives;
using static Berau.Disiplin.UnitTests.Discipline.Policy.PolicyExamples;

namespace Berau.Disiplin.UnitTests.Discipline.Policy;

/// <summary>Versions in force by date; a case keeps the version it was opened under.</summary>
public sealed class PolicyBookTests
{
    private static readonly DateOnly Today = new(2026, 3, 2);

    /// <summary>A stricter version: personal social media in working hours is a written warning from the first time.</summary>
    private static PolicyVersion Stricter(string id = "pp94-2021.2", DateOnly? from = null) =>
        Default().Version.WithRule("medsos-pribadi", r => r with { Sanction = "R2" }) with
        {
            Version = id,
            EffectiveFrom = from ?? new DateOnly(2026, 4, 1),
        };

    private static PolicyBook Book() => new([Default()]);

    [Fact]
    public void The_version_in_force_is_the_latest_that_took_effect_on_or_before_the_date()
    {
        var book = Book().Publish(Stricter(), Today);

        Assert.Equal("pp94-2021.1", book.InForceOn(Today).VersionId);
        Assert.Equal("pp94-2021.1", book.InForceOn(new DateOnly(2026, 3, 31)).VersionId);
        Assert.Equal("pp94-2021.2", book.InForceOn(new DateOnly(2026, 4, 1)).VersionId);
        Assert.Equal("pp94-2021.2", book.InForceOn(new DateOnly(2030, 1, 1)).VersionId);
        Assert.Equal(["pp94-2021.1", "pp94-2021.2"], book.Versions.Select(v => v.VersionId));
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
        var openedUnder = book.InForceOn(Today).VersionId;
        book = book.Publish(Stricter(), Today);

        var openCase = book.Get(openedUnder).Evaluate(PlainSocialMedia());
        var newCase = book.InForceOn(new DateOnly(2026, 4, 2)).Evaluate(PlainSocialMedia());

        Assert.Equal(("pp94-2021.1", "R1"), (openCase.PolicyVersion, openCase.Sanction?.Code));
        Assert.Equal(("pp94-2021.2", "R2"), (newCase.PolicyVersion, newCase.Sanction?.Code));
    }

    [Fact]
    public void Publishing_leaves_the_book_it_was_called_on_unchanged()
    {
        var before = Book();

        var after = before.Publish(Stricter(), Today);

        Assert.Single(before.Versions);
        Assert.Equal(2, after.Versions.Count);
    }

    [Fact]
    public void A_version_may_take_effect_today()
    {
        var book = Book().Publish(Stricter(from: Today), Today);

        Assert.Equal("pp94-2021.2", book.InForceOn(Today).VersionId);
    }

    [Fact]
    public void A_version_cannot_take_effect_in_the_past()
    {
        var refusal = Assert.Throws<ValidationFailedException>(() => Book().Publish(Stricter(from: Today.AddDays(-1)), Today));

        var violation = Assert.Single(refusal.Violations);
        Assert.Equal("effectiveFrom", violation.Field);
        Assert.Contains("2026-03-02", violation.Reason);
    }

    [Fact]
    public void A_version_id_cannot_be_published_twice()
    {
        var refusal = Assert.Throws<AlreadyExistsException>(() => Book().Publish(Stricter(id: "pp94-2021.1"), Today));

        Assert.Equal("pp94-2021.1", refusal.Id);
    }

    [Fact]
    public void Two_versions_cannot_take_effect_on_the_same_day()
    {
        var book = Book().Publish(Stricter(), Today);

        var refusal = Assert.Throws<ValidationFailedException>(() => book.Publish(Stricter(id: "pp94-2021.3"), Today));

        Assert.Contains("pp94-2021.2 already takes effect on 2026-04-01", Assert.Single(refusal.Violations).Reason);
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
