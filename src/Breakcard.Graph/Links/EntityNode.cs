using Breakcard.Core.Links;

namespace Breakcard.Graph.Links;

/// <summary>An entity of the link graph: its kind and id (personal data: mask before printing).</summary>
/// <param name="Node">Dense node id in the <see cref="EntityGraph"/>.</param>
/// <param name="Kind">Entity kind.</param>
/// <param name="Id">Entity id: person or company id, account number, phone number, device id, IP, address text.</param>
public readonly record struct EntityNode(int Node, EntityKind Kind, string Id);
