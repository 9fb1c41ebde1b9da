/** Where this tab keeps the API key the header's field holds: sessionStorage, so it goes when the tab closes. */
export const API_KEY_STORAGE = 'ledger.apiKey';

export function apiKey(): string {
  return sessionStorage.getItem(API_KEY_STORAGE) ?? '';
}

export function setApiKey(key: string): void {
  if (key.trim() === '') sessionStorage.removeItem(API_KEY_STORAGE);
  else sessionStorage.setItem(API_KEY_STORAGE, key.trim());
}

/** The header every request carries when a key is set. */
export function authorization(): Record<string, string> {
  const key = apiKey();
  return key ? { authorization: `Bearer ${key}` } : {};
}
