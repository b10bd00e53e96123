using Breakcard.Cases.Access;
using Breakcard.Cases.Identifiers;
using Breakcard.Cases.Identity;

namespace Breakcard.Cases.Views;

/// <summary>
/// Shows identifiers masked, or unmasked when the caller asked and the masking policy allows it
/// for the record's relation, and remembers every unmasked one so the read can be audited. One
/// per view; not thread safe.
/// </summary>
public sealed class Revealer(Caller caller, bool reveal)
{
    private readonly List<RevealedIdentifier> _revealed = [];

    /// <summary>The identifiers shown unmasked so far.</summary>
    public IReadOnlyList<RevealedIdentifier> Revealed => _revealed;

    /// <summary>A show function for identifiers of the record <paramref name="where"/>, in <paramref name="relation"/> to the caller.</summary>
    public Func<Identifier, string> For(string where, Relation relation) => id =>
    {
        if (reveal && MaskingPolicy.MayReveal(caller, id.Kind, relation))
        {
            _revealed.Add(new RevealedIdentifier(where, id.Kind, id.Masked));
            return id.Reveal();
        }

        return id.Masked;
    };
}
