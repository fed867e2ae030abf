// The toolbar popup (and the same view opened in a tab with ?tab=<id>): the chain of transmission,
// the original outlet, where the page credits it, who the story is about, and the way to the primary
// report. It only reads from the background; the page is touched only to scroll to a phrase.
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { Actor, Analysis, Attribution, OutletRecord, OutletRef } from '../../engine/types';
import { countryName, mediumName, patternName, resolveUiLang, t, type UiLang } from '../../lib/i18n';
import { request } from '../../lib/messaging';
import type { TabState } from '../../lib/protocol';
import { getSettings } from '../../lib/settings';
import { MediumIcon } from '../medium-icon';

const POLL_MS = 300;
const POLL_LIMIT = 20;

export function PopupApp({ tabId, standalone }: { tabId: number | null; standalone: boolean }) {
  const [lang, setLang] = useState<UiLang>('en');
  const [state, setState] = useState<TabState | null>(null);

  useEffect(() => {
    void getSettings().then((settings) => setLang(resolveUiLang(settings.uiLanguage, navigator.language)));
  }, []);

  useEffect(() => {
    if (tabId === null) return;
    let cancelled = false;
    let polls = 0;
    const load = async () => {
      const next = await request('analysis:get-for-tab', { tabId });
      if (cancelled) return;
      setState(next);
      // The content script may still be reading the page: ask again a few times.
      if (next.status === 'unknown' && polls++ < POLL_LIMIT) setTimeout(() => void load(), POLL_MS);
    };
    void load().catch(() => setState({ status: 'unknown' }));
    return () => {
      cancelled = true;
    };
  }, [tabId]);

  useEffect(() => {
    document.documentElement.lang = lang;
    document.documentElement.dir = lang === 'ar' ? 'rtl' : 'ltr';
  }, [lang]);

  return (
    <main class={`popup${standalone ? ' standalone' : ''}`} data-status={state?.status ?? 'loading'}>
      <header class="top">
        <h1>{t(lang, 'appName')}</h1>
        <nav class="top-actions">
          {!standalone && tabId !== null ? (
            <button type="button" class="link-button" onClick={() => void browser.tabs.create({ url: browser.runtime.getURL(`/popup.html?tab=${tabId}`) })}>
              {t(lang, 'openInTab')}
            </button>
          ) : null}
          <button type="button" class="link-button" onClick={() => void browser.runtime.openOptionsPage()}>
            {t(lang, 'settings')}
          </button>
        </nav>
      </header>
      <Body lang={lang} state={state} tabId={tabId} />
    </main>
  );
}

function Body({ lang, state, tabId }: { lang: UiLang; state: TabState | null; tabId: number | null }) {
  if (tabId === null) return <p class="empty">{t(lang, 'noTab')}</p>;
  if (!state || state.status === 'unknown') return <p class="empty" role="status">{t(lang, 'reading')}</p>;
  if (state.status === 'not-article') return <p class="empty">{t(lang, 'notArticle')}</p>;
  if (state.status === 'paused') return <p class="empty">{t(lang, 'paused')}</p>;
  return <AnalysisView lang={lang} analysis={state.analysis} tabId={tabId} />;
}

function sameOutlet(a: OutletRef, b: OutletRef): boolean {
  return a.id !== null ? a.id === b.id : a.name === b.name;
}

