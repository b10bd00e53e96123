using Breakcard.Ingest.Quarantine;

namespace Breakcard.Cli.Commands.Ingest;

/// <summary>
/// A quarantine that readers can be opened with before the quarantine file exists: opening only
/// validates (it never quarantines), so the file is created after every input has passed.
/// </summary>
internal sealed class DeferredQuarantine : IQuarantineSink
{
    private IQuarantineSink? _target;

    public void Attach(IQuarantineSink target) => _target = target;

    public void Add(QuarantinedRecord record) =>
        (_target ?? throw new InvalidOperationException("The quarantine file is not open yet.")).Add(record);
}
