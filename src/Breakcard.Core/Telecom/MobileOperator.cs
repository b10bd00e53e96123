namespace Breakcard.Core.Telecom;

/// <summary>The network operator a mobile number segment is allocated to.</summary>
public enum MobileOperator
{
    /// <summary>中国移动.</summary>
    ChinaMobile = 1,

    /// <summary>中国联通.</summary>
    ChinaUnicom = 2,

    /// <summary>中国电信.</summary>
    ChinaTelecom = 3,

    /// <summary>中国广电.</summary>
    ChinaBroadnet = 4,

    /// <summary>Mobile virtual network operators (虚拟运营商, segments 170/171/162/165/167): cards
    /// that fraud rings have favoured for their looser real-name checks.</summary>
    Virtual = 5,
}
