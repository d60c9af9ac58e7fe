using WsRouteResponses.Check;

return WsrrCommand.Run(args, Console.Out, Console.Error);
