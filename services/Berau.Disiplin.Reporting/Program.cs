using Berau.Disiplin.Hosting;

namespace Berau.Disiplin.Reporting;

public static class Program
{
    public static Task<int> Main(string[] args) => ServiceHost.RunAsync(args, args => ReportingApp.Create(args), ReportingApp.Commands);
}
