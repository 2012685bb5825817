using Frontline.Cli;

// The command line is a thin host: each command group lives in Commands/ and calls the core.
return await FrontlineCommand.RunAsync(args, Console.Out, Console.Error);
