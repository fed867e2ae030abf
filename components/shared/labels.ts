// Data values turned into words for the reader: State Media Monitor typologies (the registry may hold
// the dataset's code, "SC", or its spelled-out English, "state-controlled"), dataset names, marks.
import type { SourceName } from '../../engine/types';
import { t, type MessageKey, type UiLang } from '../../lib/i18n';

export type OutletMark = 'preferred' | 'trusted' | 'avoided';
export const MARKS: readonly OutletMark[] = ['preferred', 'trusted', 'avoided'];

type TypologyKey = 'sc' | 'capu' | 'capr' | 'isfm' | 'isf' | 'ism' | 'ip';

/** Codes of the State Media Matrix and the ways its typologies are spelled out. */
const TYPOLOGY_SPELLINGS: Record<TypologyKey, string[]> = {
  sc: ['sc', 'statecontrolled', 'statecontrolledmedia'],
  capu: ['capu', 'capturedpublic', 'capturedpublicmedia'],
  capr: ['capr', 'capturedprivate', 'capturedprivatemedia'],
  isfm: ['isfm', 'independentstatefundedandstatemanaged', 'independentstatefundedandstatemanagedmedia', 'independentstatefundedandmanaged'],
  isf: ['isf', 'independentstatefunded', 'independentstatefundedmedia'],
  ism: ['ism', 'independentstatemanaged', 'independentstatemanagedmedia'],
  ip: ['ip', 'independentpublic', 'independentpublicmedia'],
};

function typologyKey(typology: string): TypologyKey | null {
  const squeezed = typology.toLowerCase().replace(/[?]/g, '').replace(/[^a-z]/g, '');
  for (const [key, spellings] of Object.entries(TYPOLOGY_SPELLINGS) as [TypologyKey, string[]][]) {
    if (spellings.includes(squeezed)) return key;
  }
  return null;
}

/** "state-controlled: the state controls its editorial line and funding", in the interface language. */
export function typologyText(lang: UiLang, typology: string): string {
  const key = typologyKey(typology);
  return key ? t(lang, `typology_${key}` as MessageKey) : typology;
}

export function sourceLabel(lang: UiLang, source: SourceName | string): string {
  const key = `source_${source}` as MessageKey;
  const text = t(lang, key);
  return text === key ? source : text;
}

export function markLabel(lang: UiLang, mark: OutletMark): string {
  return t(lang, `mark_${mark}` as MessageKey);
}

export function formatBytes(lang: UiLang, bytes: number): string {
  const units = ['B', 'KB', 'MB', 'GB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  const number = new Intl.NumberFormat(lang === 'ar' ? 'ar-MA' : lang, { maximumFractionDigits: unit === 0 ? 0 : 1 }).format(value);
  return `${number} ${units[unit]}`;
}
