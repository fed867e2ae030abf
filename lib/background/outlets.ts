// Outlet look-ups over the seeded registry and the reader's own outlets. A custom outlet with the id of a
// shipped one is the reader's correction: it replaces the shipped record everywhere (get, search,
// details, the engine's index), and the shipped record shows again once the correction is deleted.
import { normalizeHost } from '../../engine';
import type { OutletRecord } from '../../engine/types';
import type { IsnadDb, StoredOutlet } from '../db';
import { fromStored } from './seed';

/** Host of a domain or URL as the registry writes domains: lower case, no port, no `www.`. */
export const hostOf = normalizeHost;

/** The host and its parent domains down to two labels: fr.hespress.com → [fr.hespress.com, hespress.com]. */
function hostCandidates(host: string): string[] {
  const out: string[] = [];
  let h = host;
  while (h.includes('.')) {
    out.push(h);
    h = h.slice(h.indexOf('.') + 1);
  }
  return out;
}

export async function getOutlet(db: IsnadDb, id: string): Promise<OutletRecord | null> {
  const stored = (await db.customOutlets.get(id)) ?? (await db.outlets.get(id));
  return stored ? fromStored(stored) : null;
}

export async function listCustomOutlets(db: IsnadDb): Promise<OutletRecord[]> {
  return (await db.customOutlets.toArray()).map(fromStored);
}

interface Tiered {
  tier: number;
  outlet: StoredOutlet;
}

/**
 * Outlets by name, alias, id or domain: exact matches first (alias or id), then domain, then alias
 * prefixes. Within a tier the reader's outlets come first; a shipped outlet the reader corrected is
 * only found through its correction.
 */
export async function searchOutlets(db: IsnadDb, query: string, limit: number, normalize: (text: string) => string): Promise<OutletRecord[]> {
  const key = normalize(query);
  const host = hostOf(query);
  if (!key && !host) return [];
  const hosts = host.includes('.') ? hostCandidates(host) : [];
  const id = query.trim().toLowerCase();

  const found: Tiered[] = [];
  const corrected = new Set((await db.customOutlets.toCollection().primaryKeys()) as string[]);
  for (const [table, custom] of [
    [db.customOutlets, true],
    [db.outlets, false],
  ] as const) {
    const keep = (outlet: StoredOutlet) => custom || !corrected.has(outlet.id);
    const [byId, exact, byDomain, prefix] = await Promise.all([
      id ? table.get(id) : undefined,
      key ? table.where('aliasKeys').equals(key).toArray() : [],
      hosts.length ? table.where('domains').anyOf(hosts).toArray() : [],
      key ? table.where('aliasKeys').startsWith(key).limit(limit * 2).toArray() : [],
    ]);
    if (byId && keep(byId)) found.push({ tier: 0, outlet: byId });
    for (const outlet of exact) if (keep(outlet)) found.push({ tier: 0, outlet });
    // A deeper host match (fr.hespress.com) ranks before a parent domain match.
    byDomain.sort((a, b) => hosts.findIndex((h) => a.domains.includes(h)) - hosts.findIndex((h) => b.domains.includes(h)));
    for (const outlet of byDomain) if (keep(outlet)) found.push({ tier: 1, outlet });
    for (const outlet of prefix) if (keep(outlet)) found.push({ tier: 2, outlet });
  }
  // Stable sort keeps custom-before-shipped inside each tier.
  found.sort((a, b) => a.tier - b.tier);
  const seen = new Set<string>();
  const results: OutletRecord[] = [];
  for (const { outlet } of found) {
    if (seen.has(outlet.id)) continue;
    seen.add(outlet.id);
    results.push(fromStored(outlet));
    if (results.length >= limit) break;
  }
  return results;
}

export type Resolution = { ok: true; outlet: OutletRecord } | { ok: false; error: string };

/**
 * One outlet for a reader's reference to it (an id, a name, an alias or a domain), or why not: unknown,
 * or an alias several outlets share (the reader then writes the id).
 */
export async function resolveOutlet(db: IsnadDb, reference: string, normalize: (text: string) => string): Promise<Resolution> {
  const ref = reference.trim();
  if (!ref) return { ok: false, error: 'empty' };
  const byId = await getOutlet(db, ref.toLowerCase());
  if (byId) return { ok: true, outlet: byId };
  const corrected = new Set((await db.customOutlets.toCollection().primaryKeys()) as string[]);
  const pick = async (query: (table: IsnadDb['outlets']) => Promise<StoredOutlet[]>): Promise<Resolution | null> => {
    const custom = await query(db.customOutlets);
    const shipped = (await query(db.outlets)).filter((o) => !corrected.has(o.id));
    const ids = [...new Set([...custom, ...shipped].map((o) => o.id))];
    if (ids.length === 1) return { ok: true, outlet: fromStored((custom[0] ?? shipped[0])!) };
    if (ids.length > 1) return { ok: false, error: `"${ref}" names several outlets (${ids.slice(0, 5).join(', ')}); write the id` };
    return null;
  };
  const key = normalize(ref);
  if (key) {
    const byAlias = await pick((table) => table.where('aliasKeys').equals(key).toArray());
    if (byAlias) return byAlias;
  }
  const host = hostOf(ref);
  if (host.includes('.')) {
    for (const candidate of hostCandidates(host)) {
      const byDomain = await pick((table) => table.where('domains').equals(candidate).toArray());
      if (byDomain) return byDomain;
    }
  }
  return { ok: false, error: `unknown outlet "${ref.slice(0, 100)}"` };
}

export async function outletExists(db: IsnadDb, id: string): Promise<boolean> {
  return (await db.customOutlets.get(id)) !== undefined || (await db.outlets.get(id)) !== undefined;
}
