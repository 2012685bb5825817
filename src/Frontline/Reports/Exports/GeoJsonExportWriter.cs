using System.Text.Json;
using Frontline.Geometry;
using NetTopologySuite.IO.Converters;

namespace Frontline.Reports.Exports;

/// <summary>GeoJSON (RFC 7946): a FeatureCollection written feature by feature and flushed as it goes.</summary>
/// <remarks>Positions are lon/lat WGS 84 as RFC 7946 requires; no "crs" member (RFC 7946 §4 removed it).</remarks>
public sealed class GeoJsonExportWriter(Stream stream) : IExportWriter
{
    private static readonly JsonSerializerOptions s_options = Create();
    private readonly Utf8JsonWriter _json = new(stream, new JsonWriterOptions { Indented = false, SkipValidation = false });
    private ExportLayer? _layer;

    public Task BeginAsync(ExportLayer layer, CancellationToken cancellationToken)
    {
        _layer = layer;
        _json.WriteStartObject();
        _json.WriteString("type", "FeatureCollection");
        _json.WriteString("name", layer.Name);
        _json.WriteStartArray("features");
        return Task.CompletedTask;
    }

    public async Task WriteAsync(ExportRecord record, CancellationToken cancellationToken)
    {
        var layer = _layer ?? throw new InvalidOperationException("BeginAsync first");
        _json.WriteStartObject();
        _json.WriteString("type", "Feature");
        _json.WritePropertyName("geometry");
        if (record.Geometry is null)
        {
            _json.WriteNullValue();
        }
        else
        {
            JsonSerializer.Serialize(_json, record.Geometry, s_options);
        }
        _json.WriteStartObject("properties");
        for (var i = 0; i < layer.Fields.Count; i++)
        {
            _json.WritePropertyName(layer.Fields[i].Name);
            switch (record.Values[i])
            {
                case null: _json.WriteNullValue(); break;
                case double d: _json.WriteNumberValue(Math.Round(d, 6)); break;
                case long l: _json.WriteNumberValue(l); break;
                case int n: _json.WriteNumberValue(n); break;
                case var v: _json.WriteStringValue(ExportValues.Text(v)); break;
            }
        }
        _json.WriteEndObject();
        _json.WriteEndObject();
        // Hand each feature to the stream: memory stays at one feature whatever the export's size.
        await _json.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task EndAsync(CancellationToken cancellationToken)
    {
        _json.WriteEndArray();
        _json.WriteEndObject();
        await _json.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    public ValueTask DisposeAsync() => _json.DisposeAsync();

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions();
        options.Converters.Add(new GeoJsonConverterFactory(Geo.Factory));
        return options;
    }
}
