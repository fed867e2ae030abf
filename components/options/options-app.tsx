// The settings page. Every reader setting writes through `settingsItem`, so open pages (and content
// scripts that watch the item) follow a change at once; the reader's data (marks, own outlets, ratings,
// cache) lives in the background's database and is reached through `request`.
import { useEffect, useState } from 'preact/hooks';
import type { Lang, SearchEngineId } from '../../engine/types';
import { dirOf, resolveUiLang, t, type MessageKey, type UiLang } from '../../lib/i18n';
import { DEFAULT_SETTINGS, normalizeSite, settingsItem, type BadgeDensity, type Settings, type UiLanguage } from '../../lib/settings';
import { isValidSearchTemplate, SEARCH_ENGINES } from '../shared/search-url';
import { AboutSection } from './about-section';
import { CacheSection, ImportExportSection } from './data-section';
import { SourcesSection } from './sources-section';

const ARTICLE_LANGS: Lang[] = ['ar', 'fr', 'en'];
const DENSITIES: BadgeDensity[] = ['first', 'first-two', 'all'];
/** Each language is named in itself, so a reader lost in a foreign interface finds their own. */
const UI_CHOICES: { value: UiLanguage; own: string; code?: Lang }[] = [
  { value: 'auto', own: '' },
  { value: 'ar', own: 'العربية', code: 'ar' },
  { value: 'fr', own: 'Français', code: 'fr' },
  { value: 'en', own: 'English', code: 'en' },
];

export interface OptionsAppProps {
  /** The NOTICE file's text (sources and licences of the registry). */
  notice: string;
}

