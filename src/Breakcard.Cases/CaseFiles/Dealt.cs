using Breakcard.Cases.Internal;
using Breakcard.Legal.Facts;

namespace Breakcard.Cases.CaseFiles;

/// <summary>The fields cards and phones share: whose they are, how they were dealt in, and the holder's reference.</summary>
internal static class Dealt
{
    public static IEnumerable<ViewField> Fields(CardKind kind, CardHolder? holder, Dealing? dealing, string? holderRef)
    {
        yield return new("card_kind", Names.Code(kind));
        if (holder is { } h)
        {
            yield return new("holder", Names.Code(h));
        }

        if (dealing is { } d)
        {
            yield return new("dealing", Names.Code(d));
        }

        if (holderRef is not null)
        {
            yield return new("holder_ref", holderRef);
        }
    }
}
