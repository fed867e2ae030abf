// The content script's view of the settings: one storage read and one change listener, without the
// versioned item machinery (the background and the settings page run migrations; a not-yet-migrated
// or partial value is coerced field by field).
import { browser } from 'wxt/browser';
import { coerceSettings, type Settings } from './settings-core';

/** The storage key `settingsItem` ('local:settings') writes to. */
const KEY = 'settings';

export async function readSettings(): Promise<Settings> {
  const stored = await browser.storage.local.get(KEY);
  return coerceSettings(stored[KEY]);
}

export function watchSettings(callback: (settings: Settings) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && KEY in changes) callback(coerceSettings(changes[KEY]?.newValue));
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
