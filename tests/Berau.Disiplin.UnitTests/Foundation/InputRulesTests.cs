using Berau.Disiplin.Contracts.Reporting.V1;
using Berau.Disiplin.Hosting.Inputs;
using Berau.Disiplin.Primitives;
using Google.Protobuf.WellKnownTypes;

namespace Berau.Disiplin.UnitTests.Foundation;

public sealed class InputRulesTests
{
    [Theory]
    [InlineData("a\0b")]
    [InlineData("\u001b[2J")]
    [InlineData("\u202Eevil")]
    [InlineData("\u2067x")]
    [InlineData("a\nb")]
    public void Names_and_codes_refuse_control_and_bidi_characters(string value) =>
        Assert.NotNull(InputRules.StringViolation(value, freeText: false));

    [Fact]
    public void Free_text_allows_line_breaks_and_tabs_but_not_nul_or_bidi()
    {
        Assert.Null(InputRules.StringViolation("one\r\n\ttwo", freeText: true));
        Assert.NotNull(InputRules.StringViolation("one\0", freeText: true));
        Assert.NotNull(InputRules.StringViolation("\u202Dx", freeText: true));
        Assert.True(InputRules.IsFreeText("description"));
        Assert.True(InputRules.IsFreeText("dismissal_reason"));
        Assert.False(InputRules.IsFreeText("nip"));
    }

    [Fact]
    public void Violations_name_the_field_path_including_timestamps()
    {
        var request = new ListReportsRequest { UnitCode = "X\0", SubmittedFrom = new Timestamp { Seconds = long.MaxValue } };
        var fields = InputRules.Check(request).Select(v => v.Field).ToList();
        Assert.Contains("unit_code", fields);
        Assert.Contains("submitted_from", fields);
        Assert.Contains(InputRules.Check(new ListReportsRequest { SubmittedTo = new Timestamp { Nanos = -1 } }), v => v.Field == "submitted_to");
        Assert.Empty(InputRules.Check(new ListReportsRequest { UnitCode = "DISDIK", SubmittedFrom = Timestamp.FromDateTimeOffset(DateTimeOffset.UnixEpoch) }));
    }

    [Fact]
    public void Echoed_values_are_escaped()
    {
        var ex = new NotFoundException("Report", "x\r\n[INFO] forged\u001b[0m\u202E");
        Assert.DoesNotContain('\n', ex.Message);
        Assert.DoesNotContain('\u001b', ex.Message);
        Assert.DoesNotContain('\u202E', ex.Message);
        Assert.Contains("\\u000D\\u000A", ex.Message);
    }
}
