// The editor for an outlet of the reader's own: a new one, or a correction of a registry outlet (same
// id, the reader's version takes precedence). A native modal <dialog>: it traps focus, Escape closes it,
// and focus goes back to the button that opened it.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Medium, OutletRecord } from '../../engine/types';
import { mediumName, t, type MessageKey, type UiLang } from '../../lib/i18n';
import { request } from '../../lib/messaging';

const MEDIA: Medium[] = ['agency', 'newspaper', 'magazine', 'radio', 'tv', 'online', 'group'];

export interface OutletDraft {
  id: string | null;
  name: string;
  nameAr: string;
  nameFr: string;
  nameEn: string;
  aliases: string;
  domains: string;
  country: string;
  medium: Medium;
  languages: string;
  owner: string;
  ownerAsOf: string;
  founded: string;
  wikidata: string;
}

export function draftOf(record: OutletRecord | null): OutletDraft {
  return {
    id: record?.id ?? null,
    name: record?.name ?? '',
    nameAr: record?.names.ar ?? '',
    nameFr: record?.names.fr ?? '',
    nameEn: record?.names.en ?? '',
    aliases: (record?.aliases ?? []).join('\n'),
    domains: (record?.domains ?? []).join('\n'),
    country: record?.country ?? '',
    medium: record?.medium ?? 'online',
    languages: (record?.languages ?? []).join(', '),
    owner: record?.owner?.name ?? '',
    ownerAsOf: record?.owner?.asOf ?? '',
    founded: record?.founded ? String(record.founded) : '',
    wikidata: record?.wikidata ?? '',
  };
}

const lines = (text: string) =>
  text
    .split(/[\n,،]/)
    .map((s) => s.trim())
    .filter(Boolean);

export type DraftErrors = Partial<Record<keyof OutletDraft, string>>;

/** What custom-outlet:put takes: a record whose id may be left out for a new outlet (the background makes one). */
export type OutletInput = Omit<OutletRecord, 'id'> & { id?: string };

/**
 * Checks a draft with the same rules as the background (lib/schemas.ts) so mistakes are shown beside
 * their field, in the interface language, before anything is sent. Returns the outlet to save or the
 * errors by field.
 */
