using System.Diagnostics;
using System.Globalization;
using System.IO.Compression;
using System.Runtime.CompilerServices;

namespace Relata.Places;

/// <summary>
/// Countries, first-level divisions and every city of at least 1,000 people (GeoNames-derived, built by
/// <c>gazetteer/build.mjs</c> and embedded in the assembly), looked up by folded name and alternate names.
/// </summary>
public sealed partial class Gazetteer
{
    public const string ResourceName = "relata-gazetteer/gazetteer.tsv.gz";

    private static readonly Lazy<Gazetteer> LazyDefault = new(LoadEmbedded, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The embedded gazetteer, loaded on first use.</summary>
    public static Gazetteer Default => LazyDefault.Value;

    // A key maps to a single Place (the common case) or a List<Place>, to spare 600k one-item lists.
    private readonly Dictionary<string, object> _byKey;
    private readonly Dictionary<string, object>.AlternateLookup<ReadOnlySpan<char>> _byKeySpan;

    private readonly Dictionary<string, Place> _byId;

    public IReadOnlyList<Place> Places { get; }
    public CountryLookup Countries { get; }

    /// <summary>How long parsing and indexing took when this instance was loaded.</summary>
    public TimeSpan LoadTime { get; }

    private Gazetteer(List<Place> places, Dictionary<string, object> byKey, TimeSpan loadTime)
    {
        Places = places;
        // Divisions and countries only: cities are reached by name, and 135k more entries would slow loading.
        _byId = places.Where(p => p.Kind != PlaceKind.City).ToDictionary(p => p.Id, StringComparer.Ordinal);
        _byKey = byKey;
        _byKeySpan = byKey.GetAlternateLookup<ReadOnlySpan<char>>();
        Countries = new CountryLookup(places.Where(p => p.Kind == PlaceKind.Country), this);
        LoadTime = loadTime;
    }

    /// <summary>A country or division by id ("country:AF", "admin1:AF-KAB").</summary>
    public Place? ById(string id) => _byId.GetValueOrDefault(id);

    /// <summary>Every place whose name, ASCII name or an alternate name folds to the same key as <paramref name="name"/>.</summary>
    public IReadOnlyList<Place> Find(ReadOnlySpan<char> name)
    {
        Span<char> buffer = name.Length <= 128 ? stackalloc char[name.Length * 2 + 4] : new char[name.Length * 2 + 4];
        int n = PlaceNameKey.FoldInto(name, buffer);
        if (n == 0 || !_byKeySpan.TryGetValue(buffer[..n], out var hit)) return [];
        return hit as List<Place> ?? [(Place)hit];
    }

    public static Gazetteer LoadEmbedded()
    {
        using var stream = typeof(Gazetteer).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException(
                $"The gazetteer resource '{ResourceName}' is missing: build src/Relata with node and npm available (gazetteer/Gazetteer.targets).");
        return Load(stream);
    }

    /// <summary>Loads a gazetteer from a gzipped TSV in the format written by <c>gazetteer/build.mjs</c>.</summary>
    // Runs once per process: skip tier-0 code, which is several times slower over 140k rows.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static Gazetteer Load(Stream gzippedTsv)
    {
        var clock = Stopwatch.StartNew();
        string text;
        using (var gzip = new GZipStream(gzippedTsv, CompressionMode.Decompress))
        using (var reader = new StreamReader(gzip))
            text = reader.ReadToEnd();

        var places = new List<Place>(150_000);
        var byKey = new Dictionary<string, object>(700_000, StringComparer.Ordinal);
        var keyLookup = byKey.GetAlternateLookup<ReadOnlySpan<char>>();
        var pool = new StringPool();
        var iso3ByIso2 = new Dictionary<string, string>(StringComparer.Ordinal);
        Span<Range> fields = stackalloc Range[13];
        Span<char> keyBuffer = stackalloc char[512];

        foreach (var lineRange in text.AsSpan().Split('\n'))
        {
            var line = text.AsSpan(lineRange.Start.Value, lineRange.End.Value - lineRange.Start.Value);
            if (line.IsEmpty || line[0] == '#') continue;
            if (line.Split(fields, '\t') < 12) throw new InvalidDataException("Malformed gazetteer line: " + line.ToString());

            var kind = line[fields[1]] switch
            {
                "country" => PlaceKind.Country,
                "admin1" => PlaceKind.Admin1,
                _ => PlaceKind.City,
            };
            string name = line[fields[2]].ToString();
            var asciiSpan = line[fields[3]];
            string ascii = asciiSpan.IsEmpty ? name : asciiSpan.ToString();
            string iso2 = pool.Get(line[fields[5]]);
            string? iso3 = NullIfEmpty(pool, line[fields[6]]);
            if (kind == PlaceKind.Country && iso3 is not null) iso3ByIso2[iso2] = iso3;
            else iso3 ??= iso3ByIso2.GetValueOrDefault(iso2);

            var altSpan = line[fields[4]];
            var place = new Place(
                Id: line[fields[0]].ToString(),
                Name: name,
                AsciiName: ascii,
                Kind: kind,
                CountryIso2: iso2,
                CountryIso3: iso3,
                Admin1Code: NullIfEmpty(pool, line[fields[7]]),
                Admin1: NullIfEmpty(pool, line[fields[8]]),
                Lat: double.Parse(line[fields[9]], CultureInfo.InvariantCulture),
                Lon: double.Parse(line[fields[10]], CultureInfo.InvariantCulture),
                Population: long.Parse(line[fields[11]], CultureInfo.InvariantCulture))
            {
                PackedAlternateNames = altSpan.IsEmpty ? "" : altSpan.ToString(),
            };
            places.Add(place);

            AddKey(keyLookup, keyBuffer, name, place);
            if (!ReferenceEquals(ascii, name)) AddKey(keyLookup, keyBuffer, ascii, place);
            foreach (var alt in altSpan.Split('|')) AddKey(keyLookup, keyBuffer, altSpan[alt], place);
        }
        return new Gazetteer(places, byKey, clock.Elapsed);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void AddKey(
        Dictionary<string, object>.AlternateLookup<ReadOnlySpan<char>> lookup, Span<char> buffer, ReadOnlySpan<char> name, Place place)
    {
        if (name.Length * 2 + 4 > buffer.Length) return;
        int n = PlaceNameKey.FoldInto(name, buffer);
        if (n == 0) return;
        var key = buffer[..n];
        if (!lookup.TryGetValue(key, out var existing))
        {
            lookup[key] = place;
            return;
        }
        switch (existing)
        {
            case Place single when ReferenceEquals(single, place):
                return;
            case Place single:
                lookup[key] = new List<Place>(2) { single, place };
                return;
            case List<Place> list when !ReferenceEquals(list[^1], place):
                list.Add(place);
                return;
        }
    }

    private static string? NullIfEmpty(StringPool pool, ReadOnlySpan<char> s) => s.IsEmpty ? null : pool.Get(s);

    /// <summary>Interns the short strings that repeat across rows (country codes, division names).</summary>
    private sealed class StringPool
    {
        private readonly HashSet<string> _set = new(StringComparer.Ordinal);
        private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

        public StringPool() => _lookup = _set.GetAlternateLookup<ReadOnlySpan<char>>();

        public string Get(ReadOnlySpan<char> s)
        {
            if (_lookup.TryGetValue(s, out var existing)) return existing;
            var created = s.ToString();
            _set.Add(created);
            return created;
        }
    }
}
