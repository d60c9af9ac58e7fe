using WsRouteResponses.Bench;

// dotnet run --project bench/WsRouteResponses.Bench -c Release -- [--sizes 1,10,100,300] [--reps 3]
//   runs every stack kind at every size, alternating, one process per run, and prints the table.
// ... -- run <library|l1> <routes> <outdir>   one synthesis (what the table is made of).
return args is ["run", var kind, var routes, var outdir]
    ? SynthRun.Execute(kind, int.Parse(routes), outdir)
    : Comparison.Execute(args);
