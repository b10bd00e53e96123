using System.Globalization;
using System.Text.Json.Serialization;
using Breakcard.Cases.Identifiers;

namespace Breakcard.Cases.CaseFiles;

/// <summary>
/// An attached file. The content is stored once by its SHA-256 (deduplicated) and checked
/// against it on every read; the item names it. Immutable.
/// </summary>
/// <param name="Sha256">Lower-case hex SHA-256 of the content.</param>
/// <param name="FileName">The file's name as given (no folders).</param>
/// <param name="Size">Size in bytes.</param>
/// <param name="MediaType">Media type, for example "application/pdf".</param>
public sealed record AttachmentContent(string Sha256, string FileName, long Size, string MediaType) : CaseItemContent
{
    /// <inheritdoc />
    [JsonIgnore]
    public override CaseItemKind Kind => CaseItemKind.Attachment;

    /// <inheritdoc />
    [JsonIgnore]
    public override Identifier? Key => null;

    /// <inheritdoc />
    public override IEnumerable<Identifier> Identifiers() => [];

    /// <inheritdoc />
    public override IEnumerable<ViewField> Fields(Func<Identifier, string> show) =>
    [
        new("file_name", FileName),
        new("size", Size.ToString("N0", CultureInfo.InvariantCulture) + " bytes"),
        new("media_type", MediaType),
        new("sha256", Sha256),
    ];

    /// <inheritdoc />
    public override string? Problem() =>
        Sha256.Length != 64 || !Sha256.All(c => char.IsAsciiDigit(c) || c is >= 'a' and <= 'f') ? "sha256 must be 64 lower-case hex digits"
        : string.IsNullOrWhiteSpace(FileName) || FileName.Length > 255 || FileName.IndexOfAny(['/', '\\']) >= 0 ? "file name must be 1 to 255 characters without folders"
        : Size < 0 ? "size cannot be negative"
        : null;
}
