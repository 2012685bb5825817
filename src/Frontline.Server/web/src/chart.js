// The km²-per-day chart: for each pair of consecutive snapshots, the change of the held area divided by
// the days between them. Bars above the axis: Russia's held area grew; below: it shrank (Ukraine regained).
import { daysBetween } from './format.js';

const SVG = 'http://www.w3.org/2000/svg';

function svg(tag, attributes) {
  const node = document.createElementNS(SVG, tag);
  for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, String(value));
  return node;
}

export function perDay(points) {
  const rates = [];
  for (let i = 1; i < points.length; i++) {
    const days = daysBetween(points[i - 1].asOf, points[i].asOf);
    if (days > 0) rates.push({ asOf: points[i].asOf, from: points[i - 1].asOf, km2PerDay: (points[i].heldKm2 - points[i - 1].heldKm2) / days });
  }
  return rates;
}

export function drawChart(container, points, selected, onPick) {
  container.replaceChildren();
  const rates = perDay(points);
  if (rates.length === 0) {
    container.textContent = 'Not enough snapshots for a rate.';
    return;
  }
  const width = 360, height = 140, pad = 4;
  const max = Math.max(1, ...rates.map((r) => Math.abs(r.km2PerDay)));
  const root = svg('svg', { viewBox: `0 0 ${width} ${height}`, class: 'chart', preserveAspectRatio: 'none' });
  const mid = height / 2;
  const bar = (width - 2 * pad) / rates.length;
  rates.forEach((r, i) => {
    const h = (Math.abs(r.km2PerDay) / max) * (mid - pad);
    const rect = svg('rect', {
      x: pad + i * bar, width: Math.max(1, bar - 1),
      y: r.km2PerDay >= 0 ? mid - h : mid, height: Math.max(0.5, h),
      class: `${r.km2PerDay >= 0 ? 'up' : 'down'}${r.asOf === selected ? ' selected' : ''}`,
    });
    const title = svg('title', {});
    title.textContent = `${r.from} → ${r.asOf}: ${r.km2PerDay.toFixed(1)} km²/day`;
    rect.appendChild(title);
    rect.addEventListener('click', () => onPick(r.asOf));
    root.appendChild(rect);
  });
  root.appendChild(svg('line', { x1: 0, x2: width, y1: mid, y2: mid, class: 'axis' }));
  container.appendChild(root);
  const caption = document.createElement('p');
  caption.className = 'chart-caption';
  caption.textContent = `scale ±${max.toFixed(0)} km²/day; above: held area grew, below: it shrank`;
  container.appendChild(caption);
}