export function outletFromDraft(lang: UiLang, draft: OutletDraft, base: OutletRecord | null, now = Date.now()): { outlet: OutletInput } | { errors: DraftErrors } {
  const errors: DraftErrors = {};
  const name = draft.name.trim();
  if (!name) errors.name = t(lang, 'errName');
  const country = draft.country.trim().toUpperCase();
  if (!/^[A-Z]{2}$/.test(country)) errors.country = t(lang, 'errCountry');
  const domains: string[] = [];
  for (const raw of lines(draft.domains)) {
    // A pasted address is cut down to its host: "https://www.example.com/news" → "example.com".
    const domain = raw
      .toLowerCase()
      .replace(/^[a-z]+:\/\//, '')
      .replace(/[/?#].*$/, '')
      .replace(/^www\./, '')
      .replace(/\.$/, '');
    if (!/^(?:[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?\.)+[\p{L}]{2,63}$|^(?:[a-z0-9-]+\.)+xn--[a-z0-9-]+$/u.test(domain)) {
      errors.domains = t(lang, 'errDomain', { value: raw });
      break;
    }
    if (!domains.includes(domain)) domains.push(domain);
  }
  const languages = lines(draft.languages).map((l) => l.toLowerCase());
  if (languages.some((l) => !/^[a-z]{2,3}$/.test(l))) errors.languages = t(lang, 'errLanguages');
  const founded = draft.founded.trim();
  if (founded && !(/^\d{4}$/.test(founded) && Number(founded) >= 1500 && Number(founded) <= new Date(now).getFullYear())) {
    errors.founded = t(lang, 'errYear', { value: founded });
  }
  const asOf = draft.ownerAsOf.trim();
  if (asOf && !/^\d{4}(-\d{2}(-\d{2})?)?$/.test(asOf)) errors.ownerAsOf = t(lang, 'errYear', { value: asOf });
  const wikidata = draft.wikidata.trim().toUpperCase();
  if (wikidata && !/^Q[1-9]\d*$/.test(wikidata)) errors.wikidata = t(lang, 'errWikidata');
  if (Object.keys(errors).length > 0) return { errors };
  const names: OutletRecord['names'] = {};
  if (draft.nameAr.trim()) names.ar = draft.nameAr.trim();
  if (draft.nameFr.trim()) names.fr = draft.nameFr.trim();
  if (draft.nameEn.trim()) names.en = draft.nameEn.trim();
  const aliases = lines(draft.aliases).filter((a) => a !== name);
  const ownerName = draft.owner.trim();
  // An owner left as the registry had it keeps the registry's source; one the reader typed has none.
  const sameOwner = base?.owner && base.owner.name === ownerName && (base.owner.asOf ?? '') === asOf;
  const outlet: OutletInput = {
    ...base,
    name,
    names,
    aliases,
    commonWordAliases: base?.commonWordAliases.filter((a) => aliases.includes(a)) ?? [],
    sharedAliases: base?.sharedAliases.filter((a) => aliases.includes(a)) ?? [],
    domains,
    country,
    languages,
    medium: draft.medium,
    owner: ownerName ? (sameOwner && base?.owner ? base.owner : ({ name: ownerName, asOf: asOf || null } as OutletRecord['owner'])) : null,
    stateAffiliation: base?.stateAffiliation ?? null,
    founded: founded ? Number(founded) : null,
    wikidata: wikidata || null,
    sources: { ...base?.sources },
  };
  if (draft.id) outlet.id = draft.id;
  else delete outlet.id;
  return { outlet };
}

interface OutletFormProps {
  lang: UiLang;
  /** The outlet being corrected, or null for a new one. */
  base: OutletRecord | null;
  onClose: () => void;
  onSaved: (record: OutletRecord) => void;
}

export function OutletForm({ lang, base, onClose, onSaved }: OutletFormProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [draft, setDraft] = useState<OutletDraft>(() => draftOf(base));
  const [errors, setErrors] = useState<DraftErrors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    const opener = document.activeElement as HTMLElement | null;
    if (typeof element.showModal === 'function' && !element.open) element.showModal();
    else element.setAttribute('open', '');
    return () => {
      // Close before the element leaves the page, then give focus back once it has.
      if (element.open && typeof element.close === 'function') element.close();
      setTimeout(() => opener?.focus?.(), 0);
    };
  }, []);

  const field = (key: keyof OutletDraft, label: MessageKey, options: { multiline?: boolean; dir?: 'auto' | 'ltr' | 'rtl'; required?: boolean } = {}) => {
    const id = `outlet-${key}`;
    const error = errors[key];
    const value = String(draft[key] ?? '');
    const onInput = (event: Event) => setDraft({ ...draft, [key]: (event.target as HTMLInputElement | HTMLTextAreaElement).value });
    const common = {
      id,
      name: key,
      value,
      dir: options.dir ?? ('auto' as const),
      onInput,
      'aria-invalid': error ? true : undefined,
      'aria-describedby': error ? `${id}-error` : undefined,
      required: options.required,
    };
    return (
      <div class="field">
        <label for={id}>{t(lang, label)}</label>
        {options.multiline ? <textarea rows={3} {...common} /> : <input type="text" {...common} />}
        {error ? (
          <span class="error field-error" id={`${id}-error`}>
            {error}
          </span>
        ) : null}
      </div>
    );
  };

  const submit = async (event: Event) => {
    event.preventDefault();
    const result = outletFromDraft(lang, draft, base);
    if ('errors' in result) {
      setErrors(result.errors);
      const first = Object.keys(result.errors)[0];
      if (first) dialog.current?.querySelector<HTMLElement>(`#outlet-${first}`)?.focus();
      return;
    }
    setErrors({});
    setSaving(true);
    setFailure(null);
    try {
      const saved = await request('custom-outlet:put', { outlet: result.outlet as unknown as Record<string, unknown> });
      onSaved(saved);
    } catch (error) {
      setFailure(error instanceof Error ? error.message : String(error));
    } finally {
      setSaving(false);
    }
  };

  return (
    <dialog
      ref={dialog}
      class="outlet-dialog"
      aria-labelledby="outlet-dialog-title"
      onClose={onClose}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      <form onSubmit={(event) => void submit(event)} noValidate>
        <h2 id="outlet-dialog-title">{t(lang, base ? 'correctOutlet' : 'addOutlet')}</h2>
        {field('name', 'fieldName', { required: true })}
        <div class="field-row">
          {field('nameAr', 'fieldNameAr', { dir: 'rtl' })}
          {field('nameFr', 'fieldNameFr', { dir: 'ltr' })}
          {field('nameEn', 'fieldNameEn', { dir: 'ltr' })}
        </div>
        {field('aliases', 'fieldAliases', { multiline: true })}
        {field('domains', 'fieldDomains', { multiline: true, dir: 'ltr' })}
        <div class="field-row">
          {field('country', 'fieldCountry', { dir: 'ltr', required: true })}
          <div class="field">
            <label for="outlet-medium">{t(lang, 'fieldMedium')}</label>
            <select id="outlet-medium" value={draft.medium} onChange={(event) => setDraft({ ...draft, medium: (event.target as HTMLSelectElement).value as Medium })}>
              {MEDIA.map((m) => (
                <option key={m} value={m}>
                  {mediumName(lang, m)}
                </option>
              ))}
            </select>
          </div>
        </div>
        {field('languages', 'fieldLanguages', { dir: 'ltr' })}
        <div class="field-row">
          {field('owner', 'fieldOwner')}
          {field('ownerAsOf', 'fieldOwnerAsOf', { dir: 'ltr' })}
        </div>
        <div class="field-row">
          {field('founded', 'fieldFounded', { dir: 'ltr' })}
          {field('wikidata', 'fieldWikidata', { dir: 'ltr' })}
        </div>
        {failure ? (
          <p class="error" role="alert">
            {failure}
          </p>
        ) : null}
        <div class="dialog-actions">
          <button type="submit" class="button primary" disabled={saving}>
            {t(lang, 'save')}
          </button>
          <button type="button" class="button" onClick={onClose}>
            {t(lang, 'cancel')}
          </button>
        </div>
      </form>
    </dialog>
  );
}
