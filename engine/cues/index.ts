// The cue registry: the Arabic, French and English lists compiled into one lookup by first token.
//
// Approach: every phrase is tokenised with the article tokenizer (so "d'après" is d + après, "يؤكد" is
// يوكد) and grouped by first token, longest phrase first. Identical token sequences from different lists
// merge their kinds. French and English reporting verbs placed before the outlet only count after a comma
// or a quote (", rapporte Le Monde"), which the grammar checks with `inversionOnly`.
//
// Limits: phrases are matched on exact matching forms; Arabic conjunctions و/ف are stripped from the first
// token by the scanner (وحسب, فقد ذكرت), other clitics are not.

import { arabicForms } from '../arabic';
import { nextInName, TokKind, wordForms, type Tokens } from '../tokenize';
import { AR_CUES } from './ar';
import { EN_CUES } from './en';
import { FR_CUES } from './fr';
import { CueKind, type CueDef } from './types';

export { CueKind } from './types';
export type { CueDef } from './types';

export interface CompiledCue {
  tokens: string[];
  kinds: number;
  /** A Verb cue of French or English: before the outlet it needs a comma or a quote in front of it. */
  inversionOnly: boolean;
}

function compile(lists: readonly (readonly [readonly CueDef[], boolean])[]): Map<string, CompiledCue[]> {
  const byKey = new Map<string, CompiledCue>();
  for (const [defs, latin] of lists) {
    for (const d of defs) {
      for (const p of d.phrases) {
        const tokens = wordForms(p);
        if (tokens.length === 0) continue;
        const key = tokens.join(' ');
        const existing = byKey.get(key);
        const inv = latin && (d.kinds & CueKind.Verb) !== 0;
        if (existing) { existing.kinds |= d.kinds; existing.inversionOnly = existing.inversionOnly || inv; }
        else byKey.set(key, { tokens, kinds: d.kinds, inversionOnly: inv });
      }
    }
  }
  const byFirst = new Map<string, CompiledCue[]>();
  for (const c of byKey.values()) {
    let list = byFirst.get(c.tokens[0]!);
    if (!list) { list = []; byFirst.set(c.tokens[0]!, list); }
    list.push(c);
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.tokens.length - a.tokens.length);
  return byFirst;
}

export const CUES: ReadonlyMap<string, readonly CompiledCue[]> = compile([[AR_CUES, false], [FR_CUES, true], [EN_CUES, true]]);

export interface CueHit {
  first: number;
  last: number;
  kinds: number;
  inversionOnly: boolean;
  /** Offsets of the whole phrase, clitics included ("وحسب"). */
  start: number;
  end: number;
}

export interface CueHits {
  count: number;
  /** Per hit (index < count): kinds bit set, first and last token. */
  kinds: Int32Array;
  first: Int32Array;
  last: Int32Array;
  /** Token index → index of the longest cue ending there (earliest start), or -1. */
  byLast: Int32Array;
  /** Token index → index of the longest cue starting there, or -1. */
  byFirst: Int32Array;
  /** The hit as an object (made on demand: a megabyte of "عن عن" must not allocate a million objects). */
  hit(h: number): CueHit;
}

/** One pass over the tokens: every cue phrase occurrence. */
export function scanCues(t: Tokens): CueHits {
  const n = t.n;
  const kinds = new Int32Array(n);
  const firstA = new Int32Array(n);
  const lastA = new Int32Array(n);
  const inv = new Uint8Array(n);
  const byLast = new Int32Array(n).fill(-1);
  const byFirst = new Int32Array(n).fill(-1);
  let count = 0;
  for (let i = 0; i < n; i++) {
    const k = t.kind[i]!;
    if (k !== TokKind.Arabic && k !== TokKind.Latin) continue;
    const norm = t.norm[i]!;
    if (norm === '' || norm.length > 24) continue;
    let best: CompiledCue | null = null;
    let bestLast = -1;
    const forms = k === TokKind.Arabic ? arabicForms(norm) : null;
    const nForms = forms ? forms.length : 1;
    for (let f = 0; f < nForms; f++) {
      const fm = forms ? forms[f]! : null;
      if (fm && fm.prefix !== '' && fm.prefix !== 'و' && fm.prefix !== 'ف') continue;
      const form = fm ? fm.form : norm;
      const list = CUES.get(form);
      if (!list) continue;
      for (const c of list) {
        if (best && c.tokens.length <= best.tokens.length) break;
        let j = i;
        let ok = true;
        for (let m = 1; m < c.tokens.length; m++) {
          j = nextInName(t, j);
          if (j < 0 || t.norm[j]! !== c.tokens[m]!) { ok = false; break; }
        }
        if (ok) { best = c; bestLast = j; break; }
      }
    }
    if (!best) continue;
    const idx = count++;
    kinds[idx] = best.kinds;
    firstA[idx] = i;
    lastA[idx] = bestLast;
    inv[idx] = best.inversionOnly ? 1 : 0;
    byFirst[i] = idx;
    if (byLast[bestLast]! < 0) byLast[bestLast] = idx;
  }
  const hit = (h: number): CueHit => {
    const first = firstA[h]!;
    const last = lastA[h]!;
    return { first, last, kinds: kinds[h]!, inversionOnly: inv[h] === 1, start: t.start[first]!, end: t.end[last]! };
  };
  return { count, kinds, first: firstA, last: lastA, byLast, byFirst, hit };
}
