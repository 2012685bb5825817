// The claim panel: the source text with each field's words highlighted, the fields, and the evidence.
// Document text is hostile: it is only ever put into the page as text nodes, never parsed as HTML, and
// nothing in it becomes a link.
import { getJson } from './api.js';
import { el } from './format.js';
import { VERDICT_COLOURS } from './map.js';

/** Splits text at every span boundary; each piece carries the fields whose spans cover it. */
export function segments(text, spans) {
  const cuts = new Set([0, text.length]);
  const valid = spans.filter((s) => Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.end <= text.length && s.start < s.end);
  for (const s of valid) { cuts.add(s.start); cuts.add(s.end); }
  const points = [...cuts].sort((a, b) => a - b);
  const pieces = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const [start, end] = [points[i], points[i + 1]];
    // The most specific field (the shortest span) names the piece: a place inside a quote shows as the place.
    const covering = valid.filter((s) => s.start <= start && s.end >= end).sort((a, b) => (a.end - a.start) - (b.end - b.start));
    pieces.push({ text: text.slice(start, end), fields: covering.map((s) => s.field) });
  }
  return pieces;
}

function highlighted(text, spans) {
  const container = el('div', null, 'source-text');
  for (const piece of segments(text, spans)) {
    if (piece.fields.length === 0) {
      container.appendChild(document.createTextNode(piece.text));
    } else {
      const mark = el('mark', piece.text, `field field-${piece.fields[0].replace(/[^a-z_-]/gi, '')}`);
      mark.title = piece.fields.join(', ');
      container.appendChild(mark);
    }
  }
  return container;
}

function fieldList(claim) {
  const dl = el('dl', null, 'fields');
  const rows = [
    ['quote', claim.quote], ['type', claim.type], ['side', claim.side], ['actor', claim.actor], ['speaker', claim.speaker],
    ['role', claim.speakerRole], ['channel', claim.channel], ['date', claim.date && `${claim.date} (${claim.datePrecision || 'day'})`],
    ['modality', claim.modality], ['places', (claim.places || []).map((p) => p.name || p).join(', ')],
    ['quantities', (claim.quantities || []).map((q) => q.text || `${q.value} ${q.unit || ''}`).join(', ')],
  ];
  for (const [name, value] of rows) {
    if (!value) continue;
    dl.appendChild(el('dt', name));
    dl.appendChild(el('dd', value));
  }
  return dl;
}

function provenance(doc) {
  // The URL is shown as text, not as a link: a document's URL is as hostile as its text.
  const dl = el('dl', null, 'fields provenance');
  for (const [name, value] of [['document', doc.name], ['sha-256', doc.hash], ['publisher', doc.publisher], ['url', doc.url], ['read as', doc.format && `${doc.format}, ${doc.language}`]]) {
    if (!value) continue;
    dl.appendChild(el('dt', name));
    dl.appendChild(el('dd', value));
  }
  return dl;
}

function evidence(verdict, doc) {
  const section = el('section', null, 'evidence');
  section.id = 'evidence';
  section.appendChild(el('h3', 'Evidence'));
  section.appendChild(provenance(doc));
  if (!verdict) {
    section.appendChild(el('p', 'No verdict yet: this claim has not been checked against the maps and other sources.', 'no-verdict'));
    return section;
  }
  const badge = el('p', verdict.verdict, 'verdict-badge');
  badge.style.background = VERDICT_COLOURS[verdict.verdict] || VERDICT_COLOURS.none;
  section.appendChild(badge);
  if (verdict.reason) section.appendChild(el('p', verdict.reason, 'reason'));
  const list = el('ul', null, 'evidence-list');
  for (const item of verdict.evidence || []) {
    const li = el('li');
    li.appendChild(el('strong', item.kind || 'evidence'));
    li.appendChild(document.createTextNode(` ${item.description || ''}`));
    if (item.hash) li.appendChild(el('code', item.hash.slice(0, 12), 'hash'));
    list.appendChild(li);
  }
  section.appendChild(list);
  return section;
}

export class ClaimPanel {
  constructor(dialog, body, title) {
    this.dialog = dialog;
    this.body = body;
    this.title = title;
  }

  async open(id) {
    const claim = await getJson(`/api/claims/${encodeURIComponent(id)}`);
    this.title.textContent = `${claim.type} claim by ${claim.speaker || claim.side || 'unknown'}`;
    const doc = claim.document || {};
    const parts = [
      el('p', [doc.title, doc.publisher, doc.published].filter(Boolean).join(' · '), 'doc-meta'),
      fieldList(claim),
      el('h3', 'Source text'),
      highlighted(doc.text || claim.quote || '', claim.spans || []),
      evidence(claim.verdict, doc),
    ];
    this.body.replaceChildren(...parts);
    if (!this.dialog.open) this.dialog.showModal();
    this.body.querySelector('mark')?.scrollIntoView({ block: 'center' });
  }
}
