using System.Globalization;
using System.Text;
using System.Xml;
using NetTopologySuite.Geometries;

namespace Frontline.Reports.Exports;

/// <summary>KML 2.2 for Google Earth: one Placemark per feature with its columns as ExtendedData, coloured by side or status.</summary>
public sealed class KmlExportWriter : IExportWriter
{
    public const string Namespace = "http://www.opengis.net/kml/2.2";

    // KML colours are aabbggrr.
    private static readonly (string Id, string Line, string Fill)[] s_styles =
    [
        ("UA", "ffd16f1f", "99d16f1f"),
        ("RU", "ff1f28d1", "991f28d1"),
        ("held", "ff4a5fd1", "66c4c9f3"),
        ("contested", "ff808080", "66b0b0b0"),
        ("other", "ff333333", "66999999"),
    ];

    private readonly XmlWriter _xml;
    private ExportLayer? _layer;
    private int _styleField = -1;
    private int _nameField = -1;
    private int _count;

    public KmlExportWriter(Stream stream)
    {
        _xml = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = false, Async = true, CloseOutput = false });
    }

    public async Task BeginAsync(ExportLayer layer, CancellationToken cancellationToken)
    {
        _layer = layer;
        var names = layer.Fields.Select(f => f.Name).ToList();
        _styleField = names.FindIndex(n => n is "side" or "status" or "actor1");
        _nameField = names.FindIndex(n => n is "location" or "name");
        await _xml.WriteStartDocumentAsync().ConfigureAwait(false);
        _xml.WriteStartElement("kml", Namespace);
        _xml.WriteStartElement("Document", Namespace);
        _xml.WriteElementString("name", Namespace, "Frontline: " + layer.Name);
        foreach (var (id, line, fill) in s_styles)
        {
            _xml.WriteStartElement("Style", Namespace);
            _xml.WriteAttributeString("id", id);
            _xml.WriteStartElement("LineStyle", Namespace);
            _xml.WriteElementString("color", Namespace, line);
            _xml.WriteElementString("width", Namespace, "1.5");
            _xml.WriteEndElement();
            _xml.WriteStartElement("PolyStyle", Namespace);
            _xml.WriteElementString("color", Namespace, fill);
            _xml.WriteEndElement();
            _xml.WriteEndElement();
        }
        _xml.WriteStartElement("Folder", Namespace);
        _xml.WriteElementString("name", Namespace, layer.Name);
    }

    public async Task WriteAsync(ExportRecord record, CancellationToken cancellationToken)
    {
        var layer = _layer ?? throw new InvalidOperationException("BeginAsync first");
        _count++;
        _xml.WriteStartElement("Placemark", Namespace);
        // XmlWriter escapes text and attribute values, so hostile claim text cannot break the document.
        _xml.WriteElementString("name", Namespace, _nameField >= 0 ? ExportValues.Text(record.Values[_nameField]) : $"{layer.Name} {_count}");
        var style = _styleField >= 0 ? ExportValues.Text(record.Values[_styleField]) : "other";
        _xml.WriteElementString("styleUrl", Namespace, "#" + (s_styles.Any(s => s.Id == style) ? style : "other"));
        _xml.WriteStartElement("ExtendedData", Namespace);
        for (var i = 0; i < layer.Fields.Count; i++)
        {
            _xml.WriteStartElement("Data", Namespace);
            _xml.WriteAttributeString("name", layer.Fields[i].Name);
            _xml.WriteElementString("value", Namespace, ExportValues.Text(record.Values[i]));
            _xml.WriteEndElement();
        }
        _xml.WriteEndElement();
        if (record.Geometry is { IsEmpty: false } g)
        {
            WriteGeometry(g);
        }
        _xml.WriteEndElement();
        await _xml.FlushAsync().ConfigureAwait(false);
    }

    public async Task EndAsync(CancellationToken cancellationToken)
    {
        _xml.WriteEndElement(); // Folder
        _xml.WriteEndElement(); // Document
        _xml.WriteEndElement(); // kml
        await _xml.WriteEndDocumentAsync().ConfigureAwait(false);
        await _xml.FlushAsync().ConfigureAwait(false);
    }

    public ValueTask DisposeAsync()
    {
        _xml.Dispose();
        return ValueTask.CompletedTask;
    }

    private void WriteGeometry(NetTopologySuite.Geometries.Geometry g)
    {
        switch (g)
        {
            case Point p:
                _xml.WriteStartElement("Point", Namespace);
                _xml.WriteElementString("coordinates", Namespace, Coords(p.CoordinateSequence));
                _xml.WriteEndElement();
                break;
            case Polygon polygon:
                _xml.WriteStartElement("Polygon", Namespace);
                _xml.WriteElementString("tessellate", Namespace, "1");
                Ring("outerBoundaryIs", polygon.ExteriorRing);
                foreach (var hole in polygon.InteriorRings)
                {
                    Ring("innerBoundaryIs", hole);
                }
                _xml.WriteEndElement();
                break;
            default:
                _xml.WriteStartElement("MultiGeometry", Namespace);
                for (var i = 0; i < g.NumGeometries; i++)
                {
                    WriteGeometry(g.GetGeometryN(i));
                }
                _xml.WriteEndElement();
                break;
        }
    }

    private void Ring(string boundary, LineString ring)
    {
        _xml.WriteStartElement(boundary, Namespace);
        _xml.WriteStartElement("LinearRing", Namespace);
        _xml.WriteElementString("coordinates", Namespace, Coords(ring.CoordinateSequence));
        _xml.WriteEndElement();
        _xml.WriteEndElement();
    }

    private static string Coords(CoordinateSequence seq)
    {
        var sb = new StringBuilder(seq.Count * 24);
        for (var i = 0; i < seq.Count; i++)
        {
            if (i > 0)
            {
                sb.Append(' ');
            }
            sb.Append(seq.GetX(i).ToString("0.#######", CultureInfo.InvariantCulture)).Append(',').Append(seq.GetY(i).ToString("0.#######", CultureInfo.InvariantCulture));
        }
        return sb.ToString();
    }
}
