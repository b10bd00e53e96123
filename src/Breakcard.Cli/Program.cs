using Breakcard.Cli;

using var cancel = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancel.Cancel();
};
Console.OutputEncoding = System.Text.Encoding.UTF8;
return await CliApplication.RunAsync(args, Console.Out, Console.Error, TimeProvider.System,
    interactive: !Console.IsOutputRedirected, cancel.Token);