export function OptionsApp({ notice }: OptionsAppProps) {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [revision, setRevision] = useState(0);
  useEffect(() => {
    void settingsItem.getValue().then((value) => setSettings({ ...DEFAULT_SETTINGS, ...value }));
    return settingsItem.watch((value) => setSettings({ ...DEFAULT_SETTINGS, ...value }));
  }, []);
  const lang: UiLang = resolveUiLang(settings?.uiLanguage ?? 'auto', navigator.language);
  useEffect(() => {
    document.documentElement.lang = lang;
    document.documentElement.dir = dirOf(lang);
    document.title = t(lang, 'optionsTitle');
  }, [lang]);
  if (!settings) {
    return (
      <main class="options">
        <p role="status">{t(lang, 'loading')}</p>
      </main>
    );
  }
  const save = (patch: Partial<Settings>) => {
    const next = { ...settings, ...patch };
    setSettings(next);
    void settingsItem.setValue(next);
  };
  const sections: { id: string; key: MessageKey }[] = [
    { id: 'sources', key: 'sectionSources' },
    { id: 'languages', key: 'sectionLanguages' },
    { id: 'badges', key: 'sectionBadges' },
    { id: 'paused', key: 'sectionPaused' },
    { id: 'search', key: 'sectionSearch' },
    { id: 'import', key: 'sectionImport' },
    { id: 'cache', key: 'sectionCache' },
    { id: 'about', key: 'sectionAbout' },
  ];
  return (
    <div class="options-page">
      <header class="options-header">
        <h1>
          <img class="app-mark" src="/icon/32.png" width={28} height={28} alt="" />
          {t(lang, 'optionsTitle')}
        </h1>
        <nav aria-label={t(lang, 'settings')}>
          <ul class="toc">
            {sections.map((s) => (
              <li key={s.id}>
                <a href={`#${s.id}`}>{t(lang, s.key)}</a>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main class="options">
        <SourcesSection lang={lang} revision={revision} />
        <LanguagesSection lang={lang} settings={settings} save={save} />
        <BadgesSection lang={lang} settings={settings} save={save} />
        <PausedSection lang={lang} settings={settings} save={save} />
        <SearchSection lang={lang} settings={settings} save={save} />
        <ImportExportSection lang={lang} onImported={() => setRevision((r) => r + 1)} />
        <CacheSection lang={lang} revision={revision} />
        <AboutSection lang={lang} notice={notice} />
      </main>
    </div>
  );
}

interface SettingsProps {
  lang: UiLang;
  settings: Settings;
  save: (patch: Partial<Settings>) => void;
}

function LanguagesSection({ lang, settings, save }: SettingsProps) {
  const browserLang = resolveUiLang('auto', navigator.language);
  return (
    <section id="languages" aria-labelledby="languages-title" class="panel">
      <h2 id="languages-title">{t(lang, 'sectionLanguages')}</h2>
      <fieldset>
        <legend>{t(lang, 'languagesIntro')}</legend>
        {ARTICLE_LANGS.map((code) => (
          <label key={code} class="check">
            <input
              type="checkbox"
              name="article-language"
              value={code}
              checked={settings.languages.includes(code)}
              onChange={(event) => {
                const on = (event.target as HTMLInputElement).checked;
                save({ languages: ARTICLE_LANGS.filter((l) => (l === code ? on : settings.languages.includes(l))) });
              }}
            />
            {t(lang, `lang_${code}` as MessageKey)}
          </label>
        ))}
        {settings.languages.length === 0 ? (
          <p class="error" role="alert">
            {t(lang, 'noLanguageWarning')}
          </p>
        ) : null}
      </fieldset>
      <div class="field">
        <label for="ui-language">{t(lang, 'sectionInterface')}</label>
        <select id="ui-language" value={settings.uiLanguage} onChange={(event) => save({ uiLanguage: (event.target as HTMLSelectElement).value as UiLanguage })}>
          {UI_CHOICES.map((choice) => (
            <option key={choice.value} value={choice.value} lang={choice.code}>
              {choice.value === 'auto' ? `${t(lang, 'uiAuto')} (${UI_CHOICES.find((c) => c.value === browserLang)?.own ?? 'English'})` : choice.own}
            </option>
          ))}
        </select>
      </div>
    </section>
  );
}

function BadgesSection({ lang, settings, save }: SettingsProps) {
  return (
    <section id="badges" aria-labelledby="badges-title" class="panel">
      <h2 id="badges-title">{t(lang, 'sectionBadges')}</h2>
      <label class="check">
        <input type="checkbox" checked={settings.badges} onChange={(event) => save({ badges: (event.target as HTMLInputElement).checked })} />
        {t(lang, 'showBadges')}
      </label>
      <div class="field">
        <label for="badge-density">{t(lang, 'density')}</label>
        <select
          id="badge-density"
          value={settings.badgeDensity}
          disabled={!settings.badges}
          onChange={(event) => save({ badgeDensity: (event.target as HTMLSelectElement).value as BadgeDensity })}
        >
          {DENSITIES.map((d) => (
            <option key={d} value={d}>
              {t(lang, `density_${d}` as MessageKey)}
            </option>
          ))}
        </select>
      </div>
    </section>
  );
}

function PausedSection({ lang, settings, save }: SettingsProps) {
  const [draft, setDraft] = useState('');
  const [error, setError] = useState<string | null>(null);
  const add = (event: Event) => {
    event.preventDefault();
    const site = normalizeSite(draft);
    if (!site) {
      setError(t(lang, 'errSite', { value: draft.trim() }));
      return;
    }
    setError(null);
    setDraft('');
    if (!settings.pausedSites.includes(site)) save({ pausedSites: [...settings.pausedSites, site].toSorted() });
  };
  return (
    <section id="paused" aria-labelledby="paused-title" class="panel">
      <h2 id="paused-title">{t(lang, 'sectionPaused')}</h2>
      <p class="muted">{t(lang, 'pausedIntro')}</p>
      {settings.pausedSites.length === 0 ? (
        <p class="muted">{t(lang, 'noPaused')}</p>
      ) : (
        <ul class="sites plain" data-testid="paused-sites">
          {settings.pausedSites.map((site) => (
            <li key={site}>
              <bdi dir="ltr">{site}</bdi>
              <button
                type="button"
                class="link-button"
                aria-label={t(lang, 'removeSite', { site })}
                onClick={() => save({ pausedSites: settings.pausedSites.filter((s) => s !== site) })}
              >
                {t(lang, 'remove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form class="inline-form" onSubmit={add} noValidate>
        <div class="field">
          <label for="pause-site">{t(lang, 'siteToPause')}</label>
          <div class="row">
            <input
              id="pause-site"
              type="text"
              dir="ltr"
              inputMode="url"
              placeholder="example.com"
              value={draft}
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? 'pause-site-error' : undefined}
              onInput={(event) => setDraft((event.target as HTMLInputElement).value)}
            />
            <button type="submit" class="button">
              {t(lang, 'addSite')}
            </button>
          </div>
          {error ? (
            <span id="pause-site-error" class="error field-error" role="alert">
              {error}
            </span>
          ) : null}
        </div>
      </form>
    </section>
  );
}

function SearchSection({ lang, settings, save }: SettingsProps) {
  const [template, setTemplate] = useState(settings.customSearchTemplate);
  const [touched, setTouched] = useState(false);
  const valid = isValidSearchTemplate(template);
  const custom = settings.searchEngine === 'custom';
  const showError = custom && (touched || template !== '') && !valid;
  return (
    <section id="search" aria-labelledby="search-title" class="panel">
      <h2 id="search-title">{t(lang, 'sectionSearch')}</h2>
      <fieldset>
        <legend>{t(lang, 'searchIntro')}</legend>
        {[...SEARCH_ENGINES, 'custom' as const].map((engine) => (
          <label key={engine} class="check">
            <input
              type="radio"
              name="search-engine"
              value={engine}
              checked={settings.searchEngine === engine}
              onChange={() => save({ searchEngine: engine as SearchEngineId | 'custom' })}
            />
            {t(lang, `engine_${engine}` as MessageKey)}
          </label>
        ))}
      </fieldset>
      {custom ? (
        <div class="field">
          <label for="search-template">{t(lang, 'customTemplate', { placeholder: '{q}' })}</label>
          <input
            id="search-template"
            type="url"
            dir="ltr"
            placeholder="https://search.example/?q={q}"
            value={template}
            aria-invalid={showError ? true : undefined}
            aria-describedby={showError ? 'search-template-error' : undefined}
            onInput={(event) => {
              const value = (event.target as HTMLInputElement).value;
              setTemplate(value);
              // Only a valid template is saved: a half-typed one would break every search link.
              if (isValidSearchTemplate(value)) save({ customSearchTemplate: value.trim() });
            }}
            onBlur={() => setTouched(true)}
          />
          {showError ? (
            <span id="search-template-error" class="error field-error" role="alert">
              {t(lang, 'errTemplate', { placeholder: '{q}' })}
            </span>
          ) : valid ? (
            <span class="ok field-error">{t(lang, 'saved')}</span>
          ) : null}
        </div>
      ) : null}
    </section>
  );
}
