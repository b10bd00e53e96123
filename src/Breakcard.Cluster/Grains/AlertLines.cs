using System.Text;

namespace Breakcard.Cluster.Grains;

/// <summary>Splits a committed <c>alerts.jsonl</c> into its lines.</summary>
internal static class AlertLines
{
    public static string[] Split(byte[] file) =>
        file.Length == 0 ? [] : Encoding.UTF8.GetString(file).Split('\n', StringSplitOptions.RemoveEmptyEntries);
}
