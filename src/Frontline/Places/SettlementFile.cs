using System.Globalization;

namespace Frontline.Places;

/// <summary>Reads a gazetteer of settlements in the shape of <c>ua_settlements.tsv</c> (tab-separated, header row, no quoting).</summary>
public static class SettlementFile
{
    /// <summary>Reads every row; throws <see cref="InvalidDataException"/> naming the file and line on a malformed row.</summary>
    public static IReadOnlyList<Settlement> Read(string path)
    {
        using var stream = File.OpenRead(path);
        return Read(stream, path);
    }

    /// <summary>Reads every row from a stream; <paramref name="path"/> names it in errors.</summary>
    public static IReadOnlyList<Settlement> Read(Stream stream, string path)
    {
        using var reader = new StreamReader(stream);
        var header = (reader.ReadLine() ?? throw new InvalidDataException($"{path}: empty file")).Split('\t');
        int Col(string name)
        {
            var i = Array.IndexOf(header, name);
            return i >= 0 ? i : throw new InvalidDataException($"{path}: line 1: missing column '{name}'");
        }
        int id = Col("geonameid"), name = Col("name"), uk = Col("name_uk"), latn = Col("name_uk_latn"), ru = Col("name_ru"), alt = Col("alt_names"),
            lat = Col("lat"), lon = Col("lon"), code = Col("feature_code"), pop = Col("population"),
            oblast = Col("oblast"), raion = Col("raion"), hromada = Col("hromada"), katottg = Col("katottg"),
            category = Col("katottg_category");
        var rows = new List<Settlement>(34_000);
        var lineNo = 1;
        while (reader.ReadLine() is { } line)
        {
            lineNo++;
            if (line.Length == 0)
            {
                continue;
            }
            var f = line.Split('\t');
            if (f.Length != header.Length ||
                !double.TryParse(f[lat], NumberStyles.Float, CultureInfo.InvariantCulture, out var y) ||
                !double.TryParse(f[lon], NumberStyles.Float, CultureInfo.InvariantCulture, out var x))
            {
                throw new InvalidDataException($"{path}: line {lineNo}: expected {header.Length} tab-separated fields with numeric lat/lon");
            }
            rows.Add(new Settlement(
                long.Parse(f[id], CultureInfo.InvariantCulture), f[name], f[uk], f[ru],
                f[alt].Length == 0 ? [] : f[alt].Split('|'),
                x, y, f[code],
                long.TryParse(f[pop], NumberStyles.Integer, CultureInfo.InvariantCulture, out var p) ? p : 0,
                f[oblast], f[raion], f[hromada], f[katottg], f[category], f[latn]));
        }
        return rows;
    }
}
