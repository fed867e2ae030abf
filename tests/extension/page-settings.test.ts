// The content script asks the background for the settings that matter on its page (it never reads
// extension storage itself): the pause state for that page's site, badges, density, languages.
import { describe, expect, it } from 'vitest';
import { request } from '../../lib/messaging';
import { DEFAULT_SETTINGS } from '../../lib/settings';
import { serveContext } from './background-helpers';

describe('page:settings', () => {
  it('answers the pause state of the page’s own site and the badge settings', async () => {
    const { settings } = serveContext();
    Object.assign(settings, { ...DEFAULT_SETTINGS, pausedSites: ['hespress.com'], badgeDensity: 'all', languages: ['ar'] });
    const paused = await request('page:settings', { url: 'https://fr.hespress.com/politique/123.html' });
    expect(paused).toEqual({ paused: true, badges: true, badgeDensity: 'all', uiLanguage: 'auto', languages: ['ar'] });
    const other = await request('page:settings', { url: 'https://www.lemonde.fr/international/article.html' });
    expect(other.paused).toBe(false);
  });

  it('refuses a malformed request with a clear error', async () => {
    serveContext();
    await expect(request('page:settings', { url: 42 } as never)).rejects.toThrow(/invalid page:settings payload/);
  });
});
