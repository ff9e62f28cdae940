using Berau.Disiplin.Contracts.Discipline.V1;
using Berau.Disiplin.Contracts.Personnel.V1;
using Berau.Disiplin.Contracts.Reporting.V1;
using Berau.Disiplin.Discipline;
using Berau.Disiplin.Hosting;
using Berau.Disiplin.Hosting.Auth;
using Berau.Disiplin.Personnel;
using Berau.Disiplin.Reporting;
using Grpc.Core;
using Grpc.Net.Client;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Berau.Disiplin.EndToEndTests.Infrastructure;

[CollectionDefinition(Name)]
[System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1711", Justification = "An xunit collection definition: the suffix says what it is.")]
public sealed class SuiteCollection : ICollectionFixture<SuiteHost>
{
    public const string Name = "suite";
}
