/** How values read on the page. */

export function formatDate(value: string | undefined | null): string {
  if (!value) return '—';
  if (value.length === 10) return value;
  return value.replace('T', ' ').replace(/:\d\d(\.\d+)?Z$/, ' UTC');
}

export function formatPrice(price: number | undefined, currency: string | undefined): string {
  if (price === undefined) return '—';
  if (currency === 'GBX') return `${price}p`;
  return currency ? `${price} ${currency}` : String(price);
}

export function formatMove(direction: string | undefined, changePct: number | undefined): string {
  if (!direction) return '';
  const arrow = direction === 'up' ? '▲' : '▼';
  return changePct === undefined ? `${arrow} ${direction}` : `${arrow} ${direction === 'up' ? '+' : '−'}${changePct}%`;
}

export function formatFactValue(value: unknown): string {
  if (Array.isArray(value)) return value.map(formatFactValue).join(', ');
  if (value !== null && typeof value === 'object') return JSON.stringify(value);
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  return String(value);
}

export function humanise(name: string): string {
  const words = name
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/-/g, ' ')
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}
