namespace Frontline.Cli;

/// <summary>A mistake in the command's arguments: printed as one line, exit code 2.</summary>
internal sealed class CliException(string message) : Exception(message);
