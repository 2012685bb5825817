// The workbench page: wires the map, the timeline, the chart, the ledger and the claim panel to the API.
import { getJson, getJsonOrNull } from './api.js';
import { drawChart } from './chart.js';
import { km2, signedKm2, el } from './format.js';
import { WorkbenchMap } from './map.js';
import { Ledger } from './ledger.js';
import { ClaimPanel } from './claim.js';
import './style.css';

const $ = (id) => document.getElementById(id);

const state = { source: '', compare: '', series: [], index: 0, requestId: 0 };

function setStat(id, value, text) {
  const node = $(id);
  node.dataset.value = value === null ? '' : String(value);
  node.textContent = text;
}

function fromHash() {
  const params = new URLSearchParams(window.location.hash.slice(1));
  return { source: params.get('source') || '', date: params.get('date') || '' };
}

function writeHash() {
  const point = state.series[state.index];
  const params = new URLSearchParams({ source: state.source });
  if (point) params.set('date', point.asOf);
  if (state.compare) params.set('compare', state.compare);
  history.replaceState(null, '', `#${params}`);
}

async function loadSource(map, wantedDate) {
  const series = await getJson('/api/series', { source: state.source });
  state.series = series.points;
  const slider = $('date-slider');
  slider.max = String(Math.max(0, state.series.length - 1));
  let index = state.series.length - 1;
  if (wantedDate) {
    // The snapshot in force on the wanted date: the latest on or before it.
    const found = state.series.findLastIndex((p) => p.asOf <= wantedDate);
    if (found >= 0) index = found;
  }
  await showIndex(map, index);
}

async function showIndex(map, index) {
  if (state.series.length === 0) return;
  state.index = Math.min(Math.max(0, index), state.series.length - 1);
  const point = state.series[state.index];
  const previous = state.index > 0 ? state.series[state.index - 1] : null;
  const requestId = ++state.requestId;
  $('date-slider').value = String(state.index);
  $('date-label').textContent = point.asOf;
  $('date-slider').setAttribute('aria-valuetext', point.asOf);
  writeHash();

  // The areas first (a stored snapshot: fast), then what changed (the core's diff: slower the first time).
  const [snapshot, compare] = await Promise.all([
    getJson(`/api/snapshots/${encodeURIComponent(state.source)}/${point.asOf}`),
    state.compare ? getJsonOrNull(`/api/snapshots/${encodeURIComponent(state.compare)}/${point.asOf}`) : null,
  ]);
  if (requestId !== state.requestId) return; // a later move of the slider won
  map.showSnapshot(snapshot);
  map.showCompare(compare);
  setStat('held-km2', point.heldKm2, km2(point.heldKm2));
  setStat('contested-km2', point.contestedKm2, km2(point.contestedKm2));
  if (previous) {
    const delta = point.heldKm2 - previous.heldKm2;
    setStat('change-km2', delta, `${signedKm2(delta)} held since ${previous.asOf}`);
  } else {
    setStat('change-km2', null, 'first snapshot');
  }
  const compareStats = $('compare-stats');
  compareStats.hidden = !compare;
  if (compare) {
    const held = compare.features.find((f) => f.properties.status === 'held');
    $('compare-name').textContent = `${state.compare} held (${held ? held.properties.asOf : '—'})`;
    setStat('compare-held-km2', held ? held.properties.km2 : null, held ? km2(held.properties.km2) : '—');
  }
  drawChart($('chart'), state.series, point.asOf, (asOf) => showIndex(map, state.series.findIndex((p) => p.asOf === asOf)));

  $('gained-stats').hidden = true;
  map.showChange(null);
  if (previous) showChange(map, previous, point, requestId).catch(showError); // not awaited: the page is usable meanwhile
}

async function showChange(map, previous, point, requestId) {
  const pair = { source: state.source, from: previous.asOf, to: point.asOf };
  const [change, summary] = await Promise.all([getJsonOrNull('/api/changes', pair), getJsonOrNull('/api/changes/summary', pair)]);
  if (requestId !== state.requestId) return;
  map.showChange(change);
  if (summary) {
    setStat('ua-gained-km2', summary.ua_gained_km2, km2(summary.ua_gained_km2));
    setStat('ru-gained-km2', summary.ru_gained_km2, km2(summary.ru_gained_km2));
    $('gained-stats').title = `frontline maps diff --source ${state.source} --from ${previous.asOf} --to ${point.asOf}; inputs sha256 ${summary.inputs_hash || ''}`;
    $('gained-stats').hidden = false;
  }
}

function showError(error) {
  const banner = el('p', String(error.message || error), 'error');
  banner.setAttribute('role', 'alert');
  document.body.prepend(banner);
}

async function start() {
  const map = new WorkbenchMap($('map'));
  const panel = new ClaimPanel($('claim-panel'), $('claim-body'), $('claim-title'));
  const ledger = new Ledger({ form: $('filters'), body: document.querySelector('#claims tbody'), status: $('ledger-status'), more: $('more') }, map, (id) => panel.open(id));
  const [index] = await Promise.all([getJson('/api'), map.loadBasemap()]);
  const has = (route) => index.endpoints.includes(route);

  const sources = await getJson('/api/sources');
  const wanted = fromHash();
  const sourceSelect = $('source');
  const compareSelect = $('compare');
  for (const s of sources) {
    sourceSelect.appendChild(new Option(`${s.source} (${s.snapshots})`, s.source));
    compareSelect.appendChild(new Option(s.source, s.source));
  }
  const names = sources.map((s) => s.source);
  state.source = names.includes(wanted.source) ? wanted.source : names.includes('deepstate') ? 'deepstate' : names[0] || '';
  sourceSelect.value = state.source;
  const compareWanted = new URLSearchParams(window.location.hash.slice(1)).get('compare') || '';
  state.compare = names.includes(compareWanted) ? compareWanted : '';
  compareSelect.value = state.compare;

  sourceSelect.addEventListener('change', () => {
    state.source = sourceSelect.value;
    const current = state.series[state.index];
    loadSource(map, current ? current.asOf : '').catch(showError);
  });
  compareSelect.addEventListener('change', () => {
    state.compare = compareSelect.value;
    showIndex(map, state.index).catch(showError);
  });
  $('date-slider').addEventListener('input', (e) => showIndex(map, Number(e.target.value)).catch(showError));
  $('prev').addEventListener('click', () => showIndex(map, state.index - 1).catch(showError));
  $('next').addEventListener('click', () => showIndex(map, state.index + 1).catch(showError));

  if (state.source) await loadSource(map, wanted.date);
  if (has('/api/claims')) {
    await ledger.start();
  } else {
    $('ledger-status').textContent = 'This server has no claims ledger.';
  }
  document.body.dataset.ready = 'true';
}

start().catch(showError);
