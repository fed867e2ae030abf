// Import and export (one JSON file; CSV ratings with a named source) and the analysis cache. Files are
// read in the page and handed to the background as text: it validates all of it before changing
// anything, and its error (naming the line and field) is shown as it comes.
import { useEffect, useRef, useState } from 'preact/hooks';
import { formatNumber, t, type UiLang } from '../../lib/i18n';
import { request } from '../../lib/messaging';
import type { CacheCounts, ImportResult } from '../../lib/protocol';
import { formatBytes } from '../shared/labels';

type Message = { kind: 'ok' | 'error'; text: string } | null;

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function counts(lang: UiLang, result: ImportResult): Record<string, string> {
  return {
    preferences: formatNumber(lang, result.preferences),
    customOutlets: formatNumber(lang, result.customOutlets),
    ratings: formatNumber(lang, result.ratings),
  };
}

/** Saves text as a real file through a Blob URL (no downloads permission needed from a page we own). */
export function downloadText(filename: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = filename;
  anchor.rel = 'noopener';
  document.body.append(anchor);
  anchor.click();
  anchor.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function ImportExportSection({ lang, onImported }: { lang: UiLang; onImported: () => void }) {
  const [message, setMessage] = useState<Message>(null);
  const [csvMessage, setCsvMessage] = useState<Message>(null);
  const [csvSource, setCsvSource] = useState('');
  const [busy, setBusy] = useState(false);

  const exportData = async () => {
    setMessage(null);
    try {
      const bundle = await request('data:export', {});
      const day = new Date().toISOString().slice(0, 10);
      downloadText(`isnad-export-${day}.json`, `${JSON.stringify(bundle, null, 2)}\n`, 'application/json');
      setMessage({
        kind: 'ok',
        text: t(lang, 'exportDone', counts(lang, { preferences: bundle.preferences.length, customOutlets: bundle.customOutlets.length, ratings: bundle.ratings.length })),
      });
    } catch (error) {
      setMessage({ kind: 'error', text: errorText(error) });
    }
  };

  const importJson = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    if (!file) return;
    setBusy(true);
    setMessage(null);
    try {
      const result = await request('data:import', { json: await file.text() });
      setMessage({ kind: 'ok', text: t(lang, 'importDone', counts(lang, result)) });
      onImported();
    } catch (error) {
      setMessage({ kind: 'error', text: t(lang, 'importFailed', { error: errorText(error) }) });
    } finally {
      input.value = '';
      setBusy(false);
    }
  };

  const importCsv = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    if (!file) return;
    setCsvMessage(null);
    if (!csvSource.trim()) {
      setCsvMessage({ kind: 'error', text: t(lang, 'errCsvSource') });
      input.value = '';
      document.getElementById('csv-source')?.focus();
      return;
    }
    setBusy(true);
    try {
      const result = await request('ratings:import-csv', { csv: await file.text(), source: csvSource.trim() });
      setCsvMessage({ kind: 'ok', text: t(lang, 'importDone', counts(lang, result)) });
      onImported();
    } catch (error) {
      setCsvMessage({ kind: 'error', text: t(lang, 'importFailed', { error: errorText(error) }) });
    } finally {
      input.value = '';
      setBusy(false);
    }
  };

  return (
    <section id="import" aria-labelledby="import-title" class="panel">
      <h2 id="import-title">{t(lang, 'sectionImport')}</h2>
      <p class="muted">{t(lang, 'importIntro')}</p>
      <div class="row">
        <button type="button" class="button primary" onClick={() => void exportData()} data-testid="export">
          {t(lang, 'exportButton')}
        </button>
        <label class="button file-button">
          {t(lang, 'importJson')}
          <input
            type="file"
            class="file-input"
            accept=".json,application/json"
            disabled={busy}
            data-testid="import-json"
            onChange={(event) => void importJson(event.target as HTMLInputElement)}
          />
        </label>
      </div>
      <Feedback message={message} testId="import-message" />

      <h3>{t(lang, 'importCsvTitle')}</h3>
      <p class="muted" dir="auto">
        {t(lang, 'csvHelp')}
      </p>
      <div class="field">
        <label for="csv-source">{t(lang, 'csvSource')}</label>
        <input
          id="csv-source"
          type="text"
          dir="auto"
          maxLength={200}
          value={csvSource}
          aria-invalid={csvMessage?.kind === 'error' && !csvSource.trim() ? true : undefined}
          onInput={(event) => setCsvSource((event.target as HTMLInputElement).value)}
        />
      </div>
      <label class="button file-button">
        {t(lang, 'csvFile')}
        <input
          type="file"
          class="file-input"
          accept=".csv,text/csv"
          disabled={busy}
          data-testid="import-csv"
          onChange={(event) => void importCsv(event.target as HTMLInputElement)}
        />
      </label>
      <Feedback message={csvMessage} testId="csv-message" />
    </section>
  );
}

function Feedback({ message, testId }: { message: Message; testId: string }) {
  // Both regions stay in the page so screen readers announce the text when it arrives.
  return (
    <div data-testid={testId}>
      <p class={message?.kind === 'ok' ? 'ok' : 'error'} role={message?.kind === 'error' ? 'alert' : 'status'} dir="auto">
        {message?.text ?? ''}
      </p>
    </div>
  );
}

export function CacheSection({ lang, revision }: { lang: UiLang; revision: number }) {
  const [cache, setCache] = useState<CacheCounts | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [message, setMessage] = useState<Message>(null);
  const confirmButton = useRef<HTMLButtonElement>(null);
  const clearButton = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    void request('cache:counts', {}).then(setCache, (error: unknown) => setMessage({ kind: 'error', text: errorText(error) }));
  }, [revision]);

  useEffect(() => {
    if (confirming) confirmButton.current?.focus();
  }, [confirming]);

  const cancel = () => {
    setConfirming(false);
    setTimeout(() => clearButton.current?.focus(), 0);
  };

  const clear = async () => {
    try {
      setCache(await request('cache:clear', {}));
      setMessage({ kind: 'ok', text: t(lang, 'cacheCleared') });
    } catch (error) {
      setMessage({ kind: 'error', text: errorText(error) });
    }
    cancel();
  };

  return (
    <section id="cache" aria-labelledby="cache-title" class="panel">
      <h2 id="cache-title">{t(lang, 'sectionCache')}</h2>
      <p data-testid="cache-counts">
        {cache
          ? t(lang, 'cacheCounts', {
              analyses: formatNumber(lang, cache.analyses),
              size: formatBytes(lang, cache.bytes),
              history: formatNumber(lang, cache.history),
            })
          : t(lang, 'loading')}
      </p>
      {confirming ? (
        <div
          class="confirm"
          role="group"
          aria-labelledby="confirm-question"
          onKeyDown={(event) => {
            if (event.key === 'Escape') {
              event.preventDefault();
              cancel();
            }
          }}
        >
          <p id="confirm-question">{t(lang, 'confirmClearQuestion')}</p>
          <button ref={confirmButton} type="button" class="button danger" onClick={() => void clear()}>
            {t(lang, 'confirmClear')}
          </button>{' '}
          <button type="button" class="button" onClick={cancel}>
            {t(lang, 'cancel')}
          </button>
        </div>
      ) : (
        <button ref={clearButton} type="button" class="button" onClick={() => setConfirming(true)}>
          {t(lang, 'clearCache')}
        </button>
      )}
      <Feedback message={message} testId="cache-message" />
    </section>
  );
}
