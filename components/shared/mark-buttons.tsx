// The reader's own mark on an outlet, set in one click: three toggle buttons (aria-pressed), pressing
// the active one clears it. Used by the popup's outlet card and the settings page.
import { useState } from 'preact/hooks';
import { t, type UiLang } from '../../lib/i18n';
import { request } from '../../lib/messaging';
import { MARKS, markLabel, type OutletMark } from './labels';

export interface MarkButtonsProps {
  lang: UiLang;
  outletId: string;
  mark: OutletMark | null;
  /** The note is kept as it is when only the mark changes. */
  note?: string;
  onChange?: (mark: OutletMark | null) => void;
  labelId?: string;
}

export function MarkButtons({ lang, outletId, mark, note, onChange, labelId }: MarkButtonsProps) {
  const [current, setCurrent] = useState<OutletMark | null>(mark);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  // A new outlet or a mark loaded later replaces what we showed.
  const [seen, setSeen] = useState({ outletId, mark });
  if (seen.outletId !== outletId || seen.mark !== mark) {
    setSeen({ outletId, mark });
    setCurrent(mark);
  }
  const choose = async (next: OutletMark) => {
    const value = current === next ? null : next;
    const before = current;
    setCurrent(value);
    setBusy(true);
    setError(null);
    try {
      await request('preference:set', note === undefined ? { outletId, mark: value } : { outletId, mark: value, note });
      onChange?.(value);
    } catch (failure) {
      setCurrent(before);
      setError(t(lang, 'markFailed', { error: failure instanceof Error ? failure.message : String(failure) }));
    } finally {
      setBusy(false);
    }
  };
  return (
    <div class="marks">
      <div class="mark-buttons" role="group" aria-labelledby={labelId} aria-label={labelId ? undefined : t(lang, 'yourMark')}>
        {MARKS.map((m) => (
          <button
            key={m}
            type="button"
            class={`mark mark-${m}`}
            aria-pressed={current === m}
            aria-busy={busy}
            data-mark={m}
            onClick={() => void choose(m)}
          >
            <span aria-hidden="true" class="mark-dot" />
            {markLabel(lang, m)}
          </button>
        ))}
      </div>
      {error ? (
        <p class="error" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}
