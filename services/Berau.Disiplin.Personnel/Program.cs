using Berau.Disiplin.Hosting;

namespace Berau.Disiplin.Personnel;

public static class Program
{
    public static Task<int> Main(string[] args) =>
        ServiceHost.RunAsync(args, args => PersonnelApp.Create(args), PersonnelApp.Commands);
}
