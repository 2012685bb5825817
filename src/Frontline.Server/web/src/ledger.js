// The ledger table: the API's claim filters as a form, results in pages, rows that open the claim panel.
import { ApiError, getJson } from './api.js';
import { el } from './format.js';
import { VERDICT_COLOURS } from './map.js';

const TYPES = ['territory.control', 'territory.advance', 'territory.withdrawal', 'combat', 'strike', 'infrastructure',
  'mobilization', 'losses', 'civilian', 'political', 'assessment'];
const PAGE = 100;

export class Ledger {
  constructor(elements, map, onOpen) {
    this.elements = elements;
    this.map = map;
    this.onOpen = onOpen;
    this.offset = 0;
    const typeSelect = elements.form.elements.namedItem('type');
    for (const t of TYPES) typeSelect.appendChild(new Option(t, t));
  }

  async start() {
    this.elements.form.addEventListener('submit', (event) => {
      event.preventDefault();
      this.load(false).catch((e) => this.fail(e));
    });
    this.elements.form.addEventListener('change', () => this.load(false).catch((e) => this.fail(e)));
    this.elements.more.addEventListener('click', () => this.load(true).catch((e) => this.fail(e)));
    this.map.onMoveEnd(() => {
      if (this.elements.form.elements.namedItem('inView').checked) this.load(false).catch((e) => this.fail(e));
    });
    await this.load(false).catch((e) => this.fail(e));
  }

  query() {
    const form = new FormData(this.elements.form);
    const params = {};
    for (const key of ['q', 'type', 'side', 'verdict', 'oblast', 'from', 'to']) params[key] = form.get(key) || '';
    if (form.get('inView')) params.bbox = this.map.bbox();
    return params;
  }

  async load(append) {
    const started = performance.now();
    const offset = append ? this.offset + PAGE : 0;
    const requestId = (this.requestId = (this.requestId || 0) + 1);
    this.elements.status.textContent = 'Loading…';
    let page;
    try {
      page = await getJson('/api/claims', { ...this.query(), offset, limit: PAGE });
      if (requestId !== this.requestId) return; // a newer filter won
      this.offset = offset;
    } catch (error) {
      if (error instanceof ApiError && error.status === 404 && !error.problem?.parameter) {
        this.elements.status.textContent = 'This ledger has no claims yet.';
        return;
      }
      throw error;
    }
    const body = this.elements.body;
    if (!append) body.replaceChildren();
    for (const claim of page.items) body.appendChild(this.row(claim));
    if (!append) this.map.showClaims(page.items, this.onOpen);
    const shown = body.children.length;
    const ms = Math.round(performance.now() - started);
    this.elements.status.textContent = `${shown} of ${page.total ?? 'many'} claims (${ms} ms)`;
    this.elements.status.dataset.count = String(shown);
    this.elements.more.hidden = !page.next;
  }

  row(claim) {
    const tr = document.createElement('tr');
    tr.tabIndex = 0;
    tr.dataset.claimId = String(claim.id);
    tr.appendChild(el('td', claim.date || '—'));
    tr.appendChild(el('td', claim.type));
    tr.appendChild(el('td', claim.side));
    tr.appendChild(el('td', claim.quote, 'quote'));
    const verdict = el('td', claim.verdict || '—', 'verdict');
    verdict.style.color = VERDICT_COLOURS[claim.verdict || 'none'];
    tr.appendChild(verdict);
    const open = () => this.onOpen(claim.id);
    tr.addEventListener('click', open);
    tr.addEventListener('keydown', (event) => {
      if (event.key === 'Enter' || event.key === ' ') {
        event.preventDefault();
        open();
      }
    });
    return tr;
  }

  fail(error) {
    this.elements.status.textContent = String(error.message || error);
  }
}
