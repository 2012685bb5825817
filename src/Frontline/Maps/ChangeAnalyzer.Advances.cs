using Frontline.Geometry;
using NetTopologySuite.Densify;
using NetTopologySuite.Geometries;

namespace Frontline.Maps;

/// <summary>The deepest advance: how far each side's front line moved between two snapshots.</summary>
/// <remarks>
/// Only points of the new front line within <see cref="ChangedGroundMetres"/> of ground that changed hands count, and
/// each is measured to the nearest point of the old front line. Both lines are extracted inside windows around the
/// changed boxes (<see cref="FrontWindow"/>): a point's distance counts only when it is shorter than the way out of its
/// window, so nothing outside could be nearer. When a window cannot decide (a distance longer than its reach, a piece
/// of ground whose size it cannot see), the windows are doubled, up to the whole country's front lines, which is the
/// definition: the windows make it cheaper, never different.
/// </remarks>
public sealed partial class ChangeAnalyzer
{
    private const double FirstWindowMetres = 25_000;
    private const double LastWindowMetres = 400_000;

    private List<Advance> Advances(Projected a, Projected b, PairChange pair, IReadOnlyCollection<string>? oblasts)
    {
        if (pair.UaGain.IsEmpty && pair.RuGain.IsEmpty)
        {
            return [];
        }
        var changed = new SegmentIndex(Geo.Factory.CreateGeometryCollection([pair.UaGain, pair.RuGain]));
        for (var radius = FirstWindowMetres; radius <= LastWindowMetres; radius *= 2)
        {
            if (WindowCandidates(a, b, pair.Boxes, changed, radius) is { } local && Pick(local, oblasts) is { } picked)
            {
                return picked;
            }
        }
        return Pick(WholeCandidates(a, b, changed), oblasts)!;
    }

    /// <summary>The deepest advances measured on both snapshots' whole front lines, skipping the windows: the definition, for tests.</summary>
    internal List<Advance> AdvancesOnWholeFrontLines(Snapshot a, Snapshot b)
    {
        var pa = Project(a);
        var pb = Project(b);
        var pair = Pair(a, b, pa, pb);
        return pair.UaGain.IsEmpty && pair.RuGain.IsEmpty ? []
            : Pick(WholeCandidates(pa, pb, new SegmentIndex(Geo.Factory.CreateGeometryCollection([pair.UaGain, pair.RuGain]))), null)!;
    }

    /// <summary>A point of the new front line near ground that changed hands.</summary>
    /// <param name="Metres">Distance to the old front line; certain when <paramref name="Certain"/>.</param>
    /// <param name="WasOtherSide">Whether the point was on the other side's ground before (null: not known here).</param>
    private sealed record Candidate(Coordinate At, double Metres, bool Certain, bool? WasOtherSide, SegmentIndex OldLine);

    /// <summary>The farthest certain candidate of each side; null when an uncertain one comes first (the window is too small).</summary>
    private List<Advance>? Pick(List<Candidate> candidates, IReadOnlyCollection<string>? oblasts)
    {
        var best = new Dictionary<string, Candidate>(StringComparer.Ordinal);
        var oblastOf = new Dictionary<string, string?>(StringComparer.Ordinal);
        // Farthest points first: a local distance is never shorter than the true one, so an uncertain point ranks no lower.
        foreach (var c in candidates.OrderByDescending(x => x.Metres))
        {
            if (!c.Certain || c.WasOtherSide is null)
            {
                return null;
            }
            // A point of the new line on ground that was the other side's is a Russian advance; anywhere else (in ground
            // Russia held, or in a river gap between two held banks) the line moved back: a Ukrainian advance.
            var side = c.WasOtherSide.Value ? "RU" : "UA";
            if (best.ContainsKey(side))
            {
                continue;
            }
            var (lon, lat) = EqualArea.Inverse(c.At.X, c.At.Y);
            var oblast = terrain.Oblasts.Locate(lon, lat)?.Name;
            if (oblasts is not null && (oblast is null || !oblasts.Contains(oblast)))
            {
                continue;
            }
            best[side] = c;
            oblastOf[side] = oblast;
            if (best.Count == 2)
            {
                break;
            }
        }
        var result = new List<Advance>();
        foreach (var (side, c) in best)
        {
            var nearest = c.OldLine.NearestPoint(c.At)!;
            var (lon, lat) = EqualArea.Inverse(c.At.X, c.At.Y);
            var (fromLon, fromLat) = EqualArea.Inverse(nearest.X, nearest.Y);
            result.Add(new Advance(side, Geodesic.DistanceKm(fromLon, fromLat, lon, lat), lon, lat, fromLon, fromLat, oblastOf[side]));
        }
        return result.OrderByDescending(x => x.DepthKm).ToList();
    }

