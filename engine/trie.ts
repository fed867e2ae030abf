// A token trie: names as sequences of matching-form tokens, for longest-match scans in time proportional to
// the name's length (a list per first token was quadratic on "صحيفة صحيفة ..." where hundreds of aliases
// start with the same head noun).

import { nextInName, type Tokens } from './tokenize';

export interface TrieNode<T> {
  next: Map<string, TrieNode<T>> | null;
  value: T | null;
}

export type Trie<T> = Map<string, TrieNode<T>>;

export function trieInsert<T>(root: Trie<T>, tokens: readonly string[], value: T): void {
  let map = root;
  let node: TrieNode<T> | undefined;
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i]!;
    node = map.get(tok);
    if (!node) { node = { next: null, value: null }; map.set(tok, node); }
    if (i < tokens.length - 1) {
      if (!node.next) node.next = new Map();
      map = node.next;
    }
  }
  if (node) node.value = value;
}

export function trieGet<T>(root: Trie<T>, tokens: readonly string[]): T | null {
  let map: Trie<T> | null = root;
  let node: TrieNode<T> | undefined;
  for (const tok of tokens) {
    if (!map) return null;
    node = map.get(tok);
    if (!node) return null;
    map = node.next;
  }
  return node?.value ?? null;
}

export interface TrieMatch<T> { value: T; last: number; length: number }

/**
 * Longest match starting at token i, whose first token is read as `firstForm` (a clitic-stripped form, say).
 * `accept(value, first, last)` may refuse a match (case rules); the longest accepted one is returned.
 */
export function trieLongest<T>(t: Tokens, i: number, firstForm: string, root: Trie<T>, accept?: (value: T, first: number, last: number) => boolean): TrieMatch<T> | null {
  let node = root.get(firstForm);
  if (!node) return null;
  let best: TrieMatch<T> | null = null;
  let j = i;
  let length = 1;
  for (;;) {
    if (node.value !== null && (!accept || accept(node.value, i, j))) best = { value: node.value, last: j, length };
    if (!node.next) break;
    const k = nextInName(t, j);
    if (k < 0) break;
    const nx: TrieNode<T> | undefined = node.next.get(t.norm[k]!);
    if (!nx) break;
    node = nx;
    j = k;
    length++;
  }
  return best;
}
