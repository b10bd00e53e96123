using Breakcard.Core.Identifiers;
using Breakcard.Core.Links;
using Breakcard.Graph.Links;

namespace Breakcard.Cli.Commands.Tracing;

/// <summary>How consoles show link-analysis entities: personal identifiers masked, internal ids (P…, C…) in full.</summary>
internal static class EntityText
{
    public static string Masked(EntityNode node) => Masked(node.Kind, node.Id);

    public static string Masked(EntityKind kind, string id) => kind switch
    {
        EntityKind.Account => "account " + Masking.KeepEnds(id, 4, 4),
        EntityKind.Phone => "phone " + Masking.KeepEnds(id, 3, 4),
        EntityKind.Device => "device " + Masking.KeepEnds(id, 4, 3),
        EntityKind.Ip => "IP " + (IpAddress.TryParse(id, out var ip) ? ip.Masked : Masking.KeepEnds(id, 3, 0)),
        EntityKind.Address => "address " + Masking.KeepEnds(id, Math.Min(6, id.Length / 2), 0),
        EntityKind.Person => "person " + id,
        EntityKind.Company => "company " + id,
        _ => id,
    };
}