    /// <summary>Candidates from both front lines extracted inside windows of <paramref name="radius"/> around the changed boxes; null when a window cannot decide.</summary>
    private List<Candidate>? WindowCandidates(Projected a, Projected b, IReadOnlyList<Envelope> boxes, SegmentIndex changed, double radius)
    {
        var reach = FrontLine.ReachMetres + 100;
        var windows = LocalOverlay.Merge(boxes.Select(box =>
        {
            var w = box.Copy();
            w.ExpandBy(radius + reach);
            return w;
        }).ToList());
        var near = boxes.Select(box =>
        {
            var n = box.Copy();
            n.ExpandBy(ChangedGroundMetres + 1);
            return n;
        }).ToList();
        var result = new List<Candidate>();
        foreach (var window in windows)
        {
            var ground = FrontWindow.Ground(terrain, window);
            var before = FrontWindow.Build(a.Held, a.HeldLocator, ground, window, terrain);
            var after = FrontWindow.Build(b.Held, b.HeldLocator, ground, window, terrain);
            var inner = window.Copy();
            inner.ExpandBy(-reach);
            // Of the new line only the part near ground that changed hands can hold a candidate; the old line is needed whole.
            if (after.Segments(b.Boundary, inner, near) is not { } newLine || before.Segments(a.Boundary, inner, null) is not { } oldLine)
            {
                return null;
            }
            var old = oldLine.Count == 0 ? null : new SegmentIndex(oldLine);
            foreach (var segment in newLine)
            {
                foreach (var c in Densifier.Densify(Geo.Factory.CreateLineString([segment.P0, segment.P1]), DepthSampleMetres).Coordinates)
                {
                    if (!changed.IsWithin(c, ChangedGroundMetres))
                    {
                        continue;
                    }
                    if (old is null || !inner.Contains(c))
                    {
                        return null;
                    }
                    var metres = old.Distance(c);
                    var toEdge = Math.Min(Math.Min(c.X - inner.MinX, inner.MaxX - c.X), Math.Min(c.Y - inner.MinY, inner.MaxY - c.Y));
                    result.Add(new Candidate(c, metres, metres <= toEdge, before.IsOtherSide(c), old));
                }
            }
        }
        return result;
    }

    /// <summary>Candidates from both snapshots' whole front lines: the definition, used when no window can decide.</summary>
    private static List<Candidate> WholeCandidates(Projected a, Projected b, SegmentIndex changed)
    {
        if (a.Front.Line.IsEmpty || b.Front.Line.IsEmpty)
        {
            return [];
        }
        var old = new SegmentIndex(a.Front.Line);
        var wasOtherSide = new NetTopologySuite.Algorithm.Locate.IndexedPointInAreaLocator(a.Front.OtherSideGround);
        return Densifier.Densify(b.Front.Line, DepthSampleMetres).Coordinates
            .Where(c => changed.IsWithin(c, ChangedGroundMetres))
            .Select(c => new Candidate(c, old.Distance(c), true, wasOtherSide.Locate(c) != Location.Exterior, old))
            .ToList();
    }
}
