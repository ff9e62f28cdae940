using Berau.Disiplin.Reporting;
using Berau.Disiplin.Reporting.Reporters;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;

namespace Berau.Disiplin.UnitTests.Reporting;

public sealed class ReporterKeyValidationTests
{
    private sealed class Environment(string name) : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = name;
        public string ApplicationName { get; set; } = "test";
        public string ContentRootPath { get; set; } = "/";
        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
    }

    [Theory]
    [InlineData("Production", null, false)]
    [InlineData("Development", null, true)]
    [InlineData("Production", "not base64!", false)]
    [InlineData("Production", "c2hvcnQ=", false)]
    [InlineData("Production", "ZGV2ZWxvcG1lbnQtcmVwb3J0ZXIta2V5LTMyLWJ5dGU=", true)]
    public void A_missing_or_malformed_reporter_key_stops_the_service_outside_development(string environment, string? key, bool valid)
    {
        var result = new ReporterKeyValidation(new Environment(environment))
            .Validate(null, new ReportingOptions { ReporterKey = key });
        Assert.Equal(valid, result.Succeeded);
        if (!valid) Assert.Contains("Reporting:ReporterKey", result.FailureMessage);
    }
}
