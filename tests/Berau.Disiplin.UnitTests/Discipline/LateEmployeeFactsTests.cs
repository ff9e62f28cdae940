using Berau.Disiplin.Discipline.Policy;

namespace Berau.Disiplin.UnitTests.Discipline;

/// <summary>A case opened while triage was pending learns the employee's facts once Personnel answers.</summary>
public sealed class LateEmployeeFactsTests
{
    [Fact]
    public void Unknown_type_and_level_are_learned_and_the_timeline_says_so()
    {
        var @case = CaseExamples.Open(CaseExamples.PlainSocialMedia with { EmploymentType = null, PositionLevel = null });

        Assert.True(@case.LearnEmployeeFacts(EmploymentType.Pppk, PositionLevel.Pengawas, CaseExamples.Now, "trace-2"));

        Assert.Equal(EmploymentType.Pppk, @case.Facts.EmploymentType);
        Assert.Equal(PositionLevel.Pengawas, @case.Facts.PositionLevel);
        Assert.Equal("EmployeeFactsLearned", @case.Timeline[^1].Action);
    }

    [Fact]
    public void Known_facts_stay_and_learning_them_again_changes_nothing()
    {
        var @case = CaseExamples.Open(CaseExamples.PlainSocialMedia with { PositionLevel = null });
        var entries = @case.Timeline.Count;

        Assert.True(@case.LearnEmployeeFacts(EmploymentType.Contract, PositionLevel.Pelaksana, CaseExamples.Now, null));
        Assert.False(@case.LearnEmployeeFacts(EmploymentType.Contract, PositionLevel.Administrator, CaseExamples.Now, null));

        Assert.Equal(EmploymentType.Pns, @case.Facts.EmploymentType);
        Assert.Equal(PositionLevel.Pelaksana, @case.Facts.PositionLevel);
        Assert.Equal(entries + 1, @case.Timeline.Count);
    }
}
