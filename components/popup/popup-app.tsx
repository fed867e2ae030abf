// The toolbar popup (and the same view opened in a tab with ?tab=<id>): the chain of transmission,
// the original outlet, where the page credits it, who the story is about, and the way to the primary
// report. It reads from the background and writes only the reader's mark and the paused-site list;
// the page itself is touched only to scroll to a phrase. Every page-derived string is rendered as
// text (Preact escapes it), with dir="auto" or <bdi> so Arabic and Latin names keep their direction.
import { Fragment } from 'preact';
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { Actor, Analysis, Attribution, OutletRecord, OutletRef, PrimaryLink } from '../../engine/types';
import { countryName, dirOf, formatNumber, languageName, mediumName, patternName, resolveUiLang, t, type UiLang } from '../../lib/i18n';
import { request } from '../../lib/messaging';
import type { OutletDetails, TabState } from '../../lib/protocol';
import { getSettings, normalizeSite, settingsItem, type Settings } from '../../lib/settings';
import { MediumIcon } from '../medium-icon';
import { typologyText, sourceLabel, type OutletMark } from '../shared/labels';
import { MarkButtons } from '../shared/mark-buttons';
import { engineFromSettings, rebuildSiteSearch } from '../shared/search-url';

const POLL_MS = 250;
const POLL_LIMIT = 24;

export interface PopupAppProps {
  tabId: number | null;
  standalone: boolean;
  /** Settings already read by the entry point (saves a round trip before the first paint). */
  settings?: Settings;
  /** The tab's state, asked for by the entry point at the same time as the settings. */
  initialState?: TabState | null;
}

