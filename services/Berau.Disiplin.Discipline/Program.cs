using Berau.Disiplin.Hosting;

namespace Berau.Disiplin.Discipline;

public static class Program
{
    public static Task<int> Main(string[] args) => ServiceHost.RunAsync(args, args => DisciplineApp.Create(args));
}
