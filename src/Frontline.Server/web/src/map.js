// The map: Leaflet with no tile layer. The basemap is drawn from the server's own layers (oblasts, water,
// rivers, border, settlements) so the page works offline and never asks a third party for tiles.
import L from 'leaflet';
import 'leaflet/dist/leaflet.css';
import { getJson } from './api.js';

export const VERDICT_COLOURS = {
  supported: '#1a7f37',
  contradicted: '#cf222e',
  'not-yet-visible': '#9a6700',
  unverifiable: '#6e7781',
  none: '#0969da',
};

const UKRAINE = [[44.2, 22.0], [52.5, 40.3]];

export class WorkbenchMap {
  constructor(element) {
    this.map = L.map(element, { preferCanvas: true, zoomSnap: 0.25, minZoom: 4, maxZoom: 13, keyboard: true, attributionControl: false });
    this.map.fitBounds(UKRAINE);
    for (const [name, z] of [['base', 200], ['areas', 400], ['change', 450], ['compare', 500], ['claims', 600]]) {
      this.map.createPane(name).style.zIndex = String(z);
    }
    this.renderers = {};
    for (const pane of ['base', 'areas', 'change', 'compare']) this.renderers[pane] = L.canvas({ pane });
    // Claims are few and clickable: SVG, so each marker is an element the keyboard and tests can reach.
    this.renderers.claims = L.svg({ pane: 'claims' });
    this.layers = {};
  }

  async loadBasemap() {
    const [oblasts, water, rivers, border, settlements] = await Promise.all(
      ['oblasts', 'water', 'rivers', 'border', 'settlements'].map((layer) => getJson(`/api/basemap/${layer}`)));
    const base = { pane: 'base', renderer: this.renderers.base, interactive: false };
    L.geoJSON(oblasts, { ...base, style: { color: '#8c959f', weight: 0.8, fillColor: '#f6f8fa', fillOpacity: 1 } }).addTo(this.map);
    L.geoJSON(water, { ...base, style: { stroke: false, fillColor: '#b6d7f0', fillOpacity: 1 } }).addTo(this.map);
    L.geoJSON(rivers, { ...base, style: { color: '#7fb3e0', weight: 1 } }).addTo(this.map);
    L.geoJSON(border, { ...base, filter: (f) => f.properties.extent !== 'with_territorial_sea', style: { color: '#57606a', weight: 1.5, fill: false } }).addTo(this.map);
    L.geoJSON(settlements, {
      pane: 'base',
      pointToLayer: (feature, latlng) => L.circleMarker(latlng, {
        renderer: this.renderers.base, radius: feature.properties.capital ? 3 : 1.8,
        color: '#24292f', weight: 0.5, fillColor: '#ffffff', fillOpacity: 1,
      }).bindTooltip(String(feature.properties.name), { direction: 'top' }),
    }).addTo(this.map);
  }

  showSnapshot(geojson) {
    this.replace('snapshot', geojson && L.geoJSON(geojson, {
      pane: 'areas', renderer: this.renderers.areas, interactive: false,
      style: (f) => f.properties.status === 'held'
        ? { color: '#a40e26', weight: 0.6, fillColor: '#cf222e', fillOpacity: 0.35 }
        : { color: '#bc4c00', weight: 0.6, fillColor: '#fb8f44', fillOpacity: 0.45 },
    }));
  }

  showChange(geojson) {
    this.replace('change', geojson && L.geoJSON(geojson, {
      pane: 'change', renderer: this.renderers.change, interactive: false,
      style: (f) => String(f.properties.side || f.properties.gainedBy || '').toUpperCase() === 'UA'
        ? { color: '#1a7f37', weight: 1, fillColor: '#2da44e', fillOpacity: 0.7 }
        : { color: '#4c0519', weight: 1, fillColor: '#82071e', fillOpacity: 0.7 },
    }));
  }

  showCompare(geojson) {
    this.replace('compare', geojson && L.geoJSON(geojson, {
      pane: 'compare', renderer: this.renderers.compare, interactive: false,
      filter: (f) => f.properties.status === 'held',
      style: { color: '#0550ae', weight: 1.5, dashArray: '4 3', fill: false },
    }));
  }

  showClaims(claims, onOpen) {
    const group = L.layerGroup([], { pane: 'claims' });
    for (const claim of claims) {
      if (claim.lon == null || claim.lat == null) continue;
      const marker = L.circleMarker([claim.lat, claim.lon], {
        pane: 'claims', renderer: this.renderers.claims, radius: 6, weight: 1.5, color: '#ffffff',
        fillColor: VERDICT_COLOURS[claim.verdict || 'none'] || VERDICT_COLOURS.none, fillOpacity: 0.95,
        // The class names the verdict, so the colour is never the only carrier of it (tests and assistive tech read it).
        className: `claim-marker verdict-${claim.verdict || 'none'}`,
      });
      marker.bindTooltip(`${claim.type} · ${claim.verdict || 'no verdict yet'}`);
      marker.on('click', () => onOpen(claim.id));
      group.addLayer(marker);
    }
    this.replace('claims', group);
  }

  /** Centres the map on a gazetteer entry and marks it. */
  showPlace(place) {
    const marker = L.circleMarker([place.lat, place.lon], { radius: 9, color: '#0969da', weight: 3, fill: false, pane: 'claims', renderer: this.renderers.claims })
      .bindTooltip(String(place.name), { permanent: true, direction: 'top' });
    this.replace('place', marker);
    this.map.setView([place.lat, place.lon], Math.max(this.map.getZoom(), 9));
  }

  /** The visible bounding box as minLon,minLat,maxLon,maxLat. */
  bbox() {
    const b = this.map.getBounds();
    return [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()].map((v) => v.toFixed(4)).join(',');
  }

  onMoveEnd(handler) {
    this.map.on('moveend', handler);
  }

  replace(name, layer) {
    if (this.layers[name]) this.map.removeLayer(this.layers[name]);
    this.layers[name] = layer || null;
    if (layer) layer.addTo(this.map);
  }
}
