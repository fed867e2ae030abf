import { describe, expect, it } from 'vitest';
import { buildPeopleIndex } from '../../engine/people-index';
import { buildRegistryIndex, compileAliasIndex } from '../../engine/registry-index';
import type { OutletRecord } from '../../engine/types';
import { TEST_PEOPLE } from './test-people';
import { TEST_OUTLETS } from './test-registry';

describe('test registry', () => {
  it('has 60 to 120 outlets with unique ids, sorted-free domains and declared shared aliases', () => {
    expect(TEST_OUTLETS.length).toBeGreaterThanOrEqual(60);
    expect(TEST_OUTLETS.length).toBeLessThanOrEqual(120);
    expect(new Set(TEST_OUTLETS.map((o) => o.id)).size).toBe(TEST_OUTLETS.length);
    for (const o of TEST_OUTLETS) for (const d of o.domains) expect(d).not.toMatch(/^(https?:|www\.)|\//);
  });
  it('has the seed people and thirty others', () => {
    expect(TEST_PEOPLE.length).toBeGreaterThanOrEqual(35);
  });
});

describe('compileAliasIndex / buildRegistryIndex', () => {
  const compact = compileAliasIndex(TEST_OUTLETS);
  const reg = buildRegistryIndex(TEST_OUTLETS, compact);

  it('is deterministic and JSON-serialisable', () => {
    const again = compileAliasIndex([...TEST_OUTLETS].reverse());
    expect(JSON.stringify(again)).toBe(JSON.stringify(compact));
    expect(JSON.parse(JSON.stringify(compact))).toEqual(compact);
  });
  it('flags common, shared and acronym aliases', () => {
    expect(compact.aliases['الجزيره']![1] & 1).toBe(1);
    expect(compact.aliases['الوطن']?.[0]).toEqual(['alwatan-kw', 'alwatan-qa', 'alwatan-sa', 'el-watan-dz']);
    expect(compact.aliases['الوطن']![1] & 2).toBe(2);
    expect(compact.aliases['map']![1] & 4).toBe(4);
    expect(compact.aliases['reuters']?.[1]).toBe(0);
  });
  it('looks up aliases across spellings', () => {
    for (const s of ['اوروب1', 'أوروب 1', 'Europe 1', 'Europe1', 'أوروبا 1']) expect(reg.lookupAlias(s)?.ids).toEqual(['europe-1']);
    expect(reg.lookupAlias("l'Equipe")?.ids).toEqual(['lequipe']);
    expect(reg.lookupAlias('التلجراف')).toBeUndefined();
  });
  it('finds outlets by host, with or without www and subdomains', () => {
    expect(reg.byDomain('fr.hespress.com')?.id).toBe('hespress');
    expect(reg.byDomain('www.lemonde.fr')?.id).toBe('le-monde');
    expect(reg.byDomain('https://www.bbc.co.uk/news')?.id).toBe('bbc');
    expect(reg.byDomain('example.org')).toBeUndefined();
    expect(reg.byId('europe-1')?.name).toBe('Europe 1');
  });
  it('derives the other spelling of a foreign g (غ/ج)', () => {
    const recs: OutletRecord[] = [{ ...TEST_OUTLETS[0]!, id: 'tele', name: 'The Telegraph', aliases: ['التلغراف'], names: {}, domains: [] }];
    const r = buildRegistryIndex(recs);
    expect(r.trie.get('التلجراف')?.value?.ids).toEqual(['tele']);
  });
  it('builds the runtime index of ~2,000 outlets / ~10,000 aliases quickly', () => {
    const big: OutletRecord[] = [];
    for (let i = 0; i < 2000; i++) {
      big.push({ ...TEST_OUTLETS[i % TEST_OUTLETS.length]!, id: `o${i}`, name: `Outlet ${i}`, names: {}, aliases: [`Outlet ${i}`, `Outlet number ${i}`, `منبر ${i}`, `O${i} News`, `o${i}.example`], commonWordAliases: [], sharedAliases: [], domains: [`o${i}.example`] });
    }
    const c = compileAliasIndex(big);
    expect(Object.keys(c.aliases).length).toBeGreaterThanOrEqual(9000);
    buildRegistryIndex(big, c);
    const times: number[] = [];
    for (let r = 0; r < 5; r++) { const t0 = performance.now(); buildRegistryIndex(big, c); times.push(performance.now() - t0); }
    times.sort((a, b) => a - b);
    // The budget is 50 ms; the assertion is generous because CI machines are shared.
    expect(times[2]).toBeLessThan(150);
  });
  it('indexes people with surnames', () => {
    const p = buildPeopleIndex(TEST_PEOPLE);
    expect(p.trie.get('الحموشي')?.value?.ids).toEqual(['abdellatif-hammouchi']);
    expect(p.givenNames.has('برونو')).toBe(true);
  });
});
