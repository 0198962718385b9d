namespace Relata.Import.Gdelt;

/// <summary>The 61 tab-separated columns of a GDELT 2.0 event export (*.export.CSV), in file order; files have no header.</summary>
public static class GdeltColumns
{
    public static readonly string[] Names =
    [
        "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
        "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1KnownGroupCode", "Actor1EthnicCode",
        "Actor1Religion1Code", "Actor1Religion2Code", "Actor1Type1Code", "Actor1Type2Code", "Actor1Type3Code",
        "Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2KnownGroupCode", "Actor2EthnicCode",
        "Actor2Religion1Code", "Actor2Religion2Code", "Actor2Type1Code", "Actor2Type2Code", "Actor2Type3Code",
        "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
        "NumMentions", "NumSources", "NumArticles", "AvgTone",
        "Actor1Geo_Type", "Actor1Geo_FullName", "Actor1Geo_CountryCode", "Actor1Geo_ADM1Code", "Actor1Geo_ADM2Code",
        "Actor1Geo_Lat", "Actor1Geo_Long", "Actor1Geo_FeatureID",
        "Actor2Geo_Type", "Actor2Geo_FullName", "Actor2Geo_CountryCode", "Actor2Geo_ADM1Code", "Actor2Geo_ADM2Code",
        "Actor2Geo_Lat", "Actor2Geo_Long", "Actor2Geo_FeatureID",
        "ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_ADM1Code", "ActionGeo_ADM2Code",
        "ActionGeo_Lat", "ActionGeo_Long", "ActionGeo_FeatureID",
        "DATEADDED", "SOURCEURL",
    ];

    public const int Count = 61;

    public const int GlobalEventId = 0, SqlDate = 1;
    public const int Actor1Code = 5, Actor1Name = 6, Actor1CountryCode = 7;
    public const int Actor2Code = 15, Actor2Name = 16, Actor2CountryCode = 17;
    public const int EventCode = 26, EventBaseCode = 27, EventRootCode = 28, QuadClass = 29, GoldsteinScale = 30;
    public const int NumMentions = 31, NumSources = 32, NumArticles = 33, AvgTone = 34;
    public const int ActionGeoType = 51, ActionGeoFullName = 52, ActionGeoCountryCode = 53, ActionGeoLat = 56, ActionGeoLong = 57;
    public const int DateAdded = 59, SourceUrl = 60;
}
