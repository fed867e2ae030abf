// Preferred sources: find any outlet by any name, alias or domain (the background's outlet:search),
// mark it preferred / trusted / avoided with a note, list the outlets already marked, and add or
// correct outlets of the reader's own.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { OutletRecord } from '../../engine/types';
import type { Preference } from '../../lib/db';
import { countryName, formatNumber, mediumName, t, type UiLang } from '../../lib/i18n';
import { request } from '../../lib/messaging';
import { MediumIcon } from '../medium-icon';
import type { OutletMark } from '../shared/labels';
import { MarkButtons } from '../shared/mark-buttons';
import { OutletForm } from './outlet-form';

const SEARCH_DELAY_MS = 150;

interface SourcesSectionProps {
  lang: UiLang;
  /** Bumped when an import changed the reader's data: lists reload. */
  revision: number;
}

export function SourcesSection({ lang, revision }: SourcesSectionProps) {
  const [query, setQuery] = useState('');
  const [results, setResults] = useState<OutletRecord[] | null>(null);
  const [preferences, setPreferences] = useState<Map<string, Preference>>(new Map());
  const [marked, setMarked] = useState<OutletRecord[]>([]);
  const [custom, setCustom] = useState<OutletRecord[]>([]);
  const [editing, setEditing] = useState<{ base: OutletRecord | null } | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [localRevision, setLocalRevision] = useState(0);
  const searchSeq = useRef(0);

  useEffect(() => {
    let cancelled = false;
    void (async () => {
      const list = await request('preference:list', {}).catch(() => [] as Preference[]);
      const records = await Promise.all(list.filter((p) => p.mark || p.note).map((p) => request('outlet:get', { id: p.outletId }).catch(() => null)));
      const bundle = await request('data:export', {}).catch(() => null);
      if (cancelled) return;
      setPreferences(new Map(list.map((p) => [p.outletId, p])));
      setMarked(records.filter((r): r is OutletRecord => r !== null));
      setCustom(bundle?.customOutlets ?? []);
    })();
    return () => {
      cancelled = true;
    };
  }, [revision, localRevision]);

  useEffect(() => {
    const trimmed = query.trim();
    const seq = ++searchSeq.current;
    if (!trimmed) {
      setResults(null);
      return;
    }
    const timer = setTimeout(() => {
      request('outlet:search', { query: trimmed, limit: 20 }).then(
        (found) => {
          if (seq === searchSeq.current) setResults(found);
        },
        () => {
          if (seq === searchSeq.current) setResults([]);
        },
      );
    }, SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [query]);

  const refresh = () => setLocalRevision((r) => r + 1);

  const row = (outlet: OutletRecord, context: string) => (
    <OutletRow
      key={`${context}-${outlet.id}`}
      lang={lang}
      outlet={outlet}
      context={context}
      preference={preferences.get(outlet.id) ?? null}
      isCustom={custom.some((c) => c.id === outlet.id)}
      onCorrect={() => setEditing({ base: outlet })}
      onChanged={refresh}
    />
  );

  return (
    <section id="sources" aria-labelledby="sources-title" class="panel">
      <h2 id="sources-title">{t(lang, 'sectionSources')}</h2>
      <p class="muted">{t(lang, 'sourcesIntro')}</p>
      <div class="field">
        <label for="outlet-search">{t(lang, 'findOutlet')}</label>
        <input
          id="outlet-search"
          type="search"
          dir="auto"
          autocomplete="off"
          value={query}
          aria-describedby="outlet-search-hint"
          aria-controls="outlet-results"
          onInput={(event) => setQuery((event.target as HTMLInputElement).value)}
          onKeyDown={(event) => {
            if (event.key === 'Escape' && query) {
              event.preventDefault();
              setQuery('');
            }
          }}
        />
        <span id="outlet-search-hint" class="hint">
          {t(lang, 'findHint')}
        </span>
      </div>
      <div id="outlet-results" aria-live="polite">
        {results !== null ? (
          results.length === 0 ? (
            <p class="muted">{t(lang, 'noResults', { q: query.trim() })}</p>
          ) : (
            <>
              <p class="muted sr-only">{t(lang, 'resultsCount', { n: formatNumber(lang, results.length) })}</p>
              <ul class="outlet-list plain" data-testid="search-results">
                {results.map((outlet) => row(outlet, 'result'))}
              </ul>
            </>
          )
        ) : null}
      </div>

      <h3>{t(lang, 'markedOutlets')}</h3>
      {marked.length === 0 ? (
        <p class="muted">{t(lang, 'noneMarked')}</p>
      ) : (
        <ul class="outlet-list plain" data-testid="marked-outlets">
          {marked.map((outlet) => row(outlet, 'marked'))}
        </ul>
      )}

      <h3>{t(lang, 'customOutlets')}</h3>
      <p class="muted">{t(lang, 'customIntro')}</p>
      {custom.length > 0 ? (
        <ul class="outlet-list plain" data-testid="custom-outlets">
          {custom.map((outlet) => row(outlet, 'custom'))}
        </ul>
      ) : null}
      <button type="button" class="button" onClick={() => setEditing({ base: null })}>
        {t(lang, 'addOutlet')}
      </button>
      {status ? (
        <p class="ok" role="status">
          {status}
        </p>
      ) : null}
      {editing ? (
        <OutletForm
          lang={lang}
          base={editing.base}
          onClose={() => setEditing(null)}
          onSaved={(record) => {
            setEditing(null);
            setStatus(t(lang, 'customSaved', { name: record.name }));
            refresh();
          }}
        />
      ) : null}
    </section>
  );
}

interface OutletRowProps {
  lang: UiLang;
  outlet: OutletRecord;
  context: string;
  preference: Preference | null;
  isCustom: boolean;
  onCorrect: () => void;
  onChanged: () => void;
}

function OutletRow({ lang, outlet, context, preference, isCustom, onCorrect, onChanged }: OutletRowProps) {
  const [note, setNote] = useState(preference?.note ?? '');
  const [noteOpen, setNoteOpen] = useState(false);
  const [saved, setSaved] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const mark = (preference?.mark as OutletMark | null | undefined) ?? null;
  const uiName = outlet.names[lang] ?? outlet.name;
  const base = `${context}-${outlet.id}`.replace(/[^a-zA-Z0-9_-]/g, '_');
  const saveNote = async () => {
    setError(null);
    try {
      await request('preference:set', { outletId: outlet.id, mark, note });
      setSaved(true);
      onChanged();
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
    }
  };
  return (
    <li class="outlet-row" data-outlet-id={outlet.id}>
      <div class="outlet-head">
        <MediumIcon medium={outlet.medium} size={16} />
        <bdi class="strong" id={`${base}-name`}>
          {uiName}
        </bdi>
        {uiName !== outlet.name ? (
          <span class="muted">
            (<bdi>{outlet.name}</bdi>)
          </span>
        ) : null}
        <span class="muted">
          {mediumName(lang, outlet.medium)} · {countryName(lang, outlet.country)}
          {outlet.domains[0] ? (
            <>
              {' · '}
              <bdi dir="ltr">{outlet.domains[0]}</bdi>
            </>
          ) : null}
        </span>
      </div>
      <div class="outlet-actions">
        <MarkButtons lang={lang} outletId={outlet.id} mark={mark} labelId={`${base}-name`} onChange={onChanged} note={preference?.note} />
        <button type="button" class="link-button" aria-expanded={noteOpen} aria-controls={`${base}-note`} onClick={() => setNoteOpen(!noteOpen)}>
          {t(lang, 'note')}
        </button>
        <button type="button" class="link-button" onClick={onCorrect}>
          {t(lang, 'correctOutlet')}
        </button>
        {isCustom ? (
          <button
            type="button"
            class="link-button danger-link"
            onClick={() =>
              void request('custom-outlet:delete', { id: outlet.id }).then(onChanged, (failure: unknown) =>
                setError(failure instanceof Error ? failure.message : String(failure)),
              )
            }
          >
            {t(lang, 'remove')}
          </button>
        ) : null}
      </div>
      {preference?.note && !noteOpen ? (
        <p class="note-text" dir="auto">
          {preference.note}
        </p>
      ) : null}
      {noteOpen ? (
        <div
          class="note-editor"
          id={`${base}-note`}
          onKeyDown={(event) => {
            if (event.key === 'Escape') {
              event.stopPropagation();
              setNoteOpen(false);
            }
          }}
        >
          <label for={`${base}-note-input`}>{t(lang, 'note')}</label>
          <textarea
            id={`${base}-note-input`}
            dir="auto"
            rows={2}
            maxLength={2000}
            value={note}
            onInput={(event) => {
              setSaved(false);
              setNote((event.target as HTMLTextAreaElement).value);
            }}
          />
          <button type="button" class="button" onClick={() => void saveNote()}>
            {t(lang, 'saveNote')}
          </button>
          {saved ? (
            <span class="ok" role="status">
              {' '}
              {t(lang, 'saved')}
            </span>
          ) : null}
        </div>
      ) : null}
      {error ? (
        <p class="error" role="alert">
          {error}
        </p>
      ) : null}
    </li>
  );
}
