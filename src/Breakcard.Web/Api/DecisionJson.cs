using System.Text.Json;
using System.Text.Json.Serialization;

namespace Breakcard.Web.Api;

/// <summary>
/// Source-generated JSON for the decision endpoint's request and response: no reflection on the
/// hot path. <see cref="Web"/> is bound to the API's options (<see cref="WebJson"/>: snake_case,
/// strict numbers, unknown members refused, required members enforced), so the generated
/// metadata reads and writes exactly what the reflection-based options did.
/// </summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    NumberHandling = JsonNumberHandling.Strict, UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    RespectNullableAnnotations = true, RespectRequiredConstructorParameters = true)]
[JsonSerializable(typeof(DecisionRequest))]
[JsonSerializable(typeof(DecisionResponse))]
internal sealed partial class DecisionJson : JsonSerializerContext
{
    /// <summary>The context bound to the API's options.</summary>
    public static DecisionJson Web { get; } = new(WebJson.Configure(new JsonSerializerOptions()));
}
