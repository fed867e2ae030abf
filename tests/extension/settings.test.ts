// One saved example per settings version, read through the real `wxt/storage` item on the fake browser.
import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { coerceSettings, DEFAULT_SETTINGS, getSettings, isPaused, migrateV1, settingsItem } from '../../lib/settings';
import v1 from './fixtures/settings-v1.json';
import v2 from './fixtures/settings-v2.json';

describe('settings versions', () => {
  it('migrates a saved v1 value to the current shape and records the version', async () => {
    await fakeBrowser.storage.local.set(v1.storage);
    await settingsItem.migrate();
    expect(await getSettings()).toEqual(v1.expected);
    expect(await fakeBrowser.storage.local.get('settings$')).toEqual({ 'settings$': { v: 2 } });
    // Migrating again is a no-op.
    await settingsItem.migrate();
    expect(await getSettings()).toEqual(v1.expected);
  });

  it('reads a saved v2 value unchanged', async () => {
    await fakeBrowser.storage.local.set(v2.storage);
    await settingsItem.migrate();
    expect(await getSettings()).toEqual(v2.expected);
    expect(await settingsItem.getValue()).toEqual(v2.storage.settings);
  });

  it('falls back to the defaults with nothing saved, and field by field for a damaged value', async () => {
    expect(await getSettings()).toEqual(DEFAULT_SETTINGS);
    expect(coerceSettings({ badges: 'yes', languages: ['fr', 'de', 3], pausedSites: 'x', searchEngine: 'altavista', badgeDensity: 'all' })).toEqual({
      ...DEFAULT_SETTINGS,
      languages: ['fr'],
      badgeDensity: 'all',
    });
    expect(coerceSettings(null)).toEqual(DEFAULT_SETTINGS);
  });

  it('keeps v1 migration total: an unknown engine or a missing list still migrates', () => {
    expect(migrateV1({ showBadges: true, paused: '', searchEngine: 'altavista' })).toEqual(DEFAULT_SETTINGS);
  });

  it('pauses a site and its subdomains', () => {
    const settings = { ...DEFAULT_SETTINGS, pausedSites: ['hespress.com'] };
    expect(isPaused(settings, 'https://fr.hespress.com/x')).toBe(true);
    expect(isPaused(settings, 'https://www.hespress.com/')).toBe(true);
    expect(isPaused(settings, 'https://nothespress.com/')).toBe(false);
  });
});
