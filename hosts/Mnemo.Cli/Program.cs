using Mnemo.Cli;
using Mnemo.Cli.Hosting;

// mnemo: the commands are in Commands/ (one file each, listed in MnemoCommandLine), the process wiring in Hosting/,
// tables and JSON in Output/. Exit codes: ExitCodes.cs and docs/configuration.md.
return await new MnemoCommandLine(CliContext.FromProcess()).RunAsync(args);
