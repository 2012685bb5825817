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

function definitions(rows, className) {
  const dl = el('dl', null, className || 'fields');
  for (const [name, value] of rows) {
    if (value === undefined || value === null || value === '') continue;
    dl.appendChild(el('dt', name));
    dl.appendChild(el('dd', value));
  }
  return dl;
}

const figureFormat = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 });

/** One publisher's answer: its verdict, why, the figure it measured, the snapshots it looked at, the command to redo it. */
function publisherAnswer(answer) {
  const li = el('li', null, `publisher verdict-${answer.verdict}`);
  li.dataset.source = answer.source;
  const head = el('p');
  head.appendChild(el('strong', answer.source));
  const badge = el('span', answer.verdict, 'verdict-chip');
  badge.style.background = VERDICT_COLOURS[answer.verdict] || VERDICT_COLOURS.none;
  head.appendChild(badge);
  li.appendChild(head);
  li.appendChild(el('p', answer.why, 'reason'));
  li.appendChild(definitions([
    ['figure', answer.figure == null ? null : figureFormat.format(answer.figure)],
    ['checked until', answer.checkedUntil],
    ['snapshots', (answer.snapshots || []).join(' · ')],
    ['command', answer.command],
  ], 'fields small'));
  return li;
}

function corroboration(c) {
  if (!c) return null;
  const others = (c.claimIds || []).length;
  const text = `${c.independentSources} independent source${c.independentSources === 1 ? '' : 's'}; ` +
    `${others} other claim${others === 1 ? '' : 's'} about the same event` +
    (c.againstInterest ? '; the speaker admits something against its own side' : '');
  return el('p', text, 'corroboration');
}

function history(entries) {
  const ol = el('ol', null, 'history');
  for (const h of entries || []) {
    ol.appendChild(el('li', `${(h.computedAt || '').slice(0, 19).replace('T', ' ')} — ${h.verdict} (${(h.inputsHash || '').slice(0, 12)}): ${h.why}`));
  }
  return ol;
}

function evidence(verdict, doc) {
  const section = el('section', null, 'evidence');
  section.id = 'evidence';
  section.appendChild(el('h3', 'Evidence'));
  if (!verdict) {
    section.appendChild(el('p', 'No verdict yet: this claim has not been checked against the maps and other sources (frontline verify).', 'no-verdict'));
  } else {
    const badge = el('p', verdict.verdict, 'verdict-badge');
    badge.dataset.verdict = verdict.verdict;
    badge.style.background = VERDICT_COLOURS[verdict.verdict] || VERDICT_COLOURS.none;
    section.appendChild(badge);
    section.appendChild(el('p', verdict.why, 'reason why'));
    if (verdict.publishersDisagree) section.appendChild(el('p', 'The publishers disagree: each answer is shown, none is merged into one truth.', 'disagree'));
    const publishers = el('ul', null, 'publishers');
    for (const answer of verdict.publishers || []) publishers.appendChild(publisherAnswer(answer));
    section.appendChild(publishers);
    section.appendChild(definitions([['checked', verdict.check], ['tolerance', verdict.tolerance], ['inputs sha-256', verdict.inputsHash]], 'fields tolerance'));
    const corr = corroboration(verdict.corroboration);
    if (corr) section.appendChild(corr);
    section.appendChild(el('h4', 'History'));
    section.appendChild(history(verdict.history));
  }
  section.appendChild(el('h4', 'Provenance'));
  section.appendChild(provenance(doc));
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
