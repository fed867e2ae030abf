// The settings page. Every control writes through `settingsItem`, so open pages (and content scripts
// that watch the item) follow a change at once.
import { useEffect, useState } from 'preact/hooks';
import { resolveUiLang, type UiLang } from '../../lib/i18n';
import { DEFAULT_SETTINGS, normalizeSite, settingsItem, type Settings } from '../../lib/settings';

export function OptionsApp() {
  const [settings, setSettings] = useState<Settings | null>(null);
  useEffect(() => {
    void settingsItem.getValue().then((value) => setSettings({ ...DEFAULT_SETTINGS, ...value }));
    return settingsItem.watch((value) => setSettings({ ...DEFAULT_SETTINGS, ...value }));
  }, []);
  const lang: UiLang = resolveUiLang(settings?.uiLanguage ?? 'auto', navigator.language);
  useEffect(() => {
    document.documentElement.lang = lang;
    document.documentElement.dir = lang === 'ar' ? 'rtl' : 'ltr';
  }, [lang]);
  if (!settings) return null;
  const save = (patch: Partial<Settings>) => void settingsItem.setValue({ ...settings, ...patch });
  return (
    <main class="options">
      <h1>Isnad</h1>
      <fieldset>
        <legend>Badges</legend>
        <label>
          <input type="checkbox" checked={settings.badges} onChange={(e) => save({ badges: (e.target as HTMLInputElement).checked })} /> Show badges on pages
        </label>
        <label>
          Density{' '}
          <select value={settings.badgeDensity} onChange={(e) => save({ badgeDensity: (e.target as HTMLSelectElement).value as Settings['badgeDensity'] })}>
            <option value="first">First mention of each outlet</option>
            <option value="first-two">First two mentions of each outlet</option>
            <option value="all">Every mention</option>
          </select>
        </label>
      </fieldset>
      <fieldset>
        <legend>Paused sites</legend>
        <textarea
          aria-label="Paused sites, one per line"
          value={settings.pausedSites.join('\n')}
          onChange={(e) =>
            save({
              pausedSites: (e.target as HTMLTextAreaElement).value
                .split(/\s+/)
                .map((s) => normalizeSite(s))
                .filter((s): s is string => s !== null),
            })
          }
        />
      </fieldset>
    </main>
  );
}
