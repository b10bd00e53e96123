namespace Breakcard.Core.Accounts;

/// <summary>A Chinese bank: a short code used in files, and its Chinese and English names.</summary>
/// <param name="Code">Short code, for example "ICBC".</param>
/// <param name="ChineseName">Name in Chinese, for example "中国工商银行".</param>
/// <param name="EnglishName">Name in English.</param>
public sealed record Bank(string Code, string ChineseName, string EnglishName);
