// Number and date formatting for display. Figures keep the server's precision to 0.1 km².
const km2Format = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });
const signedFormat = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1, signDisplay: 'exceptZero' });

export const km2 = (value) => `${km2Format.format(value)} km²`;
export const signedKm2 = (value) => `${signedFormat.format(value)} km²`;

/** Whole days between two yyyy-MM-dd dates. */
export function daysBetween(from, to) {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86400000);
}

/** Creates an element with text content only: the one way this page puts data into the DOM. */
export function el(tag, text, className) {
  const node = document.createElement(tag);
  if (text !== undefined && text !== null) node.textContent = String(text);
  if (className) node.className = className;
  return node;
}