export function PopupApp({ tabId, standalone, settings: initialSettings, initialState }: PopupAppProps) {
  const [settings, setSettings] = useState<Settings | null>(initialSettings ?? null);
  const [state, setState] = useState<TabState | null>(initialState ?? null);
  const prefetched = useRef(initialState ?? null);
  const [gaveUp, setGaveUp] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [generation, setGeneration] = useState(0);
  const resumed = useRef(false);

  useEffect(() => {
    if (!initialSettings) void getSettings().then(setSettings, () => setSettings(null));
    return settingsItem.watch((value) => {
      if (value) void getSettings().then(setSettings);
    });
  }, [initialSettings]);

  useEffect(() => {
    if (tabId === null) return;
    let cancelled = false;
    let polls = 0;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const load = async () => {
      try {
        const next = prefetched.current ?? (await request('analysis:get-for-tab', { tabId }));
        prefetched.current = null;
        if (cancelled) return;
        setError(null);
        // Just resumed: the page's record says "paused" until the content script has read it again.
        const stale = resumed.current && next.status === 'paused';
        setState(stale ? { status: 'unknown' } : next);
        if (!stale) resumed.current = false;
        // The content script may still be reading the page: ask again for a while.
        if (next.status === 'unknown' || stale) {
          if (polls++ < POLL_LIMIT) timer = setTimeout(() => void load(), POLL_MS);
          else setGaveUp(true);
        }
      } catch (failure) {
        if (!cancelled) setError(failure instanceof Error ? failure.message : String(failure));
      }
    };
    setGaveUp(false);
    void load();
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [tabId, generation]);

  const lang: UiLang = resolveUiLang(settings?.uiLanguage ?? 'auto', navigator.language);
  useEffect(() => {
    document.documentElement.lang = lang;
    document.documentElement.dir = dirOf(lang);
    document.title = t(lang, 'appName');
  }, [lang]);

  const resume = async (url: string) => {
    const host = normalizeSite(url);
    const current = await getSettings();
    const pausedSites = current.pausedSites.filter((site) => !(host && (host === site || host.endsWith(`.${site}`))));
    resumed.current = true;
    await settingsItem.setValue({ ...current, pausedSites });
    setState({ status: 'unknown' });
    setGeneration((g) => g + 1);
  };

  return (
    <main class={`popup${standalone ? ' standalone' : ''}`} data-status={error ? 'error' : (state?.status ?? 'loading')} lang={lang} dir={dirOf(lang)}>
      <header class="top">
        <h1>
          <img class="app-mark" src="/icon/32.png" width={24} height={24} alt="" />
          {t(lang, 'appName')}
        </h1>
        <nav class="top-actions" aria-label={t(lang, 'appName')}>
          {!standalone && tabId !== null ? (
            <button
              type="button"
              class="link-button"
              onClick={() => void browser.tabs.create({ url: browser.runtime.getURL(`/popup.html?tab=${tabId}`) }).then(() => window.close())}
            >
              {t(lang, 'openInTab')}
            </button>
          ) : null}
          <button type="button" class="link-button" onClick={() => void browser.runtime.openOptionsPage()}>
            {t(lang, 'settings')}
          </button>
        </nav>
      </header>
      {error ? (
        <p class="empty error" role="alert">
          {t(lang, 'loadError', { error })}
        </p>
      ) : (
        <Body lang={lang} state={state} tabId={tabId} gaveUp={gaveUp} settings={settings} standalone={standalone} onResume={resume} />
      )}
    </main>
  );
}

interface BodyProps {
  lang: UiLang;
  state: TabState | null;
  tabId: number | null;
  gaveUp: boolean;
  settings: Settings | null;
  standalone: boolean;
  onResume: (url: string) => Promise<void>;
}

function Body({ lang, state, tabId, gaveUp, settings, standalone, onResume }: BodyProps) {
  if (tabId === null) return <p class="empty">{t(lang, 'noTab')}</p>;
  if (!state || state.status === 'unknown') {
    return gaveUp ? (
      <p class="empty">{t(lang, 'notRead')}</p>
    ) : (
      <p class="empty reading" role="status">
        <span class="spinner" aria-hidden="true" />
        {t(lang, 'reading')}
      </p>
    );
  }
  if (state.status === 'not-article') return <p class="empty">{t(lang, 'notArticle')}</p>;
  if (state.status !== 'analysed') {
    return (
      <div class="empty paused">
        <p>{t(lang, 'paused')}</p>
        <button type="button" class="button primary" onClick={() => void onResume(state.url)}>
          {t(lang, 'resumeSite')}
        </button>
      </div>
    );
  }
  return <AnalysisView lang={lang} analysis={state.analysis} url={state.url} tabId={tabId} settings={settings} standalone={standalone} />;
}

export function sameOutlet(a: OutletRef, b: OutletRef): boolean {
  return a.id !== null || b.id !== null ? a.id === b.id : a.name === b.name;
}

/** An address as a reader reads it: no protocol, no `www.`, decoded (Arabic paths stay legible). */
function shortUrl(url: string): string {
  try {
    const parsed = new URL(url);
    const path = decodeURI(parsed.pathname + parsed.search).replace(/\/$/, '');
    return `${parsed.hostname.replace(/^www\./, '')}${path}`;
  } catch {
    return url;
  }
}

function hostOf(url: string): string | null {
  try {
    return new URL(url).hostname.replace(/^www\./, '') || null;
  } catch {
    return null;
  }
}

interface AnalysisViewProps {
  lang: UiLang;
  analysis: Analysis;
  url: string;
  tabId: number;
  settings: Settings | null;
  standalone: boolean;
}

function AnalysisView({ lang, analysis, url, tabId, settings, standalone }: AnalysisViewProps) {
  const original = analysis.originalOutlet;
  const others: OutletRef[] = [];
  for (const attribution of analysis.attributions) {
    const outlet = attribution.outlet;
    if (original && sameOutlet(outlet, original)) continue;
    if (analysis.hostOutlet && sameOutlet(outlet, analysis.hostOutlet)) continue;
    if (!others.some((o) => sameOutlet(o, outlet))) others.push(outlet);
  }
  return (
    <>
      <Chain lang={lang} analysis={analysis} url={url} />
      {original ? <OutletCard lang={lang} outlet={original} attributions={analysis.attributions} /> : null}
      {others.length > 0 ? (
        <section aria-labelledby="others-title">
          <h2 id="others-title">{t(lang, 'otherOutlets')}</h2>
          <ul class="outlets plain">
            {others.map((outlet) => (
              <li key={outlet.id ?? outlet.name}>
                <MediumIcon medium={outlet.medium} /> <bdi class="strong">{outlet.name}</bdi>
                <span class="muted">
                  {' · '}
                  {mediumName(lang, outlet.medium)}
                  {outlet.country ? ` · ${countryName(lang, outlet.country)}` : ''}
                </span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {analysis.attributions.length > 0 ? <Attributions lang={lang} attributions={analysis.attributions} tabId={tabId} standalone={standalone} /> : null}
      {analysis.actors.length > 0 ? <Actors lang={lang} actors={analysis.actors} /> : null}
      {original || analysis.primaryLinks.length > 0 ? <PrimaryLinks lang={lang} links={analysis.primaryLinks} original={original} settings={settings} /> : null}
    </>
  );
}

function Chain({ lang, analysis, url }: { lang: UiLang; analysis: Analysis; url: string }) {
  const original = analysis.originalOutlet;
  const host = analysis.hostOutlet;
  const relayed = original ? (analysis.chain.length > 0 ? analysis.chain : [original]) : [];
  const steps = host && relayed[0] && sameOutlet(relayed[0], host) ? relayed.slice(1) : relayed;
  const siteName = host?.name ?? hostOf(url) ?? t(lang, 'thisPage');
  return (
    <section class="chain" aria-labelledby="chain-title" data-testid="chain">
      <h2 id="chain-title">{t(lang, 'chainTitle')}</h2>
      <ol class="chain-steps">
        <li class="step site">
          <span class="step-box">
            <span class="step-tag">{t(lang, 'thisSite')}</span>
            <span class="step-name">
              {host ? <MediumIcon medium={host.medium} /> : null}
              <bdi>{siteName}</bdi>
            </span>
          </span>
        </li>
        {steps.map((outlet, index) => {
          const isOriginal = index === steps.length - 1;
          return (
            <li key={`${outlet.id ?? outlet.name}-${index}`} class={`step${isOriginal ? ' original' : ''}`}>
              <span class="via">{t(lang, 'via')}</span>
              <span class="step-box">
                <span class="step-tag">{isOriginal ? t(lang, 'originalTag') : '\u00a0'}</span>
                <span class="step-name">
                  <MediumIcon medium={outlet.medium} />
                  <bdi>{outlet.name}</bdi>
                </span>
              </span>
            </li>
          );
        })}
      </ol>
      {!original ? <p class="first-hand">{t(lang, 'firstHand')}</p> : null}
    </section>
  );
}

/** Folds the spellings of one name together: case, Arabic diacritics and hamza forms, spaces. */
function foldName(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\p{M}\u0640]/gu, '')
    .replace(/[أإآٱ]/g, 'ا')
    .replace(/ى/g, 'ي')
    .replace(/ة/g, 'ه')
    .toLowerCase()
    .replace(/[\s\p{P}]+/gu, '');
}

/**
 * The outlet's name as the attributions wrote it, in order, without repeats. When the registry record
 * is known, only spellings of its names count: "the newspaper" (الصحيفة) refers to it but is no name.
 */
function namesAsWritten(outlet: OutletRef, attributions: Attribution[], record: OutletRecord | null): string[] {
  const known = record ? new Set([record.name, ...Object.values(record.names), ...record.aliases].map(foldName)) : null;
  const names: string[] = [];
  const seen = new Set<string>();
  for (const a of attributions) {
    if (!sameOutlet(a.outlet, outlet)) continue;
    const name = a.surface.slice(a.nameStart - a.start, a.nameEnd - a.start).trim();
    const folded = foldName(name);
    if (!name || seen.has(name)) continue;
    // A name with a clitic (وأوروب 1, لأوروب 1) is still a spelling of the name.
    if (known && !known.has(folded) && !known.has(folded.replace(/^(و|ف|ب|ل|ك|وب|ول|فب|فل)/u, ''))) continue;
    seen.add(name);
    names.push(name);
  }
  return names;
}

function OutletCard({ lang, outlet, attributions }: { lang: UiLang; outlet: OutletRef; attributions: Attribution[] }) {
  const [details, setDetails] = useState<OutletDetails | null>(null);
  // A local performance mark: `npm run bench:popup` reads it to time opening → card on screen.
  useLayoutEffect(() => {
    performance.mark?.('isnad:original-outlet');
  }, []);
  useEffect(() => {
    setDetails(null);
    if (!outlet.id) return;
    let cancelled = false;
    const id = outlet.id;
    request('outlet:details', { id })
      .catch(async () => {
        // An older background without outlet:details: the record alone still fills the card.
        const record = await request('outlet:get', { id });
        return record ? { outlet: record, preference: null, ratings: [] } : null;
      })
      .then(
        (value) => {
          if (!cancelled) setDetails(value);
        },
        () => undefined,
      );
    return () => {
      cancelled = true;
    };
  }, [outlet.id]);
  const record: OutletRecord | null = details?.outlet ?? null;
  const uiName = record?.names[lang] ?? record?.name ?? outlet.name;
  const canonical = record?.name ?? outlet.name;
  const written = namesAsWritten(outlet, attributions, record).filter((name) => name !== uiName);
  const domain = record?.domains[0] ?? outlet.domain;
  const medium = record?.medium ?? outlet.medium;
  const country = record?.country ?? outlet.country;
  return (
    <section class="card" aria-labelledby="original-title" data-testid="original-outlet" data-outlet-id={outlet.id ?? ''}>
      <h2 id="original-title">{t(lang, 'originalOutlet')}</h2>
      <p class="outlet-name">
        <MediumIcon medium={medium} size={18} />
        <bdi>{uiName}</bdi>
        {canonical !== uiName ? (
          <span class="muted alt-name">
            (<bdi>{canonical}</bdi>)
          </span>
        ) : null}
      </p>
      {written.length > 0 ? (
        <p class="as-written">
          <span class="muted">{t(lang, 'asWrittenOnPage')} </span>
          {written.map((name, index) => (
            <Fragment key={name}>
              {index > 0 ? <span class="muted"> · </span> : null}
              <bdi dir="auto" class="quoted">
                {name}
              </bdi>
            </Fragment>
          ))}
        </p>
      ) : null}
      {!outlet.known ? <p class="notice">{t(lang, 'notInRegistry')}</p> : null}
      <dl class="facts">
        <dt>{t(lang, 'medium')}</dt>
        <dd data-testid="outlet-medium">{mediumName(lang, medium)}</dd>
        <dt>{t(lang, 'country')}</dt>
        <dd data-testid="outlet-country">{countryName(lang, country)}</dd>
        {record && record.languages.length > 0 ? (
          <>
            <dt>{record.languages.length > 1 ? t(lang, 'languages') : t(lang, 'language')}</dt>
            <dd>{record.languages.map((code) => languageName(lang, code)).join(lang === 'ar' ? '، ' : ', ')}</dd>
          </>
        ) : null}
        {record?.owner ? (
          <>
            <dt>{t(lang, 'owner')}</dt>
            <dd>
              <bdi>{record.owner.name}</bdi>
              {record.owner.asOf ? ` (${t(lang, 'asOf', { date: record.owner.asOf })})` : ''}
              <span class="source">{t(lang, 'source', { source: sourceLabel(lang, record.owner.source) })}</span>
            </dd>
          </>
        ) : null}
        {record ? (
          <>
            <dt>{t(lang, 'stateAffiliation')}</dt>
            {record.stateAffiliation ? (
              <dd data-testid="state-affiliation">
                {typologyText(lang, record.stateAffiliation.typology)}
                <span class="source">{t(lang, 'source', { source: sourceLabel(lang, record.stateAffiliation.source) })}</span>
              </dd>
            ) : (
              <dd class="muted">{t(lang, 'noStateRecord')}</dd>
            )}
          </>
        ) : null}
        {record?.founded ? (
          <>
            <dt>{t(lang, 'founded')}</dt>
            <dd>{record.founded}</dd>
          </>
        ) : null}
        {domain ? (
          <>
            <dt>{t(lang, 'website')}</dt>
            <dd>
              <a href={`https://${domain}`} target="_blank" rel="noopener noreferrer" dir="ltr">
                {domain}
              </a>
            </dd>
          </>
        ) : null}
        {record?.wikidata ? (
          <>
            <dt>{t(lang, 'wikidata')}</dt>
            <dd>
              <a href={`https://www.wikidata.org/wiki/${encodeURIComponent(record.wikidata)}`} target="_blank" rel="noopener noreferrer" dir="ltr">
                {record.wikidata}
              </a>
            </dd>
          </>
        ) : null}
      </dl>
      {outlet.id ? (
        <div class="card-mark">
          <span id="mark-label" class="muted">
            {t(lang, 'yourMark')}
          </span>
          <MarkButtons
            lang={lang}
            outletId={outlet.id}
            mark={(details?.preference?.mark as OutletMark | null | undefined) ?? null}
            note={details?.preference?.note}
            labelId="mark-label"
          />
        </div>
      ) : null}
      {details && details.ratings.length > 0 ? (
        <div class="ratings">
          <h3>{t(lang, 'yourRatings')}</h3>
          <ul class="plain" data-testid="ratings">
            {details.ratings.map((rating) => (
              <li key={rating.id ?? `${rating.source}-${rating.rating}`}>
                <bdi class="strong">{rating.rating}</bdi> <span class="muted">{t(lang, 'ratingFrom', { source: rating.source })}</span>
                {rating.note ? (
                  <span class="block rating-note" dir="auto">
                    {rating.note}
                  </span>
                ) : null}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </section>
  );
}

function Attributions({ lang, attributions, tabId, standalone }: { lang: UiLang; attributions: Attribution[]; tabId: number; standalone: boolean }) {
  const [failed, setFailed] = useState<string | null>(null);
  const show = async (a: Attribution) => {
    setFailed(null);
    try {
      if (standalone) await browser.tabs.update(tabId, { active: true });
      const reply = (await browser.tabs.sendMessage(tabId, { type: 'page:scroll-to', start: a.start, end: a.end })) as { ok?: boolean; value?: unknown } | undefined;
      if (!reply || reply.value === false) setFailed(`${a.start}-${a.end}`);
    } catch {
      setFailed(`${a.start}-${a.end}`);
    }
  };
  return (
    <section aria-labelledby="attr-title">
      <h2 id="attr-title">{t(lang, 'attributionsTitle')}</h2>
      <ul class="attributions plain" data-testid="attributions">
        {attributions.map((a) => {
          const key = `${a.start}-${a.end}`;
          return (
            <li key={key}>
              <span class="phrase" dir="auto">
                {a.surface}
              </span>
              <span class="attr-meta">
                <span class="muted">
                  {patternName(lang, a.pattern)} · <bdi>{a.outlet.name}</bdi>
                </span>
                <button type="button" class="link-button" aria-label={t(lang, 'showOnPageLabel', { text: a.surface })} onClick={() => void show(a)}>
                  {t(lang, 'showOnPage')}
                </button>
              </span>
              {failed === key ? (
                <span class="error block" role="status">
                  {t(lang, 'showOnPageFailed')}
                </span>
              ) : null}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

const byMentions = (a: Actor, b: Actor) => b.mentions.length - a.mentions.length;

function Actors({ lang, actors }: { lang: UiLang; actors: Actor[] }) {
  const people = actors.filter((a) => a.type === 'person').toSorted(byMentions);
  const orgs = actors.filter((a) => a.type === 'org').toSorted(byMentions);
  const row = (actor: Actor) => (
    <li key={`${actor.name}-${actor.mentions[0]?.start ?? 0}`} class="actor">
      <span class="actor-names">
        <bdi dir="auto" class="strong actor-surface">
          {actor.surface}
        </bdi>
        {actor.name !== actor.surface ? (
          <>
            <span class="muted" aria-hidden="true">
              ·
            </span>
            <bdi dir="auto" class="actor-name">
              {actor.name}
            </bdi>
          </>
        ) : null}
      </span>
      <span class="muted count">{t(lang, 'mentions', { n: formatNumber(lang, actor.mentions.length) })}</span>
      {actor.role ? (
        <bdi dir="auto" class="actor-role">
          {actor.role}
        </bdi>
      ) : null}
    </li>
  );
  return (
    <section aria-labelledby="actors-title">
      <h2 id="actors-title">{t(lang, 'actorsTitle')}</h2>
      {people.length > 0 ? (
        <>
          <h3 id="people-title">{t(lang, 'people')}</h3>
          <ul class="actors plain" data-testid="people" aria-labelledby="people-title">
            {people.map(row)}
          </ul>
        </>
      ) : null}
      {orgs.length > 0 ? (
        <>
          <h3 id="orgs-title">{t(lang, 'organisations')}</h3>
          <ul class="actors plain" data-testid="organisations" aria-labelledby="orgs-title">
            {orgs.map(row)}
          </ul>
        </>
      ) : null}
    </section>
  );
}

function PrimaryLinks({ lang, links, original, settings }: { lang: UiLang; links: PrimaryLink[]; original: OutletRef | null; settings: Settings | null }) {
  const inArticle = links.filter((link) => link.kind === 'in_article');
  const search = links.find((link) => link.kind === 'site_search') ?? null;
  const archives = links.filter((link) => link.kind === 'archive');
  const [query, setQuery] = useState(search?.query ?? '');
  const engine = settings ? engineFromSettings(settings) : null;
  const searchUrl = search ? rebuildSiteSearch(search, query, engine, original?.domain ?? null) : null;
  const domain = original?.domain ?? null;
  return (
    <section aria-labelledby="primary-title">
      <h2 id="primary-title">{t(lang, 'primaryTitle')}</h2>
      {links.length === 0 ? <p class="muted">{t(lang, 'noPrimaryLinks')}</p> : null}
      {inArticle.length > 0 ? (
        <>
          <h3>{t(lang, 'inArticleLinks')}</h3>
          <ul class="links" data-testid="in-article-links">
            {inArticle.map((link) => (
              <li key={link.url}>
                <a href={link.url} target="_blank" rel="noopener noreferrer" dir="ltr" data-kind="in_article">
                  {shortUrl(link.url)}
                </a>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {search && searchUrl ? (
        <form
          class="site-search"
          data-testid="site-search"
          onSubmit={(event) => {
            event.preventDefault();
            void browser.tabs.create({ url: searchUrl });
          }}
        >
          <label for="search-query">{t(lang, 'searchQuery')}</label>
          <div class="search-row">
            <input id="search-query" type="search" value={query} dir="auto" onInput={(event) => setQuery((event.target as HTMLInputElement).value)} />
            <a class="button primary" href={searchUrl} target="_blank" rel="noopener noreferrer" data-kind="site_search">
              {domain ? t(lang, 'siteSearchOn', { domain }) : t(lang, 'search')}
            </a>
          </div>
        </form>
      ) : null}
      {archives.length > 0 ? (
        <ul class="links plain">
          {archives.map((link) => (
            <li key={link.url}>
              <a href={link.url} target="_blank" rel="noopener noreferrer" data-kind="archive">
                {t(lang, 'archiveLink')}
              </a>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
