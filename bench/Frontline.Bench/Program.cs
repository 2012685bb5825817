using BenchmarkDotNet.Running;

// Run one group: dotnet run -c Release --project bench/Frontline.Bench -- --filter '*Maps*'
// CI builds the benchmarks but does not run them; figures and ratios are in the README.
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
