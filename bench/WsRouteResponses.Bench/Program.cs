using WsRouteResponses.Bench;

// dotnet run --project bench/WsRouteResponses.Bench -c Release -- [--sizes 1,10,100,300] [--reps 3]
//   runs every stack kind at every size, alternating, one process per run, and prints the table.
// ... -- run <library|l1> <routes> <outdir>   one synthesis (what the table is made of).
// ... -- local [--seconds 5]   the local runtime under load on loopback (LocalLoad).
return args switch
{
    ["run", var kind, var routes, var outdir] => SynthRun.Execute(kind, int.Parse(routes), outdir),
    ["local", ..] => await LocalLoad.ExecuteAsync(args),
    _ => Comparison.Execute(args),
};
