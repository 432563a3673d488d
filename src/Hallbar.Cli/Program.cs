using Hallbar.Cli;

return HallbarCommand.Run(args, Console.Out, Console.Error);
