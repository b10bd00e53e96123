using System.CommandLine;
using System.Globalization;

namespace Breakcard.Cli.Infrastructure;

/// <summary>Reusable option validators, so every command reports range errors the same way.</summary>
public static class OptionValidation
{
    /// <summary>Rejects values outside [<paramref name="min"/>, <paramref name="max"/>].</summary>
    public static Option<T> InRange<T>(this Option<T> option, T min, T max) where T : IComparable<T>, IFormattable, IParsable<T>
    {
        ArgumentNullException.ThrowIfNull(option);
        option.Validators.Add(result =>
        {
            // A token that does not convert is reported by the parser itself; reading the value
            // here would throw instead of adding a second, less clear error.
            if (result.Tokens.Count > 0 && !T.TryParse(result.Tokens[^1].Value, CultureInfo.InvariantCulture, out _))
            {
                return;
            }

            var value = result.GetValueOrDefault<T>();
            if (value.CompareTo(min) < 0 || value.CompareTo(max) > 0)
            {
                result.AddError(string.Create(CultureInfo.InvariantCulture,
                    $"Option '{option.Name}' must be between {min.ToString(null, CultureInfo.InvariantCulture)} and {max.ToString(null, CultureInfo.InvariantCulture)}; got {value.ToString(null, CultureInfo.InvariantCulture)}."));
            }
        });
        return option;
    }

    /// <summary>Rejects a path to a file or directory that does not exist.</summary>
    public static Option<FileSystemInfo> MustExist(this Option<FileSystemInfo> option)
    {
        ArgumentNullException.ThrowIfNull(option);
        option.Validators.Add(result =>
        {
            var value = result.GetValueOrDefault<FileSystemInfo>();
            if (value is not null && !value.Exists)
            {
                result.AddError($"Option '{option.Name}': '{value.FullName}' does not exist.");
            }
        });
        return option;
    }

    /// <summary>Rejects a file that does not exist.</summary>
    public static Option<FileInfo> MustExist(this Option<FileInfo> option)
    {
        ArgumentNullException.ThrowIfNull(option);
        option.Validators.Add(result =>
        {
            var value = result.GetValueOrDefault<FileInfo>();
            if (value is not null && !value.Exists)
            {
                result.AddError($"Option '{option.Name}': file '{value.FullName}' does not exist.");
            }
        });
        return option;
    }
}