function AnalysisView({ lang, analysis, tabId }: { lang: UiLang; analysis: Analysis; tabId: number }) {
  const original = analysis.originalOutlet;
  const others: OutletRef[] = [];
  for (const attribution of analysis.attributions) {
    const outlet = attribution.outlet;
    if (original && sameOutlet(outlet, original)) continue;
    if (!others.some((o) => sameOutlet(o, outlet))) others.push(outlet);
  }
  return (
    <>
      <Chain lang={lang} analysis={analysis} />
      {original ? <OutletCard lang={lang} outlet={original} analysis={analysis} /> : null}
      {others.length > 0 ? (
        <section aria-labelledby="others-title">
          <h2 id="others-title">{t(lang, 'otherOutlets')}</h2>
          <ul class="outlets">
            {others.map((outlet) => (
              <li key={outlet.id ?? outlet.name}>
                <MediumIcon medium={outlet.medium} /> <bdi>{outlet.name}</bdi>
                <span class="muted"> · {mediumName(lang, outlet.medium)} · {countryName(lang, outlet.country)}</span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {analysis.attributions.length > 0 ? <Attributions lang={lang} attributions={analysis.attributions} tabId={tabId} /> : null}
      {analysis.actors.length > 0 ? <Actors lang={lang} actors={analysis.actors} /> : null}
      {original ? <PrimaryLinks lang={lang} analysis={analysis} /> : null}
    </>
  );
}

function Chain({ lang, analysis }: { lang: UiLang; analysis: Analysis }) {
  if (!analysis.originalOutlet) {
    return (
      <section class="chain" aria-labelledby="chain-title">
        <h2 id="chain-title">{t(lang, 'chainTitle')}</h2>
        <p class="first-hand">{t(lang, 'firstHand')}</p>
      </section>
    );
  }
  const steps = analysis.chain.length > 0 ? analysis.chain : [analysis.originalOutlet];
  const startsWithHost = analysis.hostOutlet !== null && steps[0] !== undefined && sameOutlet(steps[0], analysis.hostOutlet);
  return (
    <section class="chain" aria-labelledby="chain-title">
      <h2 id="chain-title">{t(lang, 'chainTitle')}</h2>
      <ol class="chain-steps">
        {!startsWithHost ? (
          <li class="step">
            <bdi>{t(lang, 'thisPage')}</bdi>
          </li>
        ) : null}
        {steps.map((outlet, index) => (
          <li key={`${outlet.id ?? outlet.name}-${index}`} class={`step${index === steps.length - 1 ? ' original' : ''}`}>
            <MediumIcon medium={outlet.medium} /> <bdi>{outlet.name}</bdi>
          </li>
        ))}
      </ol>
    </section>
  );
}

function OutletCard({ lang, outlet, analysis }: { lang: UiLang; outlet: OutletRef; analysis: Analysis }) {
  const [record, setRecord] = useState<OutletRecord | null>(null);
  useEffect(() => {
    if (outlet.id) void request('outlet:get', { id: outlet.id }).then(setRecord, () => setRecord(null));
  }, [outlet.id]);
  const written = analysis.attributions.find((a) => sameOutlet(a.outlet, outlet));
  const asWritten = written ? written.surface.slice(written.nameStart - written.start, written.nameEnd - written.start) : null;
  const localName = record?.names[lang];
  return (
    <section class="card" aria-labelledby="original-title" data-testid="original-outlet">
      <h2 id="original-title">{t(lang, 'originalOutlet')}</h2>
      <p class="outlet-name">
        <MediumIcon medium={outlet.medium} size={16} /> <bdi>{localName ?? outlet.name}</bdi>
        {localName && localName !== outlet.name ? <span class="muted"> ({outlet.name})</span> : null}
      </p>
      {asWritten && asWritten !== outlet.name && asWritten !== localName ? <p class="muted">{t(lang, 'asWritten', { text: asWritten })}</p> : null}
      {!outlet.known ? <p class="muted">{t(lang, 'unknownOutlet')}</p> : null}
      <dl class="facts">
        <dt>{mediumName(lang, outlet.medium)}</dt>
        <dd>{countryName(lang, outlet.country)}</dd>
        {record?.languages.length ? (
          <>
            <dt>{t(lang, 'language')}</dt>
            <dd>{record.languages.map((code) => languageName(lang, code)).join(', ')}</dd>
          </>
        ) : null}
        {record?.owner ? (
          <>
            <dt>{t(lang, 'owner')}</dt>
            <dd>
              {record.owner.name}
              {record.owner.asOf ? ` (${t(lang, 'asOf', { date: record.owner.asOf })})` : ''}
              <span class="muted"> · {t(lang, 'source', { source: record.owner.source })}</span>
            </dd>
          </>
        ) : null}
        {record?.stateAffiliation ? (
          <>
            <dt>{t(lang, 'stateAffiliation')}</dt>
            <dd>
              {record.stateAffiliation.typology}
              <span class="muted"> · {t(lang, 'source', { source: record.stateAffiliation.source })}</span>
            </dd>
          </>
        ) : null}
        {record?.founded ? (
          <>
            <dt>{t(lang, 'founded')}</dt>
            <dd>{record.founded}</dd>
          </>
        ) : null}
        {record?.domains[0] ? (
          <>
            <dt>{t(lang, 'website')}</dt>
            <dd>
              <a href={`https://${record.domains[0]}`} target="_blank" rel="noopener noreferrer">
                {record.domains[0]}
              </a>
            </dd>
          </>
        ) : null}
        {record?.wikidata ? (
          <>
            <dt>{t(lang, 'wikidata')}</dt>
            <dd>
              <a href={`https://www.wikidata.org/wiki/${record.wikidata}`} target="_blank" rel="noopener noreferrer">
                {record.wikidata}
              </a>
            </dd>
          </>
        ) : null}
      </dl>
    </section>
  );
}

const languageNames = new Map<UiLang, Intl.DisplayNames>();
function languageName(lang: UiLang, code: string): string {
  let names = languageNames.get(lang);
  if (!names) {
    names = new Intl.DisplayNames([lang], { type: 'language' });
    languageNames.set(lang, names);
  }
  try {
    return names.of(code) ?? code;
  } catch {
    return code;
  }
}

function Attributions({ lang, attributions, tabId }: { lang: UiLang; attributions: Attribution[]; tabId: number }) {
  return (
    <section aria-labelledby="attr-title">
      <h2 id="attr-title">{t(lang, 'attributionsTitle')}</h2>
      <ul class="attributions">
        {attributions.map((a) => (
          <li key={`${a.start}-${a.end}`}>
            <q dir="auto">{a.surface}</q>
            <span class="muted"> · {patternName(lang, a.pattern)}</span>{' '}
            <button
              type="button"
              class="link-button"
              onClick={() => void browser.tabs.sendMessage(tabId, { type: 'page:scroll-to', start: a.start, end: a.end }).catch(() => undefined)}
            >
              {t(lang, 'showOnPage')}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}

function Actors({ lang, actors }: { lang: UiLang; actors: Actor[] }) {
  const people = actors.filter((a) => a.type === 'person');
  const orgs = actors.filter((a) => a.type === 'org');
  const row = (actor: Actor) => (
    <li key={`${actor.name}-${actor.mentions[0]?.start ?? 0}`}>
      <bdi class="actor-surface">{actor.surface}</bdi>
      {actor.name !== actor.surface ? <span class="actor-name"> — {actor.name}</span> : null}
      {actor.role ? (
        <span class="muted">
          {' '}
          · <bdi>{actor.role}</bdi>
        </span>
      ) : null}
      <span class="muted"> · {t(lang, 'mentions', { n: String(actor.mentions.length) })}</span>
    </li>
  );
  return (
    <section aria-labelledby="actors-title">
      <h2 id="actors-title">{t(lang, 'actorsTitle')}</h2>
      {people.length > 0 ? (
        <>
          <h3>{t(lang, 'people')}</h3>
          <ul class="actors" data-testid="people">{people.map(row)}</ul>
        </>
      ) : null}
      {orgs.length > 0 ? (
        <>
          <h3>{t(lang, 'organisations')}</h3>
          <ul class="actors">{orgs.map(row)}</ul>
        </>
      ) : null}
    </section>
  );
}

function PrimaryLinks({ lang, analysis }: { lang: UiLang; analysis: Analysis }) {
  const search = analysis.primaryLinks.find((link) => link.kind === 'site_search');
  const [query, setQuery] = useState(search?.query ?? '');
  const searchUrl = search && search.query !== undefined ? search.url.replace(encodeURIComponent(search.query), encodeURIComponent(query)) : null;
  return (
    <section aria-labelledby="primary-title">
      <h2 id="primary-title">{t(lang, 'primaryTitle')}</h2>
      <ul class="links" data-testid="primary-links">
        {analysis.primaryLinks
          .filter((link) => link.kind === 'in_article')
          .map((link) => (
            <li key={link.url}>
              <a href={link.url} target="_blank" rel="noopener noreferrer">
                {link.label}
              </a>
            </li>
          ))}
        {search ? (
          <li>
            <label>
              {t(lang, 'searchQuery')}{' '}
              <input type="text" value={query} dir="auto" onInput={(event) => setQuery((event.target as HTMLInputElement).value)} />
            </label>{' '}
            <a href={searchUrl ?? search.url} target="_blank" rel="noopener noreferrer" data-kind="site_search">
              {search.label}
            </a>
          </li>
        ) : null}
        {analysis.primaryLinks
          .filter((link) => link.kind === 'archive')
          .map((link) => (
            <li key={link.url}>
              <a href={link.url} target="_blank" rel="noopener noreferrer">
                {link.label}
              </a>
            </li>
          ))}
      </ul>
    </section>
  );
}
