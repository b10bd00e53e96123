using Breakcard.Core.Identifiers;
using Breakcard.Core.Links;
using Breakcard.Web.Security;

namespace Breakcard.Web.Links;

/// <summary>
/// Masks entity ids before they leave the host: accounts and phones as everywhere
/// (<see cref="Mask.Key"/>), devices and IP addresses keeping a few characters to tell them
/// apart, addresses keeping the district. Person and company ids are the institution's own
/// reference numbers (never identity numbers) and stay as they are, so an analyst can look them up.
/// </summary>
public static class EntityMask
{
    /// <summary>The masked form of an entity id.</summary>
    public static string Of(EntityKind kind, string id) => kind switch
    {
        EntityKind.Account or EntityKind.Phone => Mask.Key(id),
        EntityKind.Device => Masking.KeepEnds(id, 4, 2),
        EntityKind.Ip => id.Split('.') is [var a, var b, _, _] ? $"{a}.{b}.*.*" : Masking.KeepEnds(id, 4, 0),
        EntityKind.Address => Masking.KeepEnds(id, 6, 0),
        _ => id,
    };
}
