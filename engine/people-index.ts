// The people gazetteer as token sequences, for the actors pass.
//
// Approach: every name of a person (canonical, ar/fr/en, aliases) becomes a full key; the last token of each
// multi-token name becomes a partial key (a surname: "الحموشي", "Retailleau") that the actors pass accepts
// only after the full name, after a title or role ("M. Retailleau", "الرئيس تبون"), or when the gazetteer
// lists it as an alias itself. Regnal numbers and ordinals (VI, السادس) never stand alone as surnames.
//
// Limits: no fuzzy spelling: a transliteration the gazetteer does not list is not recognised as that person.

import type { PersonRecord } from './types';
import { wordForms } from './tokenize';
import { hash32 } from './registry-index';
import { trieInsert, type Trie } from './trie';

export interface PersonEntry {
  key: string;
  tokens: string[];
  ids: string[];
  /** A surname key derived from a full name. */
  partial: boolean;
}

export interface PeopleIndex {
  version: string;
  people: readonly PersonRecord[];
  byId(id: string): PersonRecord | undefined;
  startingWith(first: string): readonly PersonEntry[] | undefined;
  /** Every name (full and partial) as a token trie. */
  trie: Trie<PersonEntry>;
  /** First tokens of the gazetteer's full names (matching form): given names for unknown-person guesses. */
  givenNames: ReadonlySet<string>;
}

const NOT_SURNAME = new Set([
  'i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix', 'x', 'xi', 'xii', 'jr', 'sr',
  'الاول', 'الثاني', 'الثالث', 'الرابع', 'الخامس', 'السادس', 'السابع', 'الثامن', 'التاسع', 'العاشر',
  'الله', 'الدين', 'الرحمن', 'الرحيم', 'العزيز', 'الملك', 'الامير',
]);

/** True when a name's last token may stand alone for the person (not a regnal number or an ordinal). */
export function canBeSurname(token: string): boolean {
  return token.length >= 3 && !NOT_SURNAME.has(token) && !/^\d+$/.test(token);
}

export function buildPeopleIndex(people: readonly PersonRecord[]): PeopleIndex {
  const idMap = new Map<string, PersonRecord>();
  for (const p of people) idMap.set(p.id, p);
  const full = new Map<string, Set<string>>();
  const partial = new Map<string, Set<string>>();
  const given = new Set<string>();
  const put = (m: Map<string, Set<string>>, key: string, id: string): void => {
    let s = m.get(key);
    if (!s) { s = new Set(); m.set(key, s); }
    s.add(id);
  };
  for (const p of people) {
    const names = [p.name, ...Object.values(p.names), ...p.aliases];
    for (const n of names) {
      if (typeof n !== 'string') continue;
      const toks = wordForms(n);
      if (toks.length === 0) continue;
      put(full, toks.join(' '), p.id);
      if (toks.length >= 2) {
        if (toks[0]!.length >= 2) given.add(toks[0]!);
        const last = toks[toks.length - 1]!;
        if (canBeSurname(last)) put(partial, last, p.id);
      }
    }
  }
  const byFirst = new Map<string, PersonEntry[]>();
  const trie: Trie<PersonEntry> = new Map();
  const add = (e: PersonEntry): void => {
    trieInsert(trie, e.tokens, e);
    let list = byFirst.get(e.tokens[0]!);
    if (!list) { list = []; byFirst.set(e.tokens[0]!, list); }
    list.push(e);
  };
  const keys = [...full.keys()].sort();
  for (const k of keys) add({ key: k, tokens: k.split(' '), ids: [...full.get(k)!].sort(), partial: false });
  for (const k of [...partial.keys()].sort()) {
    if (full.has(k)) continue;
    add({ key: k, tokens: [k], ids: [...partial.get(k)!].sort(), partial: true });
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.tokens.length - a.tokens.length);
  return {
    version: hash32(keys.join('|')),
    people,
    byId: (id) => idMap.get(id),
    startingWith: (first) => byFirst.get(first),
    trie,
    givenNames: given,
  };
}
