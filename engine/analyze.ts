// analyzeArticle: the engine's one entry point. Pure, synchronous, deterministic (apart from `ms`), and it
// never throws: any internal failure returns an empty analysis of the same input.
//
// Pipeline (each step linear in the text, with bounded windows): tokenize → blocks → outlet mentions
// (registry scan, then unknown outlets) → cue scan → attribution grammar → host outlet → anaphora → other
// sources → original outlet and chain → actors → links to the primary report.

import type { Analysis, AnalyzeOptions, ArticleInput, Lang, OutletRef, TextBlock } from './types';
import { findActors } from './actors';
import { findAnaphora, findHeadlineLabels } from './anaphora';
import { blockTokenRanges, outletHeadForm, outletRef, sameOutlet, runGrammar, type CitesLink, type FoundAttribution, type GrammarContext } from './attributions';
import { blockIndex, normalizeBlocks } from './blocks';
import { hostFromText, introducedWithHeadNoun } from './host-from-text';
import { arabicSkeleton, latinSkeleton } from './transliteration';
import { hostFromInput, isPressReviewLede, isPressReviewTitle, pickOriginal } from './chain';
import { scanCues } from './cues/index';
import { detectLang } from './lang';
import { findOtherSources } from './other-sources';
import { dropAnaphoricHeads, dropRedefinedAcronyms, GENERIC_TITLE_WORDS, type OutletMention, scanOutletMentions, shortFormMentions } from './outlet-mentions';
import type { PeopleIndex } from './people-index';
import { arabicForms } from './arabic';
import { buildPrimaryLinks } from './primary-links';
import { findPlaces, isLatinPlaceName } from './places';
import { nationality, QUOTES } from './lexicon';
import { normalizeForMatch } from './normalize';
import { normalizeHost, type RegistryIndex } from './registry-index';
import { TokFlag, TokKind, type Tokens, tokenize, wordForms } from './tokenize';
import { confirmedBareSources, scanUnknownOutlets } from './unknown-outlets';

export interface EngineDeps {
  registry: RegistryIndex;
  people: PeopleIndex;
}

/** Outlet mentions examined per article at most (a defence against pathological input, not a real limit). */
const MAX_MENTIONS = 1000;

const TLDS = new Set(['com', 'fr', 'ma', 'net', 'org', 'dz', 'tn', 'eg', 'sa', 'ae', 'qa', 'kw', 'jo', 'lb', 'uk', 'be', 'ch', 'ca', 'es', 'info', 'news', 'tv', 'co', 'de', 'it', 'ru', 'us', 'ps', 'sy', 'iq', 'ly', 'om', 'bh', 'ye', 'sd', 'mr', 'io', 'media', 'press']);

function now(): number {
  return typeof performance !== 'undefined' ? performance.now() : Date.now();
}

/** Host names written in the text ("hespress.com", "www.lemonde.fr"): a token walk, no regex backtracking. */
function textDomains(t: Tokens, out: Set<string>): void {
  for (let i = 0; i + 2 < t.n; i++) {
    // Only a Latin word glued to a dot and another word can start a host name.
    if (t.kind[i]! !== TokKind.Latin && t.kind[i]! !== TokKind.Number) continue;
    if (t.norm[i + 1]! !== '.' || (t.flags[i + 1]! & 1) !== 0 || (t.flags[i + 2]! & 1) !== 0) continue;
    const parts: string[] = [t.norm[i]!];
    let j = i;
    while (j + 2 < t.n && t.norm[j + 1]! === '.' && (t.flags[j + 1]! & 1) === 0 && (t.flags[j + 2]! & 1) === 0 && (t.kind[j + 2]! === TokKind.Latin || t.kind[j + 2]! === TokKind.Number)) {
      parts.push(t.norm[j + 2]!);
      j += 2;
      if (parts.length > 6) break;
    }
    if (parts.length >= 2 && TLDS.has(parts[parts.length - 1]!)) {
      let h = parts.join('.');
      if (h.startsWith('www.')) h = h.slice(4);
      out.add(h);
      // Also the registrable tail, for subdomains.
      const p = h.split('.');
      if (p.length > 2) out.add(p.slice(-2).join('.'));
    }
    i = j;
  }
}

export function emptyAnalysis(input: ArticleInput | null | undefined, ms = 0): Analysis {
  let lang: Lang = 'en';
  let title = '';
  try {
    const text = typeof input?.text === 'string' ? input.text : '';
    lang = input?.lang === 'ar' || input?.lang === 'fr' || input?.lang === 'en' ? input.lang : detectLang(text);
    title = typeof input?.title === 'string' ? input.title : '';
  } catch { /* keep defaults */ }
  return { lang, title, hostOutlet: null, attributions: [], otherSources: [], originalOutlet: null, chain: [], actors: [], primaryLinks: [], ms };
}

/** Phrases by which a publication reports its own newsgathering ("CNN's X contributed", "contacted by BFMTV"). */
const SELF_REFERENCE = /\b(contributed|contacted|reached|joint|jointe|contacte|contactee|interroge|interrogee|interrogees|interroges)\b|تواصل|اتصل/i;

/** A reporter's role in a byline, before the outlet's name. */
const BY_NAME_OUTLET = /^(?:by|par)\s+[\p{Lu}][^,]{1,60},\s*/iu;
const ROLE_AFTER_OUTLET = /^\s+(?:[\p{L}-]+\s+){0,2}(?:reporter|correspondent|editor|writer|columnist|journalist)s?\b/iu;
const STAFF_ROLE = /,\s*(?:[\p{L}-]+\s+){0,3}(?:reporter|correspondent|editor|writer|staff writer|journalist|journaliste|envoyée? spéciale?|correspondante?|rédactrice|rédacteur)\s*,\s*$/u;

/**
 * Without a page address, the publication is often only in its own byline ("By Erica Donnelly, CNN",
 * "By Tom Ashby, Business reporter, BBC News"). Such a byline alone is ambiguous — "By X, Gulf News" on
 * another site relays Gulf News — so the byline's non-agency outlet is taken as the host only when the
 * same outlet also shows its own newsgathering in the text: an interview given to it ("told CNN",
 * "Interrogé par France 24"), a contribution or contact line, or its own dateline. Agencies stay
 * attributions: their copy is relayed far more often than read on their own site.
 */
/** "les chiffres de notre sondage Elabe pour BFMTV", "our YouGov poll for the Times": the poll the page calls its own. */
const OWN_POLL = /\b(?:notre|nos|our)\s+(?:[\p{L}-]+\s+){0,2}(?:sondage|sondages|barometre|enquete|poll|polls|survey|tracker)\b/iu;

function hostFromSelfReferences(attributions: readonly FoundAttribution[]): OutletRef | null {
  const ownPoll = attributions.find((a) => a.outlet.known && a.outlet.medium !== 'agency' && OWN_POLL.test(a.surface.normalize('NFD').replace(/\p{M}/gu, '')));
  if (ownPoll) return ownPoll.outlet;
  const byline = attributions.find((a) => a.block === 'byline' && a.outlet.known && a.outlet.medium !== 'agency');
  if (!byline) return contactedOnly(attributions);
  // A staff role between the reporter and the outlet ("By Tom Ashby, Business reporter, BBC News") is the
  // outlet's own staff byline.
  const beforeName = byline.surface.slice(0, Math.max(0, byline.nameStart - byline.start)).toLowerCase();
  if (STAFF_ROLE.test(beforeName)) return byline.outlet;
  // ... or after it: "By Rachel Lindqvist, Seattle Times business reporter".
  if (ROLE_AFTER_OUTLET.test(byline.surface.slice(Math.max(0, byline.nameEnd - byline.start)))) return byline.outlet;
  // Broadcasters (and broadcasting groups) do not syndicate their written stories: "By Hannah Coates, BBC News" is the BBC's own page
  // (newspapers' and online outlets' copy does travel: "By X, The Washington Post", "By X, CalMatters").
  if ((byline.outlet.medium === 'tv' || byline.outlet.medium === 'radio' || byline.outlet.medium === 'group') && BY_NAME_OUTLET.test(byline.surface)) return byline.outlet;
  const same = (a: FoundAttribution) => a !== byline && sameOutlet(a.outlet, byline.outlet);
  const corroborated = attributions.some(
    (a) => same(a) && (a.pattern === 'interview_with' || a.pattern === 'wire_dateline' || SELF_REFERENCE.test(a.surface.normalize('NFD').replace(/\p{M}/gu, ''))),
  );
  return corroborated ? byline.outlet : null;
}

/** Being contacted or reached for comment is the publication's own reporting ("Contactée par BFMTV"). */
const CONTACTED = /\b(contacted|reached|joint|jointe|joints|contacte|contactee|contactes|sollicite|sollicitee|sollicites)\b|تواصل|اتصل/i;

/**
 * A non-agency outlet that is "contacted" in the text, and otherwise only spoken to ("contacted by the Kyiv
 * Independent … he told the Kyiv Independent"), is the publication itself: a relay quotes the other outlet's
 * report, not its phone calls.
 */
function contactedOnly(attributions: readonly FoundAttribution[]): OutletRef | null {
  const plain = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '');
  for (const a of attributions) {
    if (!a.outlet.known || a.outlet.medium === 'agency' || !CONTACTED.test(plain(a.surface)) || introducedWithHeadNoun(a)) continue;
    const others = attributions.filter((b) => b !== a && sameOutlet(b.outlet, a.outlet));
    if (others.every((b) => CONTACTED.test(plain(b.surface)) || (b.pattern === 'interview_with' && !introducedWithHeadNoun(b)))) return a.outlet;
  }
  return null;
}

const SCOOP = /\b(?:a appris|appris|has learned|has learnt|understands|can reveal|can exclusively reveal)\b|علمت/i;

/** Words of a lede that surveys the press: "à la une des quotidiens", "plusieurs titres", "the papers", "الصحف". */
const SURVEY_WORDS = /\b(?:quotidiens|journaux|titres|presse|[ée]ditorialistes|[ée]ditoriaux|unes|papers|newspapers|editorials|front pages|press|talk shows|sunday shows|morning shows|matinales)\b|صحف|الصحافة|الجرائد/i;

/**
 * A press review told paper by paper: a lede that speaks of the press and cites no outlet itself, then three
 * outlets or more that each open a paragraph of their own ("Pour Le Monde, …" / "Libération, de son côté, …" /
 * "dans les colonnes du Figaro"), with no wire or byline credit: none of them is the story's source.
 */
function paperByPaper(text: string, blocks: readonly TextBlock[], lede: TextBlock, attributions: readonly FoundAttribution[]): boolean {
  if (!SURVEY_WORDS.test(text.slice(lede.start, Math.min(lede.end, lede.start + 600)))) return false;
  const ledeIndex = blocks.indexOf(lede);
  if (attributions.some((a) => a.blockIndex === ledeIndex || a.pattern === 'wire_dateline' || (a.pattern === 'byline_via'))) return false;
  const leaders: OutletRef[] = [];
  const seenBlocks = new Set<number>();
  for (const a of attributions) {
    if (a.block !== 'paragraph' || seenBlocks.has(a.blockIndex)) continue;
    seenBlocks.add(a.blockIndex);
    if (!leaders.some((o) => sameOutlet(o, a.outlet))) leaders.push(a.outlet);
  }
  return leaders.length >= 3;
}

const PHOTO_CAPTION_END = /[([](?:picture|photo|photograph|image|credit|crédit|crédit photo|photo ?credit)s?\s*:[^()[\]]{1,80}[)\]]\s*\.?\s*$/i;
const JOURNAL_TITLE = /^(?:the\s+)?(?:lancet|nature|science|cell|bmj|jama|nejm|plos|pnas|new england journal of medicine|british medical journal|proceedings of the|annals of|journal of|the journal of)(?:\s|$)/i;
const SCIENTIFIC_JOURNAL_BEFORE = /(?:revue|journal|مجلة)\s+(?:médicale|scientifique|medical|scientific|peer-reviewed|الطبية|العلمية)\s*[«"“]?\s*$/i;
const STUDY_IN_JOURNAL = /(?:étude|etude|études|study|studies|research|paper|findings|essai|trial|دراسة|الدراسة|بحث)[^.!?\n]{0,60}(?:revue|journal|مجلة)(?:\s+(?:médicale|scientifique|britannique|américaine|medical|scientific|peer-reviewed|الطبية|العلمية))?\s*[«"“]?\s*$/i;
const nationalNounCache = new Map<string, string | null>();
/** The country of an Arabic nationality word without its article or in the plural ("لبناني", "اللبنانيين"), or undefined. */
function nationalNoun(norm: string): string | undefined {
  const last = norm.charCodeAt(norm.length - 1);
  if (norm.length < 4 || (last !== 0x64a && last !== 0x646 && last !== 0x647)) return undefined; // ي ن ه
  let c = nationalNounCache.get(norm);
  if (c === undefined) {
    const base = norm.endsWith('ين') || norm.endsWith('ون') ? norm.slice(0, -2) : norm;
    c = nationality(base.startsWith('ال') ? base : 'ال' + base) ?? null;
    if (nationalNounCache.size > 20_000) nationalNounCache.clear();
    nationalNounCache.set(norm, c);
  }
  return c ?? undefined;
}

const AIRED_SHOW_AFTER = /^\s+(?:(?:a|an|the|its|their|his|her)\s+)?(?:(?:new|weekly|daily|nightly|live|late-night|special|two-part|three-part|\d+-part|first|final|last|latest)\s+)*(?:phone-in|programme|program|show|series|episode|episodes|documentary|sitcom|drama|comedy|film|movie|match|matches|game|games|concert|debate|quiz|soap|serial|advert|advertisement|commercial)s?\b/i;
const AIRED_SHOW_BEFORE_AR = /(?:سلسل[ةه]|مسلسل|مسلسلات|فيلم|أفلام|افلام|مبارا[ةه]|مباريات|سيتكوم|السلسل[ةه]|المسلسل|الفيلم|المبارا[ةه])(?:\s+[\u0600-\u06ff]+){0,2}\s*$/;

function analyzeInner(input: ArticleInput, deps: EngineDeps, options: AnalyzeOptions): Analysis {
  const text = typeof input.text === 'string' ? input.text : '';
  const reg = deps.registry;
  const t = tokenize(text);
  const titleIn = typeof input.title === 'string' ? input.title : null;
  const blocks = normalizeBlocks(text, Array.isArray(input.blocks) ? input.blocks : undefined, titleIn);
  const blockOf = blockIndex(t, blocks);
  const lang: Lang = input.lang === 'ar' || input.lang === 'fr' || input.lang === 'en' ? input.lang : detectLang(text);
  const titleBlock = blocks.find((b) => b.kind === 'title');
  const title = titleIn ?? (titleBlock ? text.slice(titleBlock.start, titleBlock.end) : '');

  const articleDomains = new Set<string>();
  const links = Array.isArray(input.links) ? input.links : [];
  for (const l of links) {
    if (!l || typeof l.href !== 'string') continue;
    try {
      const h = normalizeHost(new URL(l.href).hostname);
      if (h) { articleDomains.add(h); const p = h.split('.'); if (p.length > 2) articleDomains.add(p.slice(-2).join('.')); }
    } catch { /* not a URL */ }
  }
  textDomains(t, articleDomains);

  let host: OutletRef | null = hostFromInput(reg, input.url, input.siteName);
  const scanned = dropRedefinedAcronyms(t, dropAnaphoricHeads(t, scanOutletMentions(t, reg, MAX_MENTIONS)));
  // "Speaking to The Independent" on The Independent's own page is the paper, not a short form of "The Kyiv Independent".
  const hostId = host?.id ?? null;
  const hostNameEnds = new Set<number>();
  if (hostId) for (const m of scanned) if (m.entry?.ids.includes(hostId)) hostNameEnds.add(m.last);
  const shorts = shortFormMentions(t, scanned, reg, MAX_MENTIONS).filter((m) => !hostNameEnds.has(m.last));
  // Tokens a superseding short form spans ("the Capital Sun" over the magazine Capital): mentions ending there give way.
  const replaced = new Set<number>();
  for (const m of shorts) if (m.supersedes) for (let j = m.first; j <= m.last; j++) replaced.add(j);
  let known = shorts.length === 0 ? scanned : [...scanned.filter((m) => !replaced.has(m.last)), ...shorts].sort((a, b) => a.first - b.first);
  const codes = bylineAgencyCodes(t, blocks, blockOf, reg);
  if (codes.length > 0) known = [...known, ...codes].sort((a, b) => a.first - b.first);
  const cues = scanCues(t);
  const unknown = scanUnknownOutlets(t, known, (id) => reg.byId(id)?.country ?? undefined);
  const sup = unknown.filter((u) => u.supersedes);
  let keptKnown = known;
  if (sup.length > 0) {
    const inside = new Uint8Array(t.n);
    for (const u of sup) for (let j = u.first; j <= u.last; j++) inside[j] = 1;
    keptKnown = known.filter((k) => !(inside[k.first] && inside[k.last]));
  }
  let mentions = unknown.length === 0 ? known : [...keptKnown, ...unknown].sort((a, b) => a.first - b.first);
  const confirmed = confirmedBareSources(t, cues, mentions);
  if (confirmed.length > 0) mentions = [...mentions, ...confirmed].sort((a, b) => a.first - b.first);
  // Bounded work on pathological input: no real article names thousands of outlets.
  if (mentions.length > MAX_MENTIONS) mentions = mentions.slice(0, MAX_MENTIONS);
  const countryCounts = new Map<string, number>();
  for (const p of findPlaces(t)) countryCounts.set(p.place.iso, (countryCounts.get(p.place.iso) ?? 0) + 1);
  // Arabic nationality adjectives place a story as its places do: "وكالة الأنباء الكويتية … مطار الكويت" is Kuwait's,
  // so its "الراي" is Kuwait's Al-Rai, not Jordan's Al-Rai.
  // (People's nationalities count too, without the article or in the plural: "تلميذ لبناني", "غير اللبنانيين".)
  for (let i = 0; i < t.n; i++) {
    if (t.kind[i]! !== TokKind.Arabic) continue;
    const c = nationality(t.norm[i]!) ?? nationalNoun(t.norm[i]!);
    if (c) countryCounts.set(c, (countryCounts.get(c) ?? 0) + 1);
  }
  let mainCountry: string | null = null;
  let best = 1;
  for (const [iso, n] of countryCounts) if (n > best) { best = n; mainCountry = iso; }
  // The country most of the unambiguous outlets named come from: a Senegalese review citing Walf and L'Observateur
  // cites Senegal's Le Soleil too.
  const outletCountries = new Map<string, number>();
  for (const m of mentions) {
    // (An Arabic everyday word, "الجديد", "the new", counts only with its head noun or quotes: "قناة الجديد", «الجديد».)
    const bare = m.entry?.common && m.head < 0 && t.kind[m.first]! === TokKind.Arabic && !(m.first > 0 && QUOTES.has(t.norm[m.first - 1]!));
    const ids = m.entry && !m.entry.shared && !bare ? m.entry.ids : null;
    // Agencies file for every country's press: they say nothing of where the story is read.
    const rec = ids && ids.length === 1 ? reg.byId(ids[0]!) : undefined;
    const c = rec && rec.medium !== 'agency' ? rec.country : undefined;
    if (c) outletCountries.set(c, (outletCountries.get(c) ?? 0) + 1);
  }
  // In Arabic, one unambiguous outlet is evidence enough when no other country ties it: the Arab world's papers share
  // their names, and a Beirut review citing Nidaa al-Watan means Lebanon's An-Nahar, Al-Akhbar and Al-Joumhouria.
  // ("told the Herald" beside one Guardian report is not thereby Glasgow's Herald.)
  let citedCountry: string | null = null;
  let citedBest = lang === 'ar' ? 0 : 1;
  let citedTie = false;
  for (const [c, n] of outletCountries) {
    if (n > citedBest) { citedBest = n; citedCountry = c; citedTie = false; } else if (n === citedBest) citedTie = true;
  }
  if (citedTie) citedCountry = null;
  // A press review naming several papers that share their names across countries ("الشروق", "المساء", "الشعب",
  // "الوطن") reads one country's press: the country that has a paper of each name (DZ has all four; TN, EG or CN one or two).
  if (!citedCountry) {
    const cover = new Map<string, Set<string>>();
    for (const m of mentions) {
      if (!m.entry || m.entry.ids.length < 2) continue;
      for (const id of m.entry.ids) {
        const c = reg.byId(id)?.country;
        if (!c) continue;
        let keys = cover.get(c);
        if (!keys) { keys = new Set(); cover.set(c, keys); }
        keys.add(m.entry.key);
      }
    }
    let bestCover = 1;
    let coverCountry: string | null = null;
    let coverTie = false;
    for (const [c, keys] of cover) {
      const n = keys.size + (outletCountries.get(c) ?? 0);
      if (n > bestCover) { bestCover = n; coverCountry = c; coverTie = false; } else if (n === bestCover) coverTie = true;
    }
    if (coverCountry && !coverTie && (cover.get(coverCountry)?.size ?? 0) >= 2) citedCountry = coverCountry;
  }
  const ctx: GrammarContext = { t, cues, blockOf, blocks, reg, host, articleDomains, settled: new Map(), mainCountry, citedCountry, lang, ...blockTokenRanges(t, blockOf, blocks.length) };
  const g = runGrammar(ctx, mentions);
  // A shared name left unsettled before the article settles it ('"لا ناسيون": …' above 'صحيفة "لا ناسيون" الأرجنتينية'): the
  // headline's mention is the outlet settled below.
  if (ctx.settled.size > 0) {
    for (const a of g.attributions) {
      if (a.outlet.id !== null) continue;
      const e = reg.lookupAlias(a.outlet.name);
      const id = e && e.ids.length > 1 ? ctx.settled.get(e.key) : undefined;
      const rec = id !== undefined ? reg.byId(id) : undefined;
      if (rec) a.outlet = outletRef(rec);
    }
  }
  // "أفادت وكالة الطلبة الإيرانية "إيسنا"": a description of a known outlet that names it in quotes right after is that outlet.
  // (Also when the description alone was read as a country's agency: "وكالة الأنباء الإسبانية "أوروبا بريس"" is not EFE.)
  for (const a of g.attributions) {
    if (a.outlet.known && !(a.mention >= 0 && mentions[a.mention]?.unknown)) continue;
    const after = text.slice(a.nameEnd, a.nameEnd + 40);
    const q = /^\s*(?:\S+\s+)?["«“](?=[^"»”\n]{2,30}["»”])/u.exec(after);
    if (!q) continue;
    // (The whole quoted title: "إس في تي" is SVT, not the "آس" its first word spells.)
    const m = mentions.find((x) => x.entry && x.start === a.nameEnd + q[0].length && /^["»”]/.test(text.slice(x.end, x.end + 1)));
    const id = m?.entry && m.entry.ids.length === 1 ? m.entry.ids[0] : undefined;
    const rec = id !== undefined ? reg.byId(id) : undefined;
    if (rec && (q[0].trim().length === 1 || nationality(normalizeForMatch(q[0].trim().slice(0, -1).trim())) !== undefined)) a.outlet = outletRef(rec);
  }
  // "a réagi auprès de l'AFP un délégué du SNJ à L'Est républicain": the paper where the speaker works, not one he spoke to.
  g.attributions = g.attributions.filter((a) => !(a.pattern === 'interview_with' && a.nameStart >= 0 &&
    /(?<![\p{L}])(?:délégué|déléguée|délégués|élu|élue|élus|représentant|représentante|représentants|salarié|salariée|salariés|employé|employée|employés|journaliste|journalistes|syndicaliste)\s+(?:(?:du|des|de\s+la|de\s+l['’]|de|d['’])\s*[\p{L}'’-]+\s+){0,2}(?:à|au|aux)\s+(?:l['’]|la\s+|le\s+|les\s+)?$/iu.test(text.slice(Math.max(0, a.nameStart - 60), a.nameStart))));
  // "Le maire a demandé à Mediapart de retirer l'article": a demand made to an outlet is no interview (made on its air it is:
  // "a réclamé mercredi sur France Inter").
  g.attributions = g.attributions.filter((a) => !(a.pattern === 'interview_with' && /^(?:réclam\p{L}*|demand\p{L}*|exig\p{L}*|suggér\p{L}*|propos(?:é|ée|és|ées|e|ent))\s+(?:[\p{L}-]+\s+)?(?:à|au|aux)\s/iu.test(a.surface)));
  // "sera qualifié pour le déplacement de dimanche au Standard": eligible to play there, not a judgement given to an outlet.
  g.attributions = g.attributions.filter((a) => !(a.pattern === 'interview_with' && /^qualifi(?:é|ée|és|ées)\s+pour\s/iu.test(a.surface)));
  // "نقلت وكالة الأنباء الإسبانية "أوروبا بريس"": the description (an alias of EFE's) and the quoted name are one citation, of the
  // outlet the quotes name.
  const byStart = new Map<number, FoundAttribution[]>();
  for (const a of g.attributions) { const l = byStart.get(a.start); if (l) l.push(a); else byStart.set(a.start, [a]); }
  g.attributions = g.attributions.filter((a) => !(byStart.get(a.start)!.length > 1 && byStart.get(a.start)!.some((b) => b !== a && b.outlet.known && b.nameStart > a.nameEnd &&
    /^\s?["«“]$/u.test(text.slice(a.nameEnd, b.nameStart)))));
  // "Postmedia said in a statement", "وقالت شبكة الجزيرة في بيان": an outlet speaking for itself as an organisation
  // is news about it, not a source of the story.
  g.attributions = g.attributions.filter((a) => !(a.pattern === 'reported_by' && (CORPORATE_STATEMENT.test(text.slice(a.end, a.end + 60)) || OBJECT_THEN_STATEMENT.test(text.slice(a.end, a.end + 90)))));
  // "Elles n'ont pas été confirmées par Keystone-ATS", "has not been confirmed by Reuters": what the outlet did not say.
  g.attributions = g.attributions.filter((a) => !(/^(?:confirm|corrobor)/i.test(a.surface.trim()) && UNCONFIRMED_BEFORE.test(text.slice(Math.max(0, a.start - 40), a.start))));
  // "l'animateur emblématique de France 2 a confié": the channel's presenter speaks, not the channel.
  // "أعضاء هيئة تحرير مجلة «الفصول الأربعة» التي خصصت غلاف عددها": in Arabic, the staff noun governs the title.
  g.attributions = g.attributions.filter((a) => !(a.pattern === 'reported_by' && STAFF_OF_BEFORE_AR.test(text.slice(Math.max(0, a.nameStart - 60), a.nameStart).replace(ARABIC_MARKS, ''))));
  // "confie un journaliste de Bel RTL qui souhaite rester anonyme": the same, with the speaker after the verb.
  g.attributions = g.attributions.filter((a) => !(a.pattern === 'reported_by' && STAFF_OF_BEFORE.test(text.slice(Math.max(0, a.nameStart - 80), a.nameStart)) &&
    (a.start >= a.nameStart || /^\s*[\p{L}'’-]+(?:-(?:t-)?(?:il|elle))?\s+(?:un|une|le|la|l['’]|des|les)\s*/iu.test(text.slice(a.start, a.nameStart)))));
  // "Canal+" and "Canal" share a matching form; the channel is named with its plus ("le Canal de Suez … Le Canal
  // poursuit" is the waterway).
  g.attributions = g.attributions.filter((a) => !(a.outlet.name.endsWith('+') && a.mention >= 0 && !/\+|plus|بلوس|بلس/i.test(text.slice(a.nameStart, a.nameEnd + 2))));
  // "Le match sera diffusé en direct sur Canal+", "تنقل المباراة قناة عمان الرياضية، كما تبث عبر إذاعة سلطنة عمان": a channel
  // airing an event is where to watch it, not a source of the story.
  // "أصدر المعهد نشرة متابعة خاصة … وحسب النشرة": the definite noun points back to the bulletin named before it, not
  // to Elnashra; likewise "خبر … الخبر". Quoted names stay outlets.
  g.attributions = g.attributions.filter((a) => {
    const earlier = DOCUMENT_NAMES.get(text.slice(a.nameStart, a.nameEnd).replace(ARABIC_MARKS, '').replace(/^[وفب]/, ''));
    return !(earlier && !/[«"“']/.test(text[a.nameStart - 1] ?? '') && earlier.test(text.slice(Math.max(0, a.nameStart - 5000), a.nameStart)));
  });
  // So is a channel airing a programme or a sitting ("la série est diffusée le lundi sur les ondes de TVA", "لعرضه على
  // شاشة تلفزيون سلطنة عمان", "La séance, retransmise en direct par la RTB"), unless someone speaks in it.
  g.attributions = g.attributions.filter((a) => {
    if (a.pattern === 'byline_via' || a.pattern === 'wire_dateline') return true;
    const sentence = sentenceAround(text, a.start, a.end);
    if (AIRS_AN_EVENT.test(sentence)) return false;
    const plain = sentence.replace(ARABIC_MARKS, '');
    if (!AIRS_A_SHOW.test(plain)) return true;
    return INTERVIEW_NOUN.test(plain) || SPEECH_IN_SENTENCE.test(text.slice(Math.max(0, a.start - 60), a.end).replace(ARABIC_MARKS, ''));
  });
  // "la mission de service public confiée à RTL" is entrusted to the broadcaster, not said to it (that takes an auxiliary
  // or a speech noun: "a confié à RTL", "des propos confiés à RTL"); "la CRTV lui avait consacré un documentaire" is what
  // the outlet did for someone, not what it reported.
  g.attributions = g.attributions.filter((a) => {
    if (a.pattern === 'interview_with' && /^confi(?:é|ée|és|ées)\s+(?:à|au|aux)(?![a-zà-ÿ])/i.test(a.surface)) return SPOKEN_CONFIDENCE.test(text.slice(Math.max(0, a.start - 30), a.start));
    if (a.pattern === 'reported_by' && /^\s+(?:lui|leur)\s/i.test(text.slice(a.nameEnd, a.nameEnd + 7))) return false;
    return true;
  });
  // A headline that opens on an outlet doing something, with no cue ("La RTS va supprimer 75 postes", "BBC to cut 500
  // jobs"): the outlet is the story's subject, and what it says in the body is a party's word.
  // So is an outlet the headline names as where the news happens or as its staff's employer ("Nouvelles compressions
  // chez Groupe TVA", "un chroniqueur de Jawhara FM condamné"): what it says, or what was said on its air, is the matter.
  const subjectIds = [...(headlineSubject(t, blocks, blockOf, mentions, g.attributions) ?? []), ...(headlineHousedOutlet(t, blocks, blockOf, mentions, g.attributions) ?? [])];
  // The group that owns the outlet in the news speaks for it as a party too: "la SSR a confirmé" under "À la RTS, …".
  const subject = [...subjectIds, ...subjectIds.map((id) => reg.byId(id)?.parent).filter((p): p is string => typeof p === 'string')];
  if (subject.length > 0) g.attributions = g.attributions.filter((a) => !(a.block === 'paragraph' && (a.pattern === 'reported_by' || a.pattern === 'according_to' || a.pattern === 'interview_with') &&
    a.outlet.id !== null && subject.includes(a.outlet.id)));
  // "كتب في جريدة «النهار» خلال السبعينيات زاوية أسبوعية": a career, not a citation; "according to RTD data": an
  // acronym's figures are a body's; "a dénoncé « une situation … propre à Canal 2 »": the outlet is inside the quote.
  // Read only when a broadcaster is cited: most pages never need it.
  let audienceRead: boolean | undefined;
  const audienceStory = (): boolean => (audienceRead ??= (text.slice(0, 20000).match(AUDIENCE_WORDS)?.length ?? 0) >= 3);
  // Read once per article, not once per citation: a page may name CCTV thousands of times.
  let aboutChina: boolean | undefined;
  const bodyNamed = new Map<string, boolean>();
  const ownProgrammes = new Set<string>();
  g.attributions = g.attributions.filter((a) => {
    if (a.pattern === 'reported_by' && /^[وف]?كتب\s/.test(a.surface) && (CAREER_AR.test(a.surface) || (/^[وف]?كتب\s+في\s/.test(a.surface) && CAREER_AR.test(text.slice(a.end, a.end + 60))))) return false;
    if (a.pattern === 'according_to' && /^[A-Z]{2,5}$/.test(text.slice(a.nameStart, a.nameEnd)) && /^\s+(?:data|figures|statistics|records|estimates)\b/i.test(text.slice(a.nameEnd, a.nameEnd + 15))) return false;
    if (a.pattern === 'interview_with' && a.nameStart > a.start && /«(?![^»]*»)/.test(text.slice(a.start, a.nameStart).replace(/«\s*$/, ''))) return false;
    // ... or inside straight quotes: 'تحدثت المديرة عن "الدور الريادي لإذاعة صفاقس"'.
    if (a.pattern === 'interview_with' && a.nameStart > a.start && (text.slice(a.start, a.nameStart).replace(/"\s*$/, '').split('"').length - 1) % 2 === 1) return false;
    // "won the Opinion Writing Award for a series of articles … published by Asharq Al-Awsat": the paper is credited with
    // prize-winning work, the subject of an awards story, not a source. (Not French "prix": a price as often as a prize.)
    if (a.pattern === 'published_by' && PRIZE_IN_SENTENCE.test(sentenceAround(text, a.start, a.end))) return false;
    // "كشفت قناة «ميدي1 تيفي» … عن شبكة برامجها", "France 2 dévoile sa grille de rentrée", "ITV unveiled its autumn schedule": a
    // channel presenting its own programmes is the news, not a source.
    if ((a.outlet.medium === 'tv' || a.outlet.medium === 'radio' || a.outlet.medium === 'group' || a.outlet.medium === 'online') && a.pattern === 'reported_by' &&
      OWN_PROGRAMMES_AFTER.test(sentenceRest(text, a.end))) { ownProgrammes.add(a.outlet.id ?? a.outlet.name); return false; }
    // "l'hebdomadaire Le Réveil du Trégor publie son dernier numéro", "the paper printed its final edition": a paper's own issue
    // is the news.
    if (a.pattern === 'reported_by' && OWN_ISSUE_AFTER.test(sentenceRest(text, a.end))) return false;
    // "beIN Sports, qui diffusait une partie des rencontres": the matches a channel aired.
    if (a.pattern === 'reported_by' && /(?:^|\s)(?:diffus\p{L}*|retransm\p{L}*)$/u.test(a.surface) && AIRED_MATCHES_AFTER.test(text.slice(a.end, a.end + 60))) return false;
    // "France 3 complète le podium", "Sur France 2, « Le Grand Concours »": in a ratings story the channels are what is
    // measured; only what one of them says, or what is said on its air, is a source.
    if ((a.outlet.medium === 'tv' || a.outlet.medium === 'radio' || a.outlet.medium === 'group') && a.pattern !== 'according_to' && !SPEECH_IN_SENTENCE.test(a.surface) && audienceStory()) return false;
    // "RTÉ said the show had been streamed in 97 countries": there, a channel speaking of its own show's reach is a party too.
    if ((a.outlet.medium === 'tv' || a.outlet.medium === 'radio' || a.outlet.medium === 'group') && (a.pattern === 'reported_by' || a.pattern === 'interview_with') && OWN_SHOW_AFTER.test(text.slice(a.end, a.end + 70)) && audienceStory()) return false;
    // "Sea reported a net loss", "the group reported record revenue": a company's results, not a report.
    // (A name the registry does not know may be the company itself: "Sea reported that Garena's bookings rose".)
    if (a.pattern === 'reported_by' && /(?:^|\s)reported$/i.test(a.surface.slice(a.nameEnd - a.start).trim()) && (COMPANY_RESULTS_AFTER.test(text.slice(a.end, a.end + 60)) ||
      (a.outlet.id === null && COMPANY_METRIC_AFTER.test(text.slice(a.end, a.end + 60))))) return false;
    // "في حديث لبرنامج "دنيا يا دنيا" الذي يبث على شاشة رؤيا": the quoted words after "برنامج" are the show's title.
    if (/^[\u0600-\u06ff]/.test(text.slice(a.nameStart, a.nameEnd)) && /(?:^|[\s(])[وفبل]?ل?برنامج\s*[«"“]\s*$/.test(text.slice(Math.max(0, a.nameStart - 20), a.nameStart))) return false;
    // "Both matches will be broadcast live in Haiti on Télé Éclair, the FHF said": the channel airing them, not one spoken on.
    if (a.pattern === 'interview_with' && /^on\s/i.test(a.surface) && /(?<![\p{L}])(?:broadcast|televised|aired|streamed|shown|carried)(?![\p{L}])[^.!?\n]{0,40}$/iu.test(text.slice(Math.max(0, a.start - 60), a.start))) return false;
    // "… but the Australian said only that he would sit down with Jannik": a nationality noun with a lower-case article,
    // speaking, is a person (a paper named so is written "The Australian", or reports).
    if (a.pattern === 'reported_by' && a.outlet.id !== null) {
      const m = /^the\s+(\p{L}+)\s+(?:said|says|added|adds|admitted|insisted|explained|conceded|joked|smiled|told)\b/u.exec(text.slice(a.nameStart - (a.nameStart >= 4 && text.slice(a.nameStart - 4, a.nameStart) === 'the ' ? 4 : 0), a.end + 1));
      if (m && nationality(m[1]!.toLowerCase()) !== undefined) return false;
    }
    // "une étude publiée mardi dans la revue médicale The Lancet", "a study published in the journal Nature": the study is
    // the source, and the journal that peer-reviewed it is no newsroom.
    if (a.pattern === 'published_by' && STUDY_IN_JOURNAL.test(text.slice(Math.max(0, a.nameStart - 90), a.nameStart))) return false;
    // ("dans la revue scientifique X", "publiée jeudi dans The Lancet Planetary Health": a scientific journal named so, or by
    // a title journals bear, with no study word close by. What the journals' news desks report stays: "Nature News reported".)
    if (a.pattern === 'published_by' && a.outlet.id === null && (JOURNAL_TITLE.test(a.outlet.name.trim()) || SCIENTIFIC_JOURNAL_BEFORE.test(text.slice(Math.max(0, a.nameStart - 40), a.nameStart)))) return false;
    // "Kenya Gazette", "Government Gazette": a state's official journal, not a newspaper.
    if (a.outlet.id === null && /^(?:the\s+)?(?:\p{Lu}\p{L}+\s+)?(?:government\s+|official\s+)?gazette$/iu.test(a.outlet.name.trim()) &&
      (/^(?:the\s+)?(?:government|official)\s/i.test(a.outlet.name) || isLatinPlaceName([a.outlet.name.trim().split(/\s+/)[0]!.toLowerCase()]))) return false;
    // "Bay Beat FM aired a weekly phone-in", "the channel aired the series": a show it put on the air, not a report.
    if (a.pattern === 'reported_by' && /(?:^|\s)(?:aired|airs|broadcast|broadcasts|screened|showed)$/i.test(a.surface) && AIRED_SHOW_AFTER.test(text.slice(a.end, a.end + 50))) return false;
    // "حلقتين من سلسلة فكاهية بثتها القناة الثانية": a series, a film or a match the channel aired (a programme may be where
    // someone spoke, so it stays).
    if (a.pattern === 'published_by' && /^[وف]?(?:بثتها|بثته|بثها|عرضتها|عرضته|عرضها|تبثها|تبثه|تعرضها|تعرضه)\s/.test(a.surface) && AIRED_SHOW_BEFORE_AR.test(text.slice(Math.max(0, a.start - 40), a.start))) return false;
    // "ضمن نشرتها الاقتصادية", "في نشرته المسائية": after a preposition the word is the noun (its bulletin), not the verb
    // (it published), and the everyday-word title after it (الاقتصادية) is the bulletin's adjective.
    if (a.pattern === 'published_by' && /^(?:نشرتها|نشرته|نشرتهم)\s/.test(a.surface) && /(?:^|\s)(?:ضمن|في|عبر|على|خلال|من)\s+$/.test(text.slice(Math.max(0, a.start - 8), a.start))) return false;
    // "The Metro carries around 30 million passengers a year": a count carried is freight, not a report.
    if (a.pattern === 'reported_by' && /(?:^|\s)carr(?:ies|ied|y)$/i.test(a.surface) && /^\s+(?:(?:around|about|some|more than|nearly|over|up to|roughly|almost)\s+)?\d/i.test(text.slice(a.end, a.end + 30))) return false;
    // "CCTV showed her withdrawing cash": a camera, unless the story is about China.
    if (a.outlet.id === 'cctv' && !(aboutChina ??= CHINA_CONTEXT.test(text))) return false;
    // "لم تكن الإطلالة الأخيرة … على شاشة "LBCI"", "سيعرض على شاشة إحدى قنوات MBC": an appearance or a showing on a
    // channel's screen, with no one speaking there.
    if (a.pattern === 'interview_with' && /^[وف]?(?:على|عبر)\s+(?:شاشة|شاشات)/.test(a.surface) && !SPEECH_IN_SENTENCE.test(sentenceAround(text, a.start, a.end).replace(ARABIC_MARKS, ''))) return false;
    // "أعلنت منصة "رافد" السعودية، المتخصصة في حلول الدفع": a platform the registry does not know is an app or a
    // company unless the text calls it a news platform.
    if (a.outlet.id === null && /(?:^|\s)[وف]?(?:منصة|لمنصة|بمنصة)\s/.test(a.surface) && !/إخباري|إعلامي|صحفي|صحافي|للأخبار|الإخبارية|الإعلامية/.test(text.slice(a.start, a.end + 60))) return false;
    // "Le groupe de bancassurance KBC a publié", "the publisher of the Mirror, Express and Daily Star said", "le directeur
    // de publication d'Echos du Nord dénonce": a company, an owner, or a newsroom's head speaking for it.
    if ((a.pattern === 'reported_by' || a.pattern === 'according_to') && (COMPANY_BEFORE.test(text.slice(Math.max(0, a.nameStart - 60), a.nameStart)) ||
      OWNER_OF_LIST.test(text.slice(Math.max(0, a.nameStart - 90), a.nameStart)) || HEAD_OF_PUBLICATION.test(text.slice(Math.max(0, a.start - 40), a.nameStart)))) return false;
    // "avant d'être repérée par RTL-TVI": a career, the channel hired her.
    if (a.pattern === 'according_to' && /^repér/i.test(a.surface) && /(?:d['’]être|avoir été)\s*$/i.test(text.slice(Math.max(0, a.start - 14), a.start))) return false;
    // "Droits TV : la Ligue 2 aussi sur Ligue 1+": a headline's topic, a name the registry does not know and the body never writes.
    if (a.block === 'title' && a.pattern === 'other' && a.outlet.id === null && !text.includes(a.outlet.name, a.end)) return false;
    // "RMC : l'éditorialiste Bertrand Vallier quitte la station": a label over news about the outlet's own people or air.
    if (a.block === 'title' && a.pattern === 'other' && LABEL_ABOUT_ITSELF.test(text.slice(a.end, a.end + 160).split('\n')[0]!)) return false;
    // "ABC flags 120 job cuts in content shake-up", "France Télévisions annonce 200 suppressions de postes": a headline
    // outlet announcing its own cuts is the news's subject (cuts "at Ford" would be someone else's).
    if (a.block === 'title' && a.pattern === 'reported_by' && OWN_CUTS_AFTER.test(text.slice(a.end, a.end + 80))) return false;
    // "the bill was picked up by National": in English, a foreign title's everyday word without its article ("Le
    // National", "La Nación") is the word; English writers keep a foreign title's article.
    if (lang === 'en' && a.mention >= 0 && mentions[a.mention]?.entry?.derived && mentions[a.mention]!.entry!.common && mentions[a.mention]!.head < 0 &&
      !(reg.byId(a.outlet.id ?? '')?.languages.includes('en') ?? true) && !/(?:^|[\s(])(?:the|le|la|les|el|il|al|der|die|das)\s+$|[«"“]\s*$/i.test(text.slice(Math.max(0, a.nameStart - 5), a.nameStart))) return false;
    // "l'Union reprend provisoirement la première place": a team taking back the lead, not a paper relaying a story.
    if (a.pattern === 'reported_by' && /(?:^|\s)(?:reprend|reprennent|a repris|ont repris)$/i.test(a.surface.trim()) && RESUMES_AFTER.test(text.slice(a.end, a.end + 60))) return false;
    // "© Copyright 2025 Gulf Times. All rights reserved. Provided by SyndiGate Media Inc. (Syndigate.info)": the
    // distributor of a reposted story is no source of it.
    if (a.pattern === 'other' && /(?:provided|distributed|supplied|syndicated) by\s+[^\n]{0,60}$/i.test(text.slice(Math.max(0, a.start - 80), a.start)) &&
      /©|copyright|all rights reserved|tous droits réservés/i.test(text.slice(Math.max(0, a.start - 200), a.start))) return false;
    // "the Pakistan Broadcasting Corporation, which runs Radio Pakistan": running a station is owning it, not reporting.
    if (a.pattern === 'reported_by' && /(?:^|\s)(?:runs|ran)$/i.test(a.surface.trim()) && /^\s+(?:the\s+)?\p{Lu}/u.test(text.slice(a.end, a.end + 20))) return false;
    // "Metro, which runs the buses in the city": a paper runs a story, a piece or a headline; what else is run is operated.
    if (a.pattern === 'reported_by' && /(?:^|\s)(?:runs|ran)$/i.test(a.surface.trim()) && !RUN_A_STORY.test(text.slice(a.end, a.end + 70))) return false;
    // "la Télé Sahel a consacré une édition spéciale de son journal au lancement de l'examen": a channel covering an
    // event on its air is where to watch it, not a source.
    if (a.pattern === 'reported_by' && (a.outlet.medium === 'tv' || a.outlet.medium === 'radio') && /consacr/i.test(a.surface) &&
      /^\s+(?:\S+\s+){0,3}?(?:une|un|son|sa|ses)\s+(?:édition|émission|journal|journaux|reportage|reportages|magazine|plateau|direct|programme|soirée)/i.test(text.slice(a.end, a.end + 60))) return false;
    // "Ce n'est pas la première fois que Liberté … s'intéresse à": the paper's habits, not this story's source.
    if (a.pattern === 'reported_by' && /(?:n['’]est pas|c['’]est|not|is) (?:la|the) (?:première|premiere|first|\S+ième) (?:fois|time) (?:que|qu['’]|that)\s*$/i.test(text.slice(Math.max(0, a.start - 50), a.start))) return false;
    // "his pictures of the 1972 flood appeared on the Press's front page": someone's work in a paper, a career.
    if (a.pattern === 'published_by' && /(?<![\p{L}])(?:his|her|their|ses|leurs)\s+(?:[\p{L}-]+\s+){0,1}(?:pictures|photos|photographs|images|cartoons|columns|drawings|dessins|chroniques|caricatures)(?![\p{L}])/iu.test(sentenceAround(text, a.start, a.end))) return false;
    // "Le Réseau de transport de la Capitale (RTC) rappelle": the title ends a longer name its acronym spells out.
    if (a.outlet.id !== null && a.nameStart > 0 && endsAcronymName(text, a.nameStart, a.nameEnd)) return false;
    // "بحسب البيانات الصادرة عن البورصة … نشرته البورصة" on a Qatari page: an everyday word that names a paper of another
    // country, with no head noun or quotes, is the word (the Qatar exchange, not Egypt's Alborsa News).
    if (a.outlet.id !== null && mainCountry && a.pattern !== 'interview_with' && a.mention >= 0 && mentions[a.mention]?.entry?.common && mentions[a.mention]!.head < 0 &&
      !mentions[a.mention]!.prefix.includes('ل') &&
      /^[\u0600-\u06ff]/.test(text.slice(a.nameStart, a.nameEnd)) && !/[«"“]/.test(text.slice(Math.max(0, a.nameStart - 2), a.nameStart)) &&
      reg.byId(a.outlet.id)?.country !== mainCountry && !/(?:^|\s)(?:صحيفة|جريدة|موقع|قناة|إذاعة|مجلة|وكالة)\s/.test(text.slice(Math.max(0, a.start - 2), a.nameStart)) &&
      (reg.byId(a.outlet.id)?.medium !== 'agency')) return false;
    // "بحسب بيانات البورصة", "وفق أرقام الجمارك": figures belong to a body; an everyday word that also names a paper,
    // with no head noun or quotes, right after a figures noun is that body.
    if (a.outlet.id !== null && a.mention >= 0 && mentions[a.mention]?.entry?.common && mentions[a.mention]!.head < 0 &&
      /(?:^|\s)[وب]?(?:بيانات|إحصاءات|إحصائيات|أرقام|تقديرات|حسابات|مؤشرات)\s+$/.test(text.slice(Math.max(0, a.nameStart - 20), a.nameStart))) return false;
    // "موقع "واينت" الإلكتروني التابع لصحيفة "يديعوت أحرونوت"": the paper that owns the site, not one spoken to.
    if (a.pattern === 'interview_with' && /(?:التابع|التابعة|المملوك|المملوكة|المقرب|المقربة|الموالي|الموالية)\s+$/.test(text.slice(Math.max(0, a.nameStart - 30), a.nameStart).replace(/[«"“]\s*$/, '').trimEnd().replace(/\S+$/, ''))) return false;
    // "وأوضحت "المراعي" أن" after "ارتفع صافي ربح شركة المراعي": a name nobody listed that the page also gives a company's
    // or a public body's head noun is that body speaking.
    if (a.outlet.id === null && namedAsBody(text, a.outlet.name, bodyNamed)) return false;
    // "كشفت «دبي أوبرا» عن برنامج موسمها": a name nobody listed unveiling its own programme, plan or season is the news.
    if (a.outlet.id === null && a.pattern === 'reported_by' && REVEALS_OWN_AFTER.test(text.slice(a.end, a.end + 50))) return false;
    // "جاسم المطوع، المدير العام لـ«دبي أوبرا»": a name nobody listed after its own head's title is where that person works.
    if (a.outlet.id === null && a.pattern === 'interview_with' && HEAD_OF_BEFORE_AR.test(text.slice(Math.max(0, a.nameStart - 40), a.nameStart))) return false;
    // "selon le site Vigicrues du ministère de la Transition écologique": a government's own site, not a newsroom.
    if (a.outlet.id === null && INSTITUTION_OWNER_AFTER.test(text.slice(a.nameEnd, a.nameEnd + 40))) return false;
    // "La DW indique avoir « pris acte » de la décision": a sanctioned outlet answering its regulator speaks for itself.
    if (a.pattern === 'reported_by' && /^\s*(?:\S+\s+){0,2}?(?:avoir\s+|a\s+)?pris\s+acte|^\s*(?:\S+\s+){0,2}?(?:regrette|conteste|dénonce)\s+(?:la|cette)\s+(?:décision|sanction|suspension)|^\s*(?:\S+\s+){0,2}?(?:regrets|disputes|will appeal)\s+(?:the|this)\s+(?:decision|ruling|fine|sanction)/i.test(text.slice(a.end, a.end + 60))) return false;
    // "scrapped its nightly news programme The Nine on the BBC Scotland channel": a programme's slot, no one speaking.
    if (a.pattern === 'interview_with' && /^on\s/i.test(a.surface)) {
      const sentence = sentenceAround(text, a.start, a.end);
      if (/(?<![a-zà-ÿ])(?:programme|program|show|series|bulletin|documentary|émission|magazine|chronique)(?![a-zà-ÿ])/i.test(sentence) && !SPEECH_IN_SENTENCE.test(sentence)) return false;
    }
    // "بينما يرى الأهالي أن": an everyday word after a masculine verb is people, not the paper of that name (a paper takes
    // the feminine: "وترى «الأهالي»").
    if (a.outlet.id !== null && a.mention >= 0 && mentions[a.mention]?.entry?.common && mentions[a.mention]!.head < 0 && /^[وف]?(?:يرى|يقول|قال|ذكر|أفاد|أكد|أوضح|أشار|يؤكد|يشير|يعتبر|اعتبر|طالب|يطالب)\s+$/.test(text.slice(a.start, a.nameStart)) &&
      !/[«"“]/.test(text.slice(a.nameStart - 2, a.nameStart))) return false;
    // "Télé Champéry-Crosets, la société qui exploite les installations, a confirmé": a name the registry does not know,
    // set beside a company, is the company.
    if (a.outlet.id === null && /^\s*,\s*(?:la |une |l['’]|the |a |an )?(?:société|entreprise|compagnie|exploitant|opérateur|company|firm|operator)(?:\s+[a-zà-ÿ'’-]+){0,2}?(?:\s+(?:qui|que|dont|that|which)(?![a-zà-ÿ])|\s*,)/i.test(text.slice(a.nameEnd, a.nameEnd + 50))) return false;
    // "New rules for delivery apps published in Umm Al-Qura", "le décret publié au Journal officiel": a law printed in the
    // gazette that makes it law, not a report.
    if (a.pattern === 'published_by' && (OFFICIAL_GAZETTE.test(sentenceAround(text, a.start, a.end)) ||
      (PUBLISHED_IN.test(a.surface) && LEGAL_TEXT_BEFORE.test(text.slice(Math.max(0, a.start - 40), a.start))))) return false;
    // "انطلق بث إذاعة تطاوين سنة 1993": a masculine form before a feminine head noun is the verbal noun ("the broadcast
    // of"), not the verb, which agrees with its subject ("بثت إذاعة").
    if (a.pattern === 'reported_by' && /^[وف]?(?:بث|نقل|نشر|عرض)\s+(?:إذاعة|اذاعة|قناة|صحيفة|وكالة|مجلة|شبكة|جريدة|يومية)(?:\s|$)/.test(a.surface.replace(ARABIC_MARKS, ''))) return false;
    // "leaving the ABC broadcast without four of its players": after an article, the outlet and "broadcast" make a noun.
    if (a.pattern === 'reported_by' && /\s(?:broadcast|telecast|coverage)$/i.test(a.surface) && /(?:^|\s)the\s+(?:\S+\s+){0,2}$/i.test(text.slice(Math.max(0, a.nameStart - 20), a.nameStart)) &&
      /^\s*(?:without|of|on|was|is|had|has|will|drew|booth|rights|team|crew|deal|partners?|schedule|truck|studio|,|\.)(?![a-z])/i.test(text.slice(a.end, a.end + 12))) return false;
    // "Property Monitor, the analytics firm owned by Dubizzle Group, shows": a name the registry does not know, set
    // beside a firm, is the firm.
    if (a.outlet.id === null && a.pattern === 'reported_by' && /^,\s*(?:an?|the)\s+(?:[\w-]+\s+){0,3}?(?:firm|company|consultancy|provider|startup|start-up|platform|marketplace|developer|operator|lender|insurer|retailer)(?![a-z])/i.test(text.slice(a.nameEnd, a.nameEnd + 60))) return false;
    // "– Black Press Media" closing a local paper's story: the group that publishes it signs off, no source is cited.
    if (a.pattern === 'other' && a.outlet.id === null && host !== null && /\b(?:Media|Group|Network|Newspapers)$/.test(a.outlet.name) && a.blockIndex >= blocks.length - 2) return false;
    // "The photo was picked up by The Associated Press and ran in newspapers": a photo's or a story's career.
    if (/^picked up by/i.test(a.surface) && /(?<![a-z])(?:photo|photograph|picture|image|story|column|cartoon|video|footage)s?(?![a-z])[^.!?\n]{0,30}$/i.test(text.slice(Math.max(0, a.start - 50), a.start))) return false;
    // "according to a KPD news release": a police department's release, named by its acronym.
    if (a.outlet.id === null && a.pattern === 'according_to' && /^[A-Z]{2,5}$/.test(a.outlet.name) && /^\s+(?:news\s+)?(?:release|statement|report|spokes(?:wo)?man|spokesperson|official|officer|data|records)(?![a-z])/i.test(text.slice(a.nameEnd, a.nameEnd + 24))) return false;
    // "Tata Power declined to comment on the report when contacted by PTI": no one said anything to the outlet.
    if (a.pattern === 'interview_with' && /^(?:when\s+|lorsqu['’]il a été\s+|lorsqu['’]elle a été\s+)?(?:contacted|approached|reached|asked|contactée?s?|jointe?s?|sollicitée?s?)\s/i.test(a.surface) &&
      NO_COMMENT_BEFORE.test(text.slice(Math.max(0, a.start - 90), a.start))) return false;
    // "we can clear a street in 20 minutes," the manager said: a time, not the free daily 20 Minutes.
    if (/^\d+\s*minut/i.test(text.slice(a.nameStart, a.nameEnd)) && /(?:^|\s)(?:in|within|for|after|every|about|only|than|under|over|dans|en|pendant|depuis|toutes les|après|moins de|plus de)\s+$/i.test(text.slice(Math.max(0, a.nameStart - 14), a.nameStart))) return false;
    // "The AA said" in a British story is the motoring body: an agency's acronym that is also an everyday one takes no
    // article ("AA reported", "Anadolu Agency (AA)"), unless the agency's full name is in the text.
    if ((a.pattern === 'reported_by' || a.pattern === 'interview_with') && a.outlet.id !== null && a.mention >= 0 && mentions[a.mention]?.entry?.common &&
      /^[A-Z]{2,3}$/.test(text.slice(a.nameStart, a.nameEnd)) && /(?:^|\s)the\s+$/i.test(text.slice(Math.max(0, a.nameStart - 5), a.nameStart))) {
      const agency = reg.byId(a.outlet.id);
      if (agency?.medium === 'agency' && !text.includes(agency.name)) return false;
    }
    // "LE SALON … A FERMÉ SES PORTES SAMEDI SOIR": a lede shouted in capitals is no run of title words.
    if (a.outlet.id === null && SHOUTED_NAME.test(a.outlet.name)) return false;
    return true;
  });
  // An outlet speaking as an organisation is a party to the story, not its source: "Dans un courriel, Bell Média explique",
  // "the BBC said in a statement", "a spokesperson for Sky News said", "قالت القناة في بيان".
  g.attributions = g.attributions.filter((a) => !organisationVoice(text, a));
  const signOff = wireSignOff(text, blocks, reg);
  if (signOff && !g.attributions.some((a) => a.start === signOff.start)) g.attributions = [...g.attributions, signOff];
  const agencyDatelines = [...inlineAgencyDatelines(text, blocks, mentions, reg, lang), ...reviewLabels(text, blocks, mentions, reg), ...paragraphCredits(text, blocks, reg)]
    .filter((d, q, all) => !g.attributions.some((a) => a.nameStart === d.nameStart || (a.start <= d.nameStart && d.nameStart < a.end)) && all.findIndex((x) => x.nameStart === d.nameStart) === q);
  if (agencyDatelines.length > 0) g.attributions = [...g.attributions, ...agencyDatelines].sort((a, b) => a.start - b.start);
  if (!host && g.credited) host = g.credited;
  // A name several outlets share, left unsettled ("La Première": RTBF's or RTS's), stands for any of them.
  const candidateIds = (a: FoundAttribution): readonly string[] => a.outlet.id !== null ? [a.outlet.id] : reg.lookupAlias(a.outlet.name)?.ids ?? [];
  if (!host) {
    // "au micro de La Première … Interrogée par la RTBF": a station and the broadcaster it belongs to, both named,
    // are one house when judging whose page this is.
    const named = new Set(g.attributions.map((a) => a.outlet.id));
    const asHouse = g.attributions.map((a) => {
      const parent = candidateIds(a).map((id) => reg.byId(id)?.parent).find((p) => p !== undefined && named.has(p));
      const rec = parent !== undefined ? reg.byId(parent) : undefined;
      return rec ? { ...a, outlet: outletRef(rec) } : a;
    });
    host = hostFromText(text, title, blocks, reg, asHouse, lang, mainCountry);
  }
  if (!host) host = hostFromSelfReferences(g.attributions);
  // A name several outlets share, left unsettled ("الشروق"), is the host when the host is one of them.
  const hostAmong = (a: FoundAttribution): boolean => !!host && host.id !== null && a.outlet.id === null && (reg.lookupAlias(a.outlet.name)?.ids.includes(host.id) ?? false);
  // "told the Herald" on the Miami Herald's own page, "told the Free Press" on the Winnipeg Free Press': the last
  // words of the host's title, ending on a media word, are its short form.
  const hostWords = host ? wordForms(host.name).filter((w) => w !== 'the' && w !== 'le' && w !== 'la') : [];
  const hostTail = host ? shortTitleOf(host.name) : null;
  // "Interrogé par La Gazette" on La Gazette des communes' page: the words before the title's "des" are its short form.
  const of = hostWords.findIndex((w, q) => q >= 1 && (w === 'de' || w === 'des' || w === 'du' || w === 'd' || w === 'of'));
  const hostHead = of >= 1 && of <= 2 ? hostWords.slice(0, of) : null;
  const hostShort = (a: FoundAttribution): boolean => {
    if ((!hostTail && !hostHead) || a.mention < 0) return false;
    const m = mentions[a.mention];
    if (!m || m.head >= 0) return false;
    const words = wordForms(text.slice(m.start, m.end)).filter((w) => w !== 'the' && w !== 'le' && w !== 'la');
    if (hostHead && words.length === hostHead.length && words.every((w, q) => hostHead[q] === w)) return true;
    // "The News" on Geo News's page is the Jang group's daily, not Geo: a generic media word alone shortens no name.
    if (words.length === 1 && (words[0] === 'news' || words[0] === 'tv' || words[0] === 'radio' || words[0] === 'media')) return false;
    return !!hostTail && words.length >= 1 && words.length < hostWords.length && words.every((w, q) => hostWords[hostWords.length - words.length + q] === w);
  };
  // "told KING 5" on king5.com, "in an email to WRAL News" on wral.com: an outlet the registry does not know, named
  // like the page's own domain, is the host.
  const hostRec = host && host.id !== null ? reg.byId(host.id) : undefined;
  // The first path segment of the page's address, squashed, when it reads like a title ("whanganui-chronicle").
  const pathParts = ((): string[] => {
    try { return typeof input.url === 'string' ? new URL(input.url).pathname.split('/').filter(Boolean) : []; } catch { return []; }
  })();
  const firstSegment = pathParts[0] ?? '';
  // The directory names, lower case ("/capetimes/news/slug" → capetimes, news); the last segment is the article's.
  const pathSections = pathParts.slice(0, -1).map((p) => p.toLowerCase()).filter((p) => /^[a-z0-9]+$/.test(p));
  const pathTitle = /^[a-z]+(?:-[a-z]+){1,3}$/.test(firstSegment) && GENERIC_TITLE_WORDS.has(firstSegment.split('-').pop()!) ? firstSegment.replace(/-/g, '') : null;
  // "Atlanta Business Chronicle first reported" on bizjournals.com/atlanta/…: the city's title of a chain filed under
  // the city's name.
  const pathCity = /^[a-z]{4,}$/.test(firstSegment) ? firstSegment : null;
  const labels = host ? [...new Set([host.domain, ...(hostRec?.domains ?? [])].filter((d): d is string => !!d).map(domainLabel).filter((l): l is string => !!l))] : [];
  const hostNames = hostRec ? [hostRec.name, ...Object.values(hostRec.names), ...hostRec.aliases].filter((n): n is string => typeof n === 'string').map(squash).filter((n) => n.length >= 5) : [];
  const hostByDomain = (a: FoundAttribution): boolean => {
    if (!host) return false;
    // "the Chronicle revealed" on nzherald.co.nz/whanganui-chronicle/…: a group's site files each title under its name.
    // "told the Cape Times" on iol.co.za/capetimes/…, "told The Kerryman" on independent.ie/regionals/kerryman/…: a portal's
    // section named after the paper whose pages it carries.
    if (pathSections.length > 0) {
      const sq = squash(a.outlet.name.replace(/^(?:the|le|la|les|l['’])\s*/i, ''));
      if (sq.length >= 6 && pathSections.includes(sq)) return true;
    }
    if (pathTitle && a.nameEnd > a.nameStart) {
      const w = squash(text.slice(a.nameStart, a.nameEnd).replace(/^(?:l['’]|le |la |les |the )/i, ''));
      if (w.length >= 5 && (pathTitle === w || (pathTitle.endsWith(w) && pathTitle.length >= w.length + 3))) return true;
    }
    if (pathCity && a.outlet.id === null) {
      const words = a.outlet.name.replace(/^(?:the )/i, '').split(/\s+/).map(squash);
      const cityBefore = text.slice(Math.max(0, a.nameStart - 30), a.nameStart).split(/\s+/).filter(Boolean).slice(-2).map(squash);
      if (GENERIC_TITLE_WORDS.has(words[words.length - 1]!) && ((words.length >= 2 && words[0] === pathCity) || cityBefore[0] === pathCity)) return true;
    }
    // A page whose domain the registry does not list, naming itself as written: "The Standard understands" on
    // standard.net.au, "told the Chronicle" on meathchronicle.ie, "By Ballarat Courier staff" on thecourier.com.au.
    if (host.id === null && a.nameEnd > a.nameStart) {
      const written = text.slice(a.nameStart, a.nameEnd).replace(/^(?:l['’]|le |la |les |the )/i, '');
      const w = squash(written);
      const lastWord = squash(written.split(/[\s-]+/).pop() ?? '');
      const firstWord = squash(written.split(/[\s-]+/)[0] ?? '');
      // "prévisionniste à La Chaîne Météo" on lachainemeteo.com: the head noun is part of the site's own name.
      const headed = /(?:^|\s)((?:l['’]|le |la |les |the )?(?:cha[iî]ne|radio|t[ée]l[ée]|tv|journal|site|magazine)\s+)$/i.exec(text.slice(Math.max(0, a.nameStart - 20), a.nameStart));
      if (headed && labels.includes(squash(headed[1]! + written))) return true;
      // The name without its channel number: "kolo" for "KOLO 8".
      const stem = w.replace(/\d+$/, '');
      if (labels.some((l) => (w.length >= 5 && (l === w || l === 'the' + w || (w.length >= 6 && l.endsWith(w) && l.length >= w.length + 3))) ||
        (lastWord.length >= 5 && lastWord !== w && l === 'the' + lastWord) ||
        // "told THE STAR" on jamaica-star.com: a generic title after the place in the domain.
        (w.length >= 3 && GENERIC_TITLE_WORDS.has(w) && l.endsWith(w) && l.length >= w.length + 3) ||
        // "By KOLO 8 First Alert Weather Team" on kolotv.com; "Nanaimo News Bulletin" on nanaimobulletin.com.
        (stem !== w && stem.length >= 3 && l.startsWith(stem) && MEDIA_TAIL.test(l.slice(stem.length))) ||
        (w.length >= 8 && w.includes('news') && l === w.replace('news', '')) ||
        // "told NTV" on ntvnews.ca; "told the Whig-Standard" on thewhig.com.
        (w.length >= 3 && l.startsWith(w) && l.length > w.length && MEDIA_TAIL.test(l.slice(w.length))) ||
        (firstWord.length >= 4 && firstWord !== w && l === 'the' + firstWord) ||
        // "By Port Macquarie News" on portnews.com.au.
        (firstWord.length >= 3 && lastWord.length >= 3 && firstWord + lastWord !== w && l === firstWord + lastWord))) return true;
    }
    // A page whose domain the registry does not list, and a name that sounds like it: one Arabic name spelled two
    // ways ("Al-Ahd TV" on alahadnews.net, "Madameek" on madamik.com) or written in Arabic ("يس عراق" on yesiraq.com).
    if (host.id === null && a.nameEnd > a.nameStart && labels.some((l) => sameSpokenName(l, [a.outlet.name, text.slice(a.nameStart, a.nameEnd)]))) return true;
    // "Par Rédaction Actu17" on actu17.fr: the newsroom word is no part of the name.
    const sq = squash(a.outlet.name.replace(/^(?:r[ée]daction|newsroom|staff)\s+/i, ''));
    if (sq.length < 4) return false;
    if (a.outlet.id === null) {
      // "KING" for king5, "WRAL News" for wral: the name and the label differ by a channel number or a media word;
      // "Sun-Times" on the Chicago Sun-Times' page is the end of its name.
      if (labels.some((l) => sq === l || (l.startsWith(sq) && (l.length - sq.length <= 2 || MEDIA_TAIL.test(l.slice(sq.length)) || COUNTRY_TAIL.test(l.slice(sq.length)))) ||
        (l.length >= 4 && sq.startsWith(l) && MEDIA_TAIL.test(sq.slice(l.length))))) return true;
      // "sur les ondes du 101,5 FM" on cibl1015.com: a station named by its frequency, which the domain carries.
      const frequency = /^(\d{2,4})fm$/.exec(sq);
      if (frequency && labels.some((l) => l.includes(frequency[1]!))) return true;
      // "The Navhind Times" on navhindtimes.in; "KCLR News" on kclr96fm.com, where name and label each add a media word.
      const bare = squash(a.outlet.name.replace(/^(?:l['’]|le |la |les |the )/i, ''));
      if (bare.length >= 5 && labels.includes(bare)) return true;
      // "confié au National" on lenational.org: the domain keeps the article the contraction swallowed.
      if (bare.length >= 4 && labels.some((l) => ['le', 'la', 'les', 'l', 'the'].some((art) => l === art + bare))) return true;
      // "told The Herald" on heraldlive.co.za: the label adds a media word.
      if (bare.length >= 4 && labels.some((l) => l.startsWith(bare) && l.length > bare.length && MEDIA_TAIL.test(l.slice(bare.length)))) return true;
      const core = bare.replace(/(?:news|radio|tv|fm|online)$/, '');
      if (core.length >= 3 && core !== bare && labels.some((l) => l.startsWith(core) && MEDIA_FREQUENCY_TAIL.test(l.slice(core.length)))) return true;
      // "Otago Daily Times" on odt.co.nz, "Buenos Aires Times" on batimes.com.ar: the domain is made of its initials.
      const words = a.outlet.name.split(/[\s-]+/).map(squash).filter((w) => w.length > 0);
      if (words.length >= 2) {
        const initials = words.map((w) => w[0]).join('');
        const headed = words.slice(0, -1).map((w) => w[0]).join('') + words[words.length - 1];
        if (labels.some((l) => l.length >= 3 && (l === initials || l === headed))) return true;
      }
      return sq.length >= 5 && hostNames.some((n) => n !== sq && n.endsWith(sq));
    }
    // A page on a domain the registry does not list ("rudawarabia.net"), named after a listed outlet ("Rudaw").
    // ... or the domain is the start of its name ("assahraa.ma" for Assahra Al Maghribia).
    // An article before the name is no part of the domain: "L'Agefi" on agefi.com.
    // (A country or town in brackets only tells shared names apart: "The Press (Christchurch)".)
    const bare = squash(a.outlet.name.replace(/\s*\([^)]*\)$/, '').replace(/^(?:l['’]|le |la |les |the )/i, ''));
    // ... or closes it: "L'Express" on journalexpress.ca (L'Express de Drummondville).
    if (host.id === null && [sq, bare].some((s) => s.length >= 5 && labels.some((l) => l.startsWith(s) || (l.length >= 6 && s.startsWith(l)) || (s.length >= 6 && l.endsWith(s))))) return true;
    // ... or the name is the domain with a media word ("Ajyal Radio" on ajyal.ps).
    if (host.id === null && labels.some((l) => l.length >= 4 && sq.startsWith(l) && MEDIA_TAIL.test(sq.slice(l.length)))) return true;
    // ... or both add a media word to one core: "Cap FM" on capradio.tn.
    const nameCore = sq.replace(MEDIA_WORD_END, '');
    if (host.id === null && nameCore.length >= 3 && nameCore !== sq && labels.some((l) => l !== nameCore && l.replace(MEDIA_WORD_END, '') === nameCore)) return true;
    // ... or a town before the name: "The Press" on yorkpress.co.uk, "The Herald" on heraldlive.co.za.
    return host.id === null && bare.length >= 4 && labels.some((l) => (l.endsWith(bare) && l.length >= bare.length + 3 && (GENERIC_TITLE_WORDS.has(bare) || isLatinPlaceName([l.slice(0, l.length - bare.length)]))) ||
      (l.startsWith(bare) && l.length > bare.length && MEDIA_TAIL.test(l.slice(bare.length))));
  };
  // "interrogée par France 3" above "© France Télévisions": a group's page speaking of one of its own channels.
  // "Par Camille Revel, Radio France" on franceinfo's page: the channel's own group credited.
  const hostGroupOwns = (a: FoundAttribution): boolean => {
    if (!hostRec) return false;
    // "La Première" on the RTBF's page: one of the stations sharing the name is the host's.
    if (a.outlet.id === null) return candidateIds(a).some((id) => reg.byId(id)?.parent === hostRec.id);
    const rec = reg.byId(a.outlet.id);
    // "Edited translation from Al-Masry Al-Youm" on Egypt Independent: a sister title in another language is translated
    // and relayed, not the page's own house.
    // (The page's own language says which house it is: "لبي بي سي نيوز عربي" on bbc.com/arabic is the BBC's own.)
    const otherLanguage = !!rec && rec.languages.length > 0 && hostRec.languages.length > 0 && !rec.languages.some((l) => hostRec.languages.includes(l)) &&
      !(lang !== null && rec.languages.includes(lang));
    // "للسومرية نيوز" on alsumaria.tv: the channel's own news site, or the channel its site belongs to.
    if (!otherLanguage && (rec?.parent === hostRec.id || (hostRec.parent !== undefined && hostRec.parent === rec?.id))) return true;
    if (hostRec.medium === 'group') return !!rec?.owner?.name && rec.owner.name.startsWith(hostRec.name);
    return rec?.medium === 'group' && !!hostRec.owner?.name && hostRec.owner.name.includes(rec.name);
  };
  // "Al Jazeera's Nida Ibrahim" on Al Jazeera English's page: the brand without its edition word is the host's house.
  const hostEdition = (a: FoundAttribution): boolean => {
    if (!host || a.outlet.id === null || host.id === null) return false;
    const cw = wordForms(a.outlet.name).filter((w) => w !== 'the' && w !== 'le' && w !== 'la');
    const [short, long] = cw.length < hostWords.length ? [cw, hostWords] : [hostWords, cw];
    if (short.length === 0 || short.length === long.length || !short.every((w, q) => long[q] === w)) return false;
    // ... or by the country it serves: "Guardian Australia" on the Guardian's page.
    const rest = long.slice(short.length);
    // "ركزت صحيفة "الخليج" الإماراتية" on Al Khaleej Online's page: a namesake the text gives another country is not the house.
    const said = /^["»”']?\s*(\S+)/u.exec(text.slice(a.nameEnd, a.nameEnd + 30));
    const saidCountry = said ? nationality(normalizeForMatch(said[1]!)) : undefined;
    if (saidCountry !== undefined && hostRec && saidCountry !== hostRec.country) return false;
    // ... and so is one named with its own kind of medium, of another kind and country than the host ("صحيفة "الخليج"", a paper).
    const rec = reg.byId(a.outlet.id);
    if (hostRec && rec && a.mention >= 0 && (mentions[a.mention]?.head ?? -1) >= 0 && rec.medium !== hostRec.medium && rec.country !== hostRec.country) return false;
    // "FOX 5" on fox5atlanta.com: the rest of the name is in the page's own domain.
    return rest.every((w) => EDITION_WORDS.has(w)) || isLatinPlaceName(rest) || (rest.length === 1 && labels.some((l) => l.includes(rest[0]!) && l.startsWith(squash(cw.join('')))));
  };
  // "a appris BFM Business" on bfmtv.com: an outlet whose site is a section of the host's (bfmbusiness.bfmtv.com).
  const hostDomains = host?.domain ? [normalizeHost(host.domain)] : [];
  const hostSection = (a: FoundAttribution): boolean => {
    if (a.outlet.id === null || hostDomains.length === 0) return false;
    const domains = reg.byId(a.outlet.id)?.domains ?? [];
    return domains.length > 0 && domains.every((d) => hostDomains.some((h) => normalizeHost(d).endsWith('.' + h)));
  };
  // "الأول - هاجر الرامي" opening the byline of a page the registry does not know: the site signs its own copy, and
  // "اطلع عليه موقع "الأول"" further down is the site again.
  const ownByline = host && host.id === null ? g.attributions.find((a) => a.block === 'byline' && a.outlet.id === null && a.pattern === 'byline_via' &&
    text.slice(blocks[a.blockIndex]?.start ?? a.nameStart, a.nameStart).trim() === '' && /^\s*[-–—|]\s*\S/.test(text.slice(a.nameEnd, a.nameEnd + 4))) : undefined;
  // "Speaking on Highland Radio" on a page read as Highland Radio News's, "told WFMY News 2" on WFMY's: two names the
  // registry does not know, one the other with media words or a channel number added.
  const hostPlainWords = host && host.id === null ? wordForms(host.name) : null;
  const hostNamesake = (a: FoundAttribution): boolean => {
    if (!hostPlainWords || a.outlet.id !== null) return false;
    const aw = wordForms(a.outlet.name);
    const [short, long] = aw.length <= hostPlainWords.length ? [aw, hostPlainWords] : [hostPlainWords, aw];
    return short.length >= 1 && short.length < long.length && short.every((w, q) => long[q] === w) && long.slice(short.length).every((w) => NAME_EXTRAS.has(w) || /^\d+$/.test(w));
  };
  const hostOwnByline = (a: FoundAttribution): boolean => !!ownByline && a.outlet.id === null && a.outlet.name === ownByline.outlet.name;
  // "لموقع «صيدا أون لاين»" on saidaonline.com: an unknown Arabic name with the consonants of the page's own domain.
  const hostTransliterated = (a: FoundAttribution): boolean => {
    if (!host || host.id !== null || a.outlet.id !== null || !/[\u0600-\u06ff]/.test(a.outlet.name)) return false;
    const sk = arabicSkeleton(a.outlet.name);
    return sk.length >= 4 && labels.some((l) => latinSkeleton(l) === sk);
  };
  // "By Greta Lindholm, Minnesota Star Tribune" on startribune.com: the host's title with its state or city before it.
  const hostLonger = (a: FoundAttribution): boolean => {
    if (!host || a.outlet.id !== null || hostWords.length < 2) return false;
    const words = wordForms(a.outlet.name).filter((w) => w !== 'the' && w !== 'le' && w !== 'la');
    const extra = words.length - hostWords.length;
    return extra >= 1 && extra <= 2 && hostWords.every((w, q) => words[extra + q] === w) && isLatinPlaceName(words.slice(0, extra));
  };
  // "a-t-il confié à L'Observateur" on L'Observateur Paalga's page: the host's title cut to its first words is the host,
  // not a namesake abroad (L'Observateur of Dakar).
  const titleWords = (s: string): string[] => wordForms(s).filter((w) => /\p{L}/u.test(w) && !LEADING_TITLE_ARTICLES.has(w));
  const hostTitleWords = hostRec ? titleWords(hostRec.name) : [];
  const hostCut = (a: FoundAttribution): boolean => {
    if (!hostRec || a.outlet.id === null || hostTitleWords.length < 2) return false;
    const rec = reg.byId(a.outlet.id);
    if (!rec || rec.country === hostRec.country) return false;
    const written = titleWords(text.slice(a.nameStart, a.nameEnd));
    return written.length >= 1 && written.length < hostTitleWords.length && written.every((w, q) => hostTitleWords[q] === w);
  };
  const notHost = (a: FoundAttribution): boolean => !host || (!sameOutlet(a.outlet, host) && !hostAmong(a) && !hostShort(a) && !hostByDomain(a) && !hostGroupOwns(a) && !hostEdition(a) && !hostSection(a) && !hostOwnByline(a) && !hostTransliterated(a) && !hostNamesake(a) && !hostLonger(a) && !hostCut(a));
  let attributions = wordOfEarlierName(text, mentions, descriptionsToEarlier(t, mentions, g.attributions.filter(notHost)));
  ctx.host = host;
  // An anaphor airing an event ("تنقل القناة الثانية سهرة الافتتاح مباشرة") is where to watch it, as a name is.
  // ("la direction de la station a confirmé": an outlet's management speaking, as for a name.)
  const ana = [...findAnaphora(ctx, mentions, attributions), ...findHeadlineLabels(ctx, mentions, attributions)].filter(notHost).filter((a) => !organisationVoice(text, a) &&
    !(a.pattern === 'reported_by' && a.start >= a.nameStart && STAFF_OF_BEFORE.test(text.slice(Math.max(0, a.nameStart - 80), a.nameStart))) &&
    !(a.pattern !== 'byline_via' && a.pattern !== 'wire_dateline' && AIRS_AN_EVENT.test(sentenceAround(text, a.start, a.end))) &&
    // ("وأعلنت القناة عن تخصيص": the same channel announcing more of its programmes.)
    !(ownProgrammes.has(a.outlet.id ?? a.outlet.name) && ANNOUNCES.test(a.surface)));
  if (ana.length > 0) attributions = mergeOverlapping(text, [...attributions, ...ana].sort((a, b) => a.start - b.start || a.end - b.end));
  // A headline label whose outlet the body speaks of but never cites is the story's topic, not its source:
  // "Radiodiffusion Télévision du Burkina : le nouveau directeur général installé … à la tête de la RTB".
  attributions = attributions.filter((a) => !(a.block === 'title' && (a.pattern === 'other' || a.pattern === 'interview_with') && !a.anaphora &&
    !attributions.some((b) => b !== a && b.block !== 'title' && sameOutlet(b.outlet, a.outlet)) &&
    mentions.some((m) => m.start > a.end && blocks[blockOf[m.first]!]?.kind === 'paragraph' && mentionIs(m, a.outlet))));
  attributions = toTruncatedNamesCited(text, toLongerNamesCited(attributions, lang));
  const attributedCueStarts = new Set<number>();
  for (const a of g.attributions) attributedCueStarts.add(a.start);
  const otherSources = findOtherSources(t, cues, blockOf, attributedCueStarts);
  // A press review says so in its title, or in a lede that surveys "the papers" before citing several of them.
  // A title is a line; a hostile page with no line breaks must not be read whole as one.
  let pressReview = isPressReviewTitle(wordForms(title.slice(0, 300)));
  if (!pressReview && new Set(attributions.map((a) => a.outlet.id ?? a.outlet.name)).size >= 3) {
    const lede = blocks.find((bk) => bk.kind === 'paragraph');
    if (lede) pressReview = isPressReviewLede(wordForms(text.slice(lede.start, Math.min(lede.end, lede.start + 400))));
    // "Press review by Juliette Marais", "Revue de presse": the byline may say it.
    const byline = blocks.find((bk) => bk.kind === 'byline');
    if (!pressReview && byline) pressReview = isPressReviewLede(wordForms(text.slice(byline.start, Math.min(byline.end, byline.start + 200))));
    if (!pressReview && lede) pressReview = paperByPaper(text, blocks, lede, attributions);
  }
  const ledeBlocks = new Set<number>();
  const openingBlocks = new Set<number>();
  // A one-line teaser opening the story ("Keanu Reeves is trading guns for strings.") before a full paragraph does not
  // count as one of the two paragraphs the lede is read from.
  let teaser = 0;
  // Summary bullets above the byline ("Chelsea have reportedly made contact …" / "By JACK DAVIES") are the standfirst, not the story's
  // first paragraphs.
  const bylineAt = blocks.findIndex((bk, k) => k < 8 && bk.kind === 'byline');
  for (let b = 0; b < blocks.length && openingBlocks.size - teaser < 3; b++) {
    if (blocks[b]!.kind !== 'paragraph' && blocks[b]!.kind !== 'dateline') continue;
    if (b < bylineAt && blocks[b]!.end - blocks[b]!.start < 200 && !attributions.some((a) => a.start >= blocks[b]!.start && a.start < blocks[b]!.end)) continue;
    // A short line with no sentence in it ("بطولات - أحمد فوزي", a credit the byline reader did not take) is no paragraph.
    const bk = blocks[b]!;
    if (bk.end - bk.start < 60 && !/[.!?؟。]/.test(text.slice(bk.start, bk.end)) && openingBlocks.size === 0 && !attributions.some((a) => a.start >= bk.start && a.start < bk.end)) continue;
    // Nor is a photo caption above the lede ("… leave Good Morning Britain (Picture: ITV/Rex)").
    if (openingBlocks.size === 0 && bk.end - bk.start < 300 && PHOTO_CAPTION_END.test(text.slice(bk.start, bk.end))) continue;
    if (openingBlocks.size === 0 && blocks[b]!.kind === 'paragraph' && bk.end - bk.start < 60 && !attributions.some((a) => a.start >= bk.start && a.start < bk.end) &&
      b + 1 < blocks.length && blocks[b + 1]!.kind === 'paragraph' && blocks[b + 1]!.end - blocks[b + 1]!.start >= 150) teaser = 1;
    if (ledeBlocks.size - teaser < 2) ledeBlocks.add(b);
    openingBlocks.add(b);
  }
  // The closing paragraph of a story of five paragraphs or more (a real sentence, not a credit line): background.
  let backgroundBlock = -1;
  let paragraphs = 0;
  for (let b = 0; b < blocks.length; b++) if (blocks[b]!.kind === 'paragraph') { paragraphs++; backgroundBlock = b; }
  if (paragraphs < 5 || (backgroundBlock >= 0 && ctx.blockWords[backgroundBlock]! < 8)) backgroundBlock = -1;
  // The host's own wire dateline ("MOSCOW (Reuters) -" on reuters.com): it files its own copy.
  const hostDateline = host !== null && g.attributions.some((a) => a.pattern === 'wire_dateline' && sameOutlet(a.outlet, host));
  // The host's own reporting leads ("وعلمت «الغد»", "a appris Le Devoir", "told The National" before any other outlet,
  // and twice or more) with no wire credit: the outlets cited further on add detail, the story is first-hand.
  // Its own dateline ("Bangui, 4 décembre (Oubangui Médias) –") is weighed by pickOriginal against what the lede cites.
  const hostRefs = host ? g.attributions.filter((a) => !notHost(a) && a.block !== 'byline' && a.block !== 'title' && a.pattern !== 'wire_dateline') : [];
  const firstOther = attributions.find((a) => a.block !== 'byline' && a.block !== 'title');
  const credited = attributions.some((a) => a.pattern === 'byline_via' || a.pattern === 'wire_dateline');
  // Once is enough when it is the lede's own scoop: "… était attendue à Alger, a appris TSA de sources concordantes."
  const scoopLede = hostRefs.length === 1 && ledeBlocks.has(hostRefs[0]!.blockIndex) && SCOOP.test(hostRefs[0]!.surface.normalize('NFD').replace(/\p{M}/gu, ''));
  // ... or when the host's own interview comes before any other outlet and the lede cites none: "Le directeur de la
  // centrale a reçu Le Dauphiné Libéré … Selon les informations du Monde, …" adds a detail to the paper's own story.
  const interviewLeads = hostRefs.length === 1 && hostRefs[0]!.pattern === 'interview_with' && !attributions.some((a) => ledeBlocks.has(a.blockIndex));
  const hostLeads = (hostRefs.length >= 2 || scoopLede || interviewLeads) && !credited && (!firstOther || hostRefs[0]!.start < firstOther.start);
  // ... or when the page says so in its own voice before citing anyone: "Selon nos informations, la direction a
  // sondé deux entraîneurs … selon Het Laatste Nieuws", "a constaté notre rédaction sur place", "وعاينت مراسلة …".
  const ownVoiceFirst = !credited && firstOther !== undefined && blocks.some((bk) => bk.kind === 'paragraph' && bk.start < firstOther.start &&
    OWN_VOICE.test(text.slice(bk.start, Math.min(bk.end, firstOther.start))));
  // "By Matt Stone" … "— with AAP": a staff reporter's story with agency material added; the agency lent a hand.
  const bylineBlock = blocks.find((bk) => bk.kind === 'byline');
  if (bylineBlock && REPORTER_ONLY_BYLINE.test(text.slice(bylineBlock.start, bylineBlock.end).trim())) {
    attributions = attributions.map((a) => a.pattern === 'other' && a.block !== 'title' && a.outlet.medium === 'agency' && WITH_AGENCY_SIGN_OFF.test(a.surface) ? { ...a, contribution: true } : a);
  }
  let { original, chain } = pickOriginal(attributions, [...g.cites, ...frontedCites(text, attributions), ...anaphoraCites(attributions, ledeBlocks)], host, pressReview, ledeBlocks, backgroundBlock, hostDateline, openingBlocks);
  if (hostLeads || ownVoiceFirst) original = null;
  // An everyday-word title that no context made an outlet ("شمس" in "محمد شمس الدين") is free to be part of a name.
  const actors = findActors(t, blockOf, blocks, cues, deps.people, mentions.filter((m, i) => g.resolved[i] || !(m.entry?.common || m.weak)));
  const primaryLinks = buildPrimaryLinks({ original, actors, text, t, links, citations: Array.isArray(input.citations) ? input.citations : [], publishedAt: input.publishedAt ?? null, registry: reg, options });
  return {
    lang,
    title,
    hostOutlet: host,
    attributions: attributions.map(({ mention: _m, block: _b, blockIndex: _i, contribution: _c, ...a }) => a),
    otherSources,
    originalOutlet: original,
    chain,
    actors,
    primaryLinks,
    ms: 0,
  };
}

/**
 * "Selon nos confrères de Nice-Matin": the anaphor and the name it is followed by are one citation, not two.
 * Overlapping attributions of the same outlet become one span (the first one's pattern).
 */
function mergeOverlapping(text: string, sorted: FoundAttribution[]): FoundAttribution[] {
  const out: FoundAttribution[] = [];
  for (const a of sorted) {
    const prev = out[out.length - 1];
    if (prev && a.start < prev.end && sameOutlet(a.outlet, prev.outlet)) {
      if (a.end > prev.end) out[out.length - 1] = { ...prev, end: a.end, surface: text.slice(prev.start, a.end), mention: prev.mention >= 0 ? prev.mention : a.mention };
      continue;
    }
    out.push(a);
  }
  return out;
}

/**
 * Wire codes too ambiguous to be names anywhere else: "PA" is the Palestinian Authority in the body, but the
 * British agency in a byline after a reporter's name ("By Harry Conway, PA") or as the desk ("By PA Reporters").
 */
const BYLINE_AGENCY_CODES: Readonly<Record<string, string>> = { pa: 'Press Association' };

function bylineAgencyCodes(t: Tokens, blocks: readonly TextBlock[], blockOf: Int32Array, reg: RegistryIndex): OutletMention[] {
  const out: OutletMention[] = [];
  const b = blocks.findIndex((bk) => bk.kind === 'byline');
  if (b < 0) return out;
  for (let j = 1; j < t.n && blockOf[j]! <= b; j++) {
    if (blockOf[j] !== b || t.kind[j]! !== TokKind.Latin || (t.flags[j]! & TokFlag.AllUpper) === 0) continue;
    const alias = BYLINE_AGENCY_CODES[t.norm[j]!];
    const sep = t.norm[j - 1]!;
    if (!alias || blockOf[j - 1] !== b) continue;
    // "By PA Reporters", "By PA Media staff": the agency's own desk credit.
    const desk = sep === 'by' && j + 1 < t.n && blockOf[j + 1] === b && /^(?:reporter|reporters|staff|media|correspondent|correspondents)$/.test(t.norm[j + 1]!);
    if (!desk && !(sep === ',' || sep === '|' || sep === '/' || sep === '-')) continue;
    if (!desk && (j < 2 || t.kind[j - 2]! !== TokKind.Latin || (t.flags[j - 2]! & TokFlag.UpperInitial) === 0)) continue;
    const entry = reg.lookupAlias(alias);
    if (entry) out.push({ first: j, last: j, start: t.start[j]!, end: t.end[j]!, prefix: '', entry, head: -1 });
  }
  return out;
}

// "KOAT Action 7 News" on koat.com: a station's newscast brand after its call sign.
/** What a station's domain adds after its name: a frequency and a band ('96fm'), or a media word. */
/**
 * A domain label and a name that sound alike, media words aside: two Latin spellings of one Arabic name ("madamik",
 * "Madameek"; "alahadnews", "Al-Ahd TV") or the Arabic name itself ("yesiraq", "يس عراق"), by their consonants.
 */
function sameSpokenName(label: string, names: readonly string[]): boolean {
  const core = label.replace(/(?:news|tv|radio|fm|online|net|info)$/, '');
  if (core.length < 4) return false;
  const lsk = latinSkeleton(core);
  // Two consonants after the article are enough for a long label: "alahad" and "Al-Ahd".
  const minimum = core.length >= 6 && lsk.startsWith('L') ? 2 : 3;
  if (lsk.length < minimum) return false;
  const bareL = lsk.replace(/^L/, '');
  return names.some((n) => {
    const plain = n.replace(/(?:^|\s)(?:news|tv|radio|fm|online|نيوز|تي في|إف إم|اف ام)(?=\s|$)/gi, ' ').replace(/\s*\([^)]*\)\s*$/, '').trim();
    if (plain.length < 3) return false;
    const sk = /[\u0600-\u06ff]/.test(plain) ? arabicSkeleton(plain) : latinSkeleton(plain);
    return sk.length >= minimum && (sk === lsk || (minimum === 3 && sk.replace(/^L/, '') === bareL));
  });
}
/** A country's code or short name after a station's name in its domain: "freedomradionig.com", "citinewsroom" aside. */
const COUNTRY_TAIL = /^(?:ng|nig|gh|ke|za|ug|tz|zm|zw|uk|us|ca|au|nz|in|pk|bd|lk|ma|dz|tn|sn|ci|cm|cd|bf|ml|ne|ht|lb|eg|sa|ae|qa|kw|bh|om|jo|iq|sy|ps|ly|sd|ye|mr)$/;
const MEDIA_WORD_END = /(?:fm|radio|tv|news|online|info|press)$/;
const MEDIA_FREQUENCY_TAIL = /^\d{0,3}(?:fm|am|tv|radio|news|online)$/;
const MEDIA_TAIL = /^(?:news|tv|radio|fm|online|net|info|press|live|\d{1,2}|(?:action|eyewitness|channel)?\d{0,2}news|news\d{1,2})$/;

/**
 * "الوكالة الإسبانية" is EFE's usual description, but after Europa Press has been cited it is Europa Press again:
 * a registry name made of a definite head noun and a nationality goes to the last outlet of that kind and country
 * already cited, when there is one.
 */
/** What a paper runs when it reports: "runs a story", "ran a front-page piece", "runs with the claim", "ran an exclusive interview". */
const RUN_A_STORY = /^\s+(?:with\b|(?:[\p{L}'’-]+\s+){0,4}?(?:stor(?:y|ies)|piece|pieces|reports?|articles?|editorials?|leaders?|headlines?|splash|front|cover|interviews?|columns?|op-eds?|features?|photos?|photographs?|pictures?|images?|series|investigations?|exclusives?|analys[ie]s|comments?|polls?|surveys?|letters?|cartoons?|obituar(?:y|ies)|profiles?|reviews?|items?|segments?|claims?|accounts?|details|excerpts?|extracts?|quotes?|allegations?|revelations?|footage|videos?|clips?|transcripts?)\b)/iu;

function descriptionsToEarlier(t: Tokens, mentions: readonly OutletMention[], attributions: FoundAttribution[]): FoundAttribution[] {
  const out: FoundAttribution[] = [];
  for (const a of attributions) {
    const m = a.mention >= 0 ? mentions[a.mention] : undefined;
    let fixed = a;
    // (A description, not a name: no number in it — "القناة 12 الإسرائيلية" after "قناة i24" is still Channel 12.)
    let numbered = false;
    if (m) for (let j = m.first; j <= m.last; j++) if (t.kind[j]! === TokKind.Number) numbered = true;
    if (m && m.entry && m.last > m.first && !numbered && t.kind[m.first]! === TokKind.Arabic && arabicForms(t.norm[m.first]!).some((f) => outletHeadForm(f.form)) &&
      a.outlet.country && a.outlet.medium) {
      for (let k = out.length - 1; k >= 0; k--) {
        const b = out[k]!.outlet;
        if (b.id !== a.outlet.id && b.medium === a.outlet.medium && b.country === a.outlet.country) { fixed = { ...a, outlet: b }; break; }
      }
    }
    out.push(fixed);
  }
  return out;
}

/** A domain's own label, lower case: "www.king5.com" → "king5", "nation.africa" → "nation", "bbc.co.uk" → "bbc". */
/** Top-level domains longer than three letters that news sites use ("togobreakingnews.info", "x.news"). */
const LONG_TLDS = new Set(['africa', 'info', 'news', 'online', 'site', 'media', 'press', 'live', 'today', 'world', 'blog', 'club', 'global', 'radio', 'agency', 'asia', 'mobi']);

function domainLabel(domain: string): string | null {
  const parts = domain.toLowerCase().replace(/^www\./, '').split('.');
  while (parts.length > 1 && (parts[parts.length - 1]!.length <= 3 || LONG_TLDS.has(parts[parts.length - 1]!)) && parts.length > 1) {
    parts.pop();
    if (parts.length === 1) break;
    const last = parts[parts.length - 1]!;
    if (!(last === 'co' || last === 'com' || last === 'org' || last === 'net' || last === 'gov' || last === 'ac')) break;
  }
  // "caerphilly.observer": a word for a top-level domain is the end of the name ("Caerphilly Observer").
  const tld = domain.toLowerCase().split('.').pop() ?? '';
  if (parts.length >= 2 && parts[parts.length - 1] === tld && tld.length >= 4 && !LONG_TLDS.has(tld)) return (parts[parts.length - 2]! + tld).replace(/-/g, '');
  // "monaco-tribune.com" is compared with names squashed to letters and digits: "Monaco Tribune" → "monacotribune".
  const label = (parts[parts.length - 1] ?? '').replace(/-/g, '');
  return label.length >= 3 ? label : null;
}

/** "ats/jpr", "(afp)", "belga/mb": a wire's code in lower case, with the editors' initials, closing the copy. */
const DASHED_SIGN_OFF = /(?:^|\s)[—–]\s?([A-Z][A-Za-z]{1,11})\s*$/;
const WIRE_SIGN_OFF = /^\(?(afp|ats|sda|belga|ap|apa|dpa|efe|ansa|reuters|map|aps|tap|anp|acp|aip)\)?(?:\s*\/\s*[a-z]{1,5}){0,3}\)?$/;

/** "… could be replicated elsewhere. (With PTI inputs)", "… will also operate the system. — Bernama": an agency's credit closing a paragraph. */
const PARAGRAPH_CREDIT = /(?:\((?:[Ww]ith|[Aa]vec)\s+([A-Z][A-Za-z]{1,11})\s+(?:inputs?|agencies)\)|\s[—–]\s?([A-Z][A-Za-z]{1,11}))\s*$/;

function paragraphCredits(text: string, blocks: readonly TextBlock[], reg: RegistryIndex): FoundAttribution[] {
  const out: FoundAttribution[] = [];
  for (let b = 1; b < blocks.length && out.length < 20; b++) {
    const bk = blocks[b]!;
    if (bk.kind !== 'paragraph') continue;
    const tailStart = Math.max(bk.start, bk.end - 40);
    const m = PARAGRAPH_CREDIT.exec(text.slice(tailStart, bk.end));
    if (!m) continue;
    const name = m[1] ?? m[2]!;
    const entry = reg.lookupAlias(name);
    const rec = entry && entry.ids.length === 1 ? reg.byId(entry.ids[0]!) : undefined;
    if (rec?.medium !== 'agency') continue;
    const start = tailStart + m.index + m[0].indexOf(m[0].trim());
    const nameStart = tailStart + m.index + m[0].lastIndexOf(name);
    const end = tailStart + m.index + m[0].trimEnd().length;
    out.push({ start, end, surface: text.slice(start, end), pattern: 'byline_via', outlet: outletRef(rec), nameStart, nameEnd: nameStart + name.length, mention: -1, block: bk.kind, blockIndex: b });
  }
  return out;
}

function wireSignOff(text: string, blocks: readonly TextBlock[], reg: RegistryIndex): FoundAttribution | null {
  for (let b = blocks.length - 1; b >= 1 && b >= blocks.length - 2; b--) {
    const bk = blocks[b]!;
    const raw = text.slice(bk.start, bk.end);
    // "… in the first quarter. — Bernama", "— WAM", "— PTI": an agency's name after a dash closing the last paragraph.
    const tail = DASHED_SIGN_OFF.exec(raw);
    if (tail) {
      const entry = reg.lookupAlias(tail[1]!);
      const rec = entry && entry.ids.length === 1 ? reg.byId(entry.ids[0]!) : undefined;
      if (rec?.medium === 'agency') {
        const start = bk.start + tail.index + tail[0].indexOf(tail[0].trim());
        const nameStart = bk.start + tail.index + tail[0].lastIndexOf(tail[1]!);
        return { start, end: nameStart + tail[1]!.length, surface: text.slice(start, nameStart + tail[1]!.length), pattern: 'other', outlet: outletRef(rec), nameStart, nameEnd: nameStart + tail[1]!.length, mention: -1, block: bk.kind, blockIndex: b };
      }
    }
    const line = raw.trim();
    if (line.length > 30) continue;
    const m = WIRE_SIGN_OFF.exec(line);
    if (!m) continue;
    const entry = reg.lookupAlias(m[1]!.toUpperCase());
    const rec = entry && entry.ids.length === 1 ? reg.byId(entry.ids[0]!) : undefined;
    if (!rec || rec.medium !== 'agency') return null;
    const start = bk.start + raw.indexOf(line);
    const nameStart = start + line.indexOf(m[1]!);
    return { start, end: start + line.length, surface: line, pattern: 'other', outlet: outletRef(rec), nameStart, nameEnd: nameStart + m[1]!.length, mention: -1, block: bk.kind, blockIndex: b };
  }
  return null;
}

/**
 * An agency's credit written into the text as Gulf agencies write it: "صحار - العُمانية: وضع حجر الأساس …" opening the
 * lede, or "صور في 12 نوفمبر /العُمانية/" between slashes. (A byline line is the grammar's; this is the paragraph's.)
 */
const AGENCY_CITY_COUNTRY = /^\s?[-–—]\s?\p{Lu}[\p{L}'’ -]{1,30}?\s?\([\p{L} '’-]{2,30}\)/u;

function inlineAgencyDatelines(text: string, blocks: readonly TextBlock[], mentions: readonly OutletMention[], reg: RegistryIndex, lang: Lang): FoundAttribution[] {
  const out: FoundAttribution[] = [];
  const lede = blocks.findIndex((bk) => bk.kind === 'paragraph' || bk.kind === 'dateline');
  for (let mi = 0; mi < mentions.length && out.length < 5; mi++) {
    const m = mentions[mi]!;
    const ids = m.entry?.ids ?? [];
    // "APA - Conakry (Guinée) Les joueurs …", "APA-Dakar (Sénégal)": the agency, a dash, the city and its country open
    // the lede (a name several agencies share is the one writing in the article's language).
    if (lede >= 0 && m.start === blocks[lede]!.start && ids.length > 1 && AGENCY_CITY_COUNTRY.test(text.slice(m.end, m.end + 60))) {
      const agencies = ids.map((id) => reg.byId(id)).filter((r) => r?.medium === 'agency' && r.languages.includes(lang));
      if (agencies.length === 1) {
        const end = m.end + AGENCY_CITY_COUNTRY.exec(text.slice(m.end, m.end + 60))![0].length;
        out.push({ start: m.start, end, surface: text.slice(m.start, end), pattern: 'wire_dateline', outlet: outletRef(agencies[0]!), nameStart: m.start, nameEnd: m.end, mention: mi,
          block: blocks[lede]!.kind, blockIndex: lede });
        continue;
      }
    }
    const rec = ids.length === 1 ? reg.byId(ids[0]!) : undefined;
    if (!rec || rec.medium !== 'agency') continue;
    const before = text.slice(Math.max(0, m.start - 3), m.start);
    const after = text.slice(m.end, m.end + 3);
    let start = -1;
    let end = -1;
    // (Arabic only: TASS's "/TASS/" heads its relays of Izvestia as much as its own copy.)
    if (/\/\s*$/.test(before) && /^\s*\//.test(after) && /[\u0600-\u06ff]/.test(text.slice(m.start, m.end))) {
      start = m.start - (before.length - before.search(/\/\s*$/));
      end = m.end + after.indexOf('/') + 1;
    } else if (lede >= 0 && m.start >= blocks[lede]!.start && m.start - blocks[lede]!.start <= 40) {
      const head = text.slice(blocks[lede]!.start, m.start);
      if (/^[^\s\d.,:;!?،][^.,:;!?،\n]{0,30}\s[-–—]\s*$/u.test(head) && /^\s*[:\-–—]/.test(after)) { start = blocks[lede]!.start; end = m.end; }
    }
    if (start < 0) continue;
    const bi = blocks.findIndex((bk) => bk.start <= m.start && m.start < bk.end);
    out.push({ start, end, surface: text.slice(start, end), pattern: 'wire_dateline', outlet: outletRef(rec), nameStart: m.start, nameEnd: m.end, mention: mi,
      block: bi >= 0 ? blocks[bi]!.kind : 'paragraph', blockIndex: bi });
  }
  return out;
}

/**
 * A press review's paragraph opening on a title and a colon: "SonntagsZeitung: le Conseil fédéral …", "Le Soleil : …".
 * Only when two paragraphs or more open so: one such line is as likely a speaker's name or a heading.
 */
function reviewLabels(text: string, blocks: readonly TextBlock[], mentions: readonly OutletMention[], reg: RegistryIndex): FoundAttribution[] {
  const out: FoundAttribution[] = [];
  let mi = 0;
  for (let b = 0; b < blocks.length && out.length < 12; b++) {
    const bk = blocks[b]!;
    if (bk.kind !== 'paragraph') continue;
    while (mi < mentions.length && mentions[mi]!.start < bk.start) mi++;
    const m = mentions[mi];
    if (!m || m.start !== bk.start || m.head >= 0) continue;
    if (!/^\s*[:：]/.test(text.slice(m.end, m.end + 3))) continue;
    const ids = m.entry?.ids ?? [];
    const rec = ids.length === 1 ? reg.byId(ids[0]!) : undefined;
    if (!rec || (rec.medium !== 'newspaper' && rec.medium !== 'magazine' && rec.medium !== 'online')) continue;
    const end = m.end + text.slice(m.end).indexOf(':') + 1;
    // "Sport: Kolbe doubt" among "Rapport:" and "Sunday World:": an everyday-word title the review never names again is
    // its section heading.
    const name = text.slice(m.start, m.end);
    if (m.entry?.common && !text.includes(name, end) && text.lastIndexOf(name, m.start - 1) < 0) continue;
    out.push({ start: m.start, end, surface: text.slice(m.start, end), pattern: 'other', outlet: outletRef(rec), nameStart: m.start, nameEnd: m.end, mention: mi, block: bk.kind, blockIndex: b });
  }
  return out.length >= 2 ? out : [];
}

/**
 * "نقلت «بوابة الوسط» الليبية … وأوضحت البوابة": an Arabic everyday-word title that is the first word of an outlet
 * cited before points back to it, as "the paper" would (Al Bawaba is "البوابة" only when no such portal was named).
 */
const HEAD_NOUNS_AR = new Set(['وكالة', 'صحيفة', 'جريدة', 'قناة', 'إذاعة', 'اذاعة', 'شبكة', 'مجلة', 'هيئة']);
function wordOfEarlierName(text: string, mentions: readonly OutletMention[], attributions: FoundAttribution[]): FoundAttribution[] {
  // The name as written, its clitics (which the mention records) and article off.
  const bare = (x: FoundAttribution): string => {
    const prefix = x.mention >= 0 ? mentions[x.mention]?.prefix ?? '' : '';
    let w = text.slice(x.nameStart, x.nameEnd).replace(ARABIC_MARKS, '').replace(/[«»"“”]/g, '').trim();
    if (prefix !== '' && w.startsWith(prefix)) w = w.slice(prefix.length);
    return w.replace(/^ال/, '');
  };
  return attributions.map((a, ai) => {
    const m = a.mention >= 0 ? mentions[a.mention] : undefined;
    // (A quoted word the registry does not know, too: "ونقلت «الوطنية»" after "الوكالة الوطنية للإعلام".)
    const quotedUnknown = !!m?.unknown && /[«"“]\s*$/.test(text.slice(Math.max(0, a.nameStart - 2), a.nameStart));
    if (!(m?.entry?.common || quotedUnknown) || !m || m.first !== m.last || m.head >= 0 || !/^[\u0600-\u06ff]/.test(text.slice(a.nameStart, a.nameEnd))) return a;
    const word = bare(a);
    if (word.length < 3) return a;
    // Bounded: the outlets cited just before are the ones an anaphor reaches, and a page of repeated names stays linear.
    // (Attributions come in the order of the text.)
    for (let k = ai - 1, looked = 0; k >= 0 && looked < 100; k--) {
      const b = attributions[k]!;
      if (b.start >= a.start || sameOutlet(b.outlet, a.outlet)) continue;
      looked++;
      const words = bare(b).split(/\s+/);
      if (words.length >= 2 && words[0] === word) return { ...a, outlet: b.outlet };
      // "الوكالة الوطنية للإعلام" called by its adjective, "الوطنية": the word after the head noun.
      if (quotedUnknown && words.length >= 3 && HEAD_NOUNS_AR.has(words[0]!) && words[1]!.replace(/^ال/, '') === word) return { ...a, outlet: b.outlet };
    }
    return a;
  });
}

/** A name right before "(ACRONYM)" whose initials, with the words before it, spell the acronym: "… de la Capitale (RTC)". */
function endsAcronymName(text: string, nameStart: number, nameEnd: number): boolean {
  const m = /^\s*\(([A-Z]{2,6})\)/.exec(text.slice(nameEnd, nameEnd + 10));
  if (!m) return false;
  const acronym = m[1]!;
  const words = text.slice(Math.max(0, nameStart - 80), nameEnd).split(/[\s'’-]+/).filter((w) => w && !/^(?:de|du|des|la|le|les|l|d|of|the|and|et|for|pour)$/i.test(w));
  const nameWords = text.slice(nameStart, nameEnd).split(/[\s'’-]+/).filter((w) => w && !/^(?:de|du|des|la|le|les|l|d|of|the|and|et)$/i.test(w)).length;
  if (words.length < acronym.length || acronym.length <= nameWords) return false;
  const initials = words.slice(-acronym.length).map((w) => w[0]!.toUpperCase()).join('');
  return initials === acronym;
}

/** Lower-case letters and digits only, accents off: "KING 5" → "king5", "Sun-Times" → "suntimes". */
function squash(name: string): string {
  return name.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/&/g, 'and').replace(/[^a-z0-9]/g, '');
}

/** The word a title is called by for short ("Miami Herald" → herald), when it is a generic title word; else null. */
/** Words that name an edition of a brand: "Al Jazeera English", "Sky News Arabia", "RT Arabic", "CNN International". */
/**
 * The short name of an outlet cited under a longer name in the same text is that outlet: "لـ"بي بي سي"" after "بي بي سي
 * عربي" (an edition word follows the short name), "the Caller-Times" after "the Corpus Christi Caller-Times" (a name
 * the registry does not know, ending the longer one).
 */
function toLongerNamesCited(attributions: FoundAttribution[], lang: Lang | null): FoundAttribution[] {
  // The edition must be the article's own language: "BBC" in an English article stays the BBC beside BBC Afrique.
  const editions = lang === 'ar' ? AR_EDITION : lang === 'fr' ? FR_EDITION : lang === 'en' ? EN_EDITION : null;
  if (!editions) return attributions;
  // Compared outlet by outlet, not citation by citation: a page of repeated cues cites few outlets.
  const distinct = new Map<string, OutletRef>();
  for (const a of attributions) { const k = a.outlet.id ?? 'name:' + a.outlet.name; if (!distinct.has(k) && distinct.size < 200) distinct.set(k, a.outlet); }
  const words = new Map([...distinct].map(([k, o]) => [k, squashWords(o.name)] as const));
  const longer = new Map<string, OutletRef>();
  for (const [ka, oa] of distinct) {
    const short = words.get(ka)!;
    for (const [kb, ob] of distinct) {
      if (oa === ob || longer.has(ka)) continue;
      const long = words.get(kb)!;
      if (short.length === 0 || long.length <= short.length) continue;
      const head = short.every((w, q) => long[q] === w) && long.slice(short.length).every((w) => editions.has(w));
      const tail = oa.id === null && ob.id === null && short.every((w, q) => long[long.length - short.length + q] === w) && short.join('').length >= 6;
      if ((head && oa.id !== null && ob.id !== null) || tail) longer.set(ka, ob);
    }
  }
  if (longer.size === 0) return attributions;
  return attributions.map((a) => { const o = longer.get(a.outlet.id ?? 'name:' + a.outlet.name); return o ? { ...a, outlet: o } : a; });
}
/**
 * "Selon L'Observateur … ajoute L'Obs" in a Dakar paper: a title cut short ("L'Obs") of an outlet the page cites in full
 * is that outlet, not a namesake of another country that the cut spells (the Paris weekly L'Obs).
 */
function toTruncatedNamesCited(text: string, attributions: FoundAttribution[]): FoundAttribution[] {
  const written = new Map<string, { outlet: OutletRef; first: string }>();
  for (const a of attributions) {
    if (a.outlet.id === null || written.size >= 200) continue;
    const words = squashWords(text.slice(a.nameStart, a.nameEnd)).filter((w) => !LEADING_TITLE_ARTICLES.has(w));
    if (words.length === 1 && !written.has(a.outlet.id)) written.set(a.outlet.id, { outlet: a.outlet, first: words[0]! });
  }
  if (written.size < 2) return attributions;
  const full = new Map<string, OutletRef>();
  for (const [id, short] of written) {
    if (short.first.length < 3) continue;
    for (const [otherId, long] of written) {
      if (otherId === id || long.outlet.country === short.outlet.country || !short.outlet.country || !long.outlet.country) continue;
      if (long.first.length > short.first.length && long.first.startsWith(short.first)) { full.set(id, long.outlet); break; }
    }
  }
  if (full.size === 0) return attributions;
  return attributions.map((a) => { const o = a.outlet.id !== null ? full.get(a.outlet.id) : undefined; return o ? { ...a, outlet: o } : a; });
}
const AR_EDITION = new Set(['arabic', 'arabia', 'عربي', 'العربية', 'عربية', 'news']);
const FR_EDITION = new Set(['afrique', 'francais', 'french', 'monde']);
const EN_EDITION = new Set(['english', 'international']);
const squashWords = (name: string): string[] => name.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '').split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 0 && w !== 'the');

const EDITION_WORDS = new Set(['english', 'arabic', 'arabia', 'mubasher', 'balkans', 'international', 'online', 'digital', 'net', 'live', 'plus', 'world', 'global',
  'africa', 'afrique', 'america', 'asia', 'europe', 'francais', 'espanol', 'español', 'turk', 'turkce']);

function shortTitleOf(name: string): string | null {
  const words = wordForms(name).filter((w) => w !== 'the' && w !== 'le' && w !== 'la');
  const tail = words[words.length - 1];
  return words.length >= 2 && tail !== undefined && GENERIC_TITLE_WORDS.has(tail) ? tail : null;
}

const FRONTED_CITES = /^(?:en )?(?:citant|reprenant|s['’]appuyant|relayant)\b|^(?:citing|quoting)\b/i;

/**
 * "Reprenant des informations de la radio Cadena SER, le site d'information espagnol rapporte …": a citing
 * participle opening the sentence links the outlet it names to the one that reports after the comma (a name or,
 * as here, an anaphor resolved to its outlet).
 */
/**
 * "ونقلت الصحيفة عن وكالة الأنباء الأردنية", "The paper, quoting the Kenya News Agency (KNA), said": in the opening
 * paragraphs, the outlet a pronoun stands for cites the one named in its clause.
 */
function anaphoraCites(attributions: readonly FoundAttribution[], ledeBlocks: ReadonlySet<number>): CitesLink[] {
  const out: CitesLink[] = [];
  // Attributions are in text order: the cited one starts within the anaphor's clause, right after it.
  for (let k = 0; k < attributions.length; k++) {
    const a = attributions[k]!;
    // In the lede only: further down, the paper quoting an agency adds a detail to its own story.
    if (!a.anaphora || (a.pattern !== 'reported_by' && a.pattern !== 'published_by') || !ledeBlocks.has(a.blockIndex)) continue;
    for (let q = k + 1; q < attributions.length && q <= k + 4; q++) {
      const x = attributions[q]!;
      if (x.start > a.end + 2) break;
      if (x.pattern === 'according_to' && x.start >= a.start && !sameOutlet(x.outlet, a.outlet) && CITING_CUE.test(x.surface)) { out.push({ from: a.outlet, to: x.outlet }); break; }
    }
  }
  return out;
}
const CITING_CUE = /^(?:[وف]?عن\s|quoting\s|citing\s|citant\s|en citant\s|reprenant\s)/i;

function frontedCites(text: string, attributions: readonly FoundAttribution[]): CitesLink[] {
  const out: CitesLink[] = [];
  for (const a of attributions) {
    if (a.pattern !== 'according_to' || !FRONTED_CITES.test(a.surface)) continue;
    const lead = text.slice(Math.max(0, a.start - 3), a.start);
    if (a.start > 0 && !/(?:^|[.!?\n]\s*)$/.test(lead)) continue;
    const next = attributions.find((b) => b.start >= a.end && b.blockIndex === a.blockIndex && !sameOutlet(b.outlet, a.outlet) && !/[.!?]/.test(text.slice(a.end, b.start)));
    if (next) out.push({ from: next.outlet, to: a.outlet });
  }
  return out;
}

/** "a confirmé la nouvelle en fin de matinée dans un communiqué", "confirmed the cuts on Tuesday in a statement": the
 * verb's own object and time, then the outlet's statement (no "que"/"that" clause between: that statement is another's). */
const OBJECT_THEN_STATEMENT = /^\s+(?:(?!(?:que|qu|that|which|qui|dont|selon|a|ont|avait|has|had|said|says)(?![\p{L}'’]))[\p{L}'’-]+\s+){1,7}(?:dans un (?:bref )?communiqu[ée]|in (?:a|an|its) (?:brief |short |written )?statement)/iu;
const CORPORATE_STATEMENT = /^\s*(?:(?:on|late|early|this|last) \w+ )?(?:in (?:a|an|its|their) (?:[\w-]+ ){0,2}?(?:statement|press release|memo|filing|annual report|email(?:ed)? statement)|dans un (?:bref )?communiqu[ée]|(?:\S+ )?(?:في|ف?ي) (?:بيان|بلاغ))/i;

/** The page's own newsgathering in its own voice: its information, its team on the spot, its correspondent's eyes. */
const OWN_VOICE = /\bselon nos (?:informations|sources)\b|\bd['’]après nos (?:informations|sources)\b|\b(?:a|ont) constaté (?:notre|nos)\b|\bnotre (?:équipe|rédaction|journaliste|reporter) (?:a|ont) (?:constaté|pu constater)\b|\baccording to our (?:sources|information)\b|\bour (?:reporter|correspondent) (?:saw|found)\b|(?:وعاينت|عاينت|وعاين|عاين) (?:مراسلة|مراسل)|(?:حسب|وفق) (?:معلومات|مصادر) خاصة/i;

/** A negation right before a confirming participle: "n'ont pas été", "has not been", "could not be independently". */
const UNCONFIRMED_BEFORE = /(?:\bn['’]\S+\s+(?:pas|jamais)(?:\s+\S+){0,2}|\b(?:not|never)(?:\s+\S+){0,2}|\bnon)\s*$/i;

/** A staff member named by the outlet they work for, right before its name: "l'animateur emblématique de", "the presenter of". */
const STAFF_OF_BEFORE = /\b(?:direction|syndicats?|intersyndicale|dirigeante?|présidente?|management|bosses|executives?|unions?|animat(?:eur|rice)|présentat(?:eur|rice)|journaliste|rédact(?:eur|rice)|chroniqu(?:eur|euse)|éditorialiste|correspondante?|envoyée? spéciale?|directeur|directrice|patronne?|pdg|employée?|salariée?|agents?|travailleurs|personnels?|techniciens|techniciennes|vedette|star|humoriste|producteur|productrice|presenter|anchor|host|editor|correspondent|columnist|reporter)s?\b(?:\s+[\p{L}'’-]+){0,2}?\s+(?:de|du|des|d['’]|of)\s*(?:la\s+|l['’]\s*|the\s+)?$/iu;

/** An event and its broadcast in one sentence: the match, the ceremony, the race, aired live on a channel. */
const AIRS_AN_EVENT = /\b(?:ball-by-ball|live coverage|live commentary|free-to-air|(?:shown|streamed) live on|streamed on|streaming (?:live )?on|highlights on)\b|\bwill (?:also )?(?:carry|broadcast|show|stream|televise|air)\b[^.!?\n]{0,60}\b(?:live|every|coverage|commentary|session|match|game|race)\b|\b(?:can|will) be (?:streamed|watched|heard)\b[^.!?\n]{0,40}\b(?:live|on|via)\b|\b(?:match|matchs|rencontre|test|innings|session|tournament|finale|demi-finale|course|cérémonie|concert|gala|game|games|fixture|final|semi-final|race|ceremony|kick-off|kickoff|derby|derbys|clasico|classico|classique|choc|affiche|duel|combat|bout|étape|stage)\b[^.!?\n]{0,80}\b(?:diffusée?s?|retransmise?s?|télédiffusée?s?|présentée?s? (?:sur|à|par)|sur les ondes|en direct sur|à suivre (?:sur|en direct)|broadcast live|will be broadcast|airs on|aired on|televised|live on|carried live)(?![a-zà-ÿ])|\b(?:diffusée?s?|retransmise?s?|broadcast live)\b[^.!?\n]{0,40}\b(?:match|rencontre|finale|game|fixture)\b|(?:تنقل|تبث|ينقل|يبث|ستنقل|ستبث|سينقل|سيبث)\s[^.!?؟\n]{0,80}\s(?:مباشرة|على الهواء مباشرة)(?=[\s،,.]|$)|(?:مباراة|مباراتا|مباراتي|مباريات|المباراة|المباريات|اللقاء|النهائي|الحفل|السباق|المراسم|نزال|سهرة|السهرة|سهرات|الأمسية|حفل الافتتاح)[^.!?؟\n]{0,80}(?:تنقل|تبث|ينقل|يبث|بث مباشر|نقل مباشر|نقلت مباشرة|نقلت على الهواء|نقلت على المباشر|على المباشر|نقلت عبر|بثت مباشرة|نقلتها|نقلها|بثتها|بثها|الأثير)|(?:تنقل|تبث|ينقل|يبث|نقلت|بثت|نقل|بث)\s+(?:(?!عن\s)\S+\s+){0,4}(?:مباراة|مباراتا|مباريات|المباراة|المباريات|اللقاء|النهائي|الحفل|السباق)/i;

/** The sentence holding text[start, end): from the last full stop, question mark or line break before it to the next after it. */
/** A programme and its airing, or a sitting aired live: the channel is where to watch it. */
// Word edges for French letters: \b treats "é" as a non-word character.
const WB = '(?<![a-zà-ÿ])';
const WE = '(?![a-zà-ÿ])';
const AIRS_A_SHOW = new RegExp([
  String.raw`${WB}(?:série|séries|feuilleton|téléroman|émission|émissions|épisode|épisodes|saison|téléfilm|film|films|séance|plénière|spot|spots|clip|clips|publicité|publicités|campagne|series|sitcom|show|episode|episodes|season|drama|movie|sitting|advert|adverts|advertisement|commercial|commercials)${WE}[^.!?\n]{0,80}${WB}(?:(?:diffusée?s?|rediffusée?s?|retransmise?s?|airs|aired|will air|is screened|streams)${WE}|(?:présentée?s?|proposée?s?) (?:sur|à|par)${WE}|en direct (?:sur|par|à)${WE}|sur les ondes (?:de|d['’]))`,
  String.raw`${WB}(?:diffusée?s?|retransmise?s?) en direct${WE}|${WB}broadcast live${WE}|${WB}(?:communiqué|déclaration|message|discours|statement|speech|address) (?:lue?|read out) (?:à|sur|par|on)${WE}|(?:بيان|كلمة|خطاب) (?:تلي|تلاه|تلته)|${WB}(?:ont|a|avaient|avait) diffusé${WE}[^.!?\n]{0,30}${WB}(?:des|les) (?:rediffusions|clips|films|séries|émissions|programmes|matchs)${WE}|${WB}(?:diffuse|émet|broadcasts|airs) (?:sur|on|via) (?:la |le |les |l['’])?(?:TNT|satellite|câble|bouquets?|fréquences?|ondes|FM|cable|frequency|channel)${WE}|${WB}(?:est|sont|sera|seront) (?:diffusée?s?|rediffusée?s?|retransmise?s?)${WE}`,
  // (Not a reportage: what a channel aired as its own reporting is a report, "نقلت إذاعة X، في روبورتاج بثته، عن مهنيين".)
  String.raw`(?:مسلسل|المسلسل|مسلسلا|حلقات|الحلقات|برنامج|البرنامج|برنامجا|فيلم|الفيلم|وثائقي|الوثائقي|وثائقيا|الجلسة|أغنية|أغاني|الأغاني|أغانيه|أعماله|أعمالها)[^.!?؟\n]{0,120}(?:[ولف]?(?:عرض|لعرض|لعرضه|لعرضها|يعرض|تعرض|سيعرض|ستعرض|تبث|يبث|ستبث|سيبث|بثت|بث|بثتها|بثها|بثته|عرضته|عرضتها|مشاهدة|المشاهدة)\s)`,
  // "يحيل برنامجا على قناة «النهار» للتحقيق", "برنامج «مساء النهار» المذاع على قناة «النهار»": a programme on a channel.
  String.raw`(?:مسلسل|المسلسل|مسلسلا|برنامج|البرنامج|برنامجا|برنامجه|برنامجها)\s+(?:[«"“][^»"”\n]{1,40}[»"”]\s+)?(?:(?:المذاع|المعروض|الذي يذاع|الذي يبث|الذي يعرض|الذي تبثه|الذي تعرضه)\s+)?على\s+(?:قناة|شاشة)`,
  // "قبل أن يطل على شاشة "تلفزيون لبنان" في سلسلة حلقات": a presenter's appearances, not a report.
  String.raw`(?:^|\s)[وف]?(?:يطل|تطل|أطل|أطلت|يظهر|تظهر|ظهر|ظهرت)\s+(?:\S+\s+){0,2}على\s+شاشة`,
  // "وتبث التلفزة الموريتانية عبر قناتين": how a channel reaches viewers, not what it reported.
  String.raw`(?:^|\s)[وف]?(?:تبث|يبث|بثت)\s[^.!?؟\n]{0,50}\s(?:عبر|على)\s+(?:قناتين|قنوات|القنوات|ثلاث قنوات|تردد|ترددات|الترددات|الأقمار|القمر الصناعي|موجات|الموجة|الموجات|الأثير)`,
  String.raw`(?:^|\s)[وف]?(?:يعرض|تعرض|سيعرض|ستعرض|تبث|يبث|ستبث|سيبث|بث|عرض)\s+(?:\S+\s+){0,2}(?:مسلسل|المسلسل|حلقات|الحلقات|برنامج|البرنامج|فيلم|الفيلم)`,
  // "أن تبث قناة الوطنية الأولى مساء الغد سهرة خاصة تكريما لروح الفقيد": a tribute evening on the air.
  String.raw`(?:^|\s)[وف]?(?:تبث|يبث|ستبث|سيبث|بثت)\s+(?:\S+\s+){1,6}(?:سهرة|حفلا|حلقة|وثائقيا|فيلما|برنامجا|تغطية)(?:\s|$)`,
].join('|'), 'i');
/** Someone speaking just before the channel's name, or an interview: the channel aired what they said, which is a source. */
const SPEECH_IN_SENTENCE = /(?<![a-zà-ÿ])(?:a déclaré|a dit|a affirmé|a confié|a annoncé|a expliqué|a indiqué|a assuré|a estimé|a reconnu|said|says|told|announced|explained|admitted|speaking to|spoke to|speaking with|spoke with|interview with|interviewed by)(?![a-zà-ÿ])|(?:^|\s)[وف]?(?:قال|قالت|صرح|صرحت|أكد|أكدت|أوضح|أوضحت|أعلن|أعلنت|أضاف|أضافت)(?:\s|$)/i;
/** What comes before "confié à" when something was said: an auxiliary, an inverted pronoun or a speech noun. */
const SPOKEN_CONFIDENCE = /(?:(?<![a-zà-ÿ])(?:a|avait|ont|avaient|aurait|auraient|s['’]est|s['’]était|l['’]a|lui a|propos|déclarations?|confidences|entretien)|-t-(?:il|elle|on))\s*$/i;
/** An outlet (or "la chaîne" standing for it) speaking as an organisation: "Dans un courriel, Bell Média explique", "indique la chaîne dans un communiqué". */
function organisationVoice(text: string, a: FoundAttribution): boolean {
  if (a.pattern !== 'reported_by' && a.pattern !== 'according_to') return false;
  // "Pour France Télévisions, ces résultats confortent la stratégie": a media group's view is a company's.
  if (a.pattern === 'according_to' && a.outlet.medium === 'group' && /^(?:pour|for)\s/i.test(a.surface)) return true;
  const before = text.slice(Math.max(0, a.nameStart - 100), a.nameStart);
  const after = text.slice(Math.max(a.end, a.nameEnd), Math.max(a.end, a.nameEnd) + 40);
  if (ORGANISATION_VOICE_BEFORE.test(before) || ORGANISATION_VOICE_AFTER.test(after)) return true;
  // "a Metro official said", "a BBC manager told staff": one of its people speaks, by name of their employer.
  if (a.pattern === 'reported_by' && a.nameEnd <= a.end && STAFF_AFTER_NAME.test(text.slice(a.nameEnd, a.nameEnd + 24))) return true;
  // "un cadre de la direction des ressources humaines de la RTS a indiqué", "glisse un journaliste de la chaîne sous
  // couvert d'anonymat": someone on the staff speaks for themselves; the outlet reports nothing.
  const wider = text.slice(Math.max(0, a.nameStart - 110), a.nameStart);
  if (STAFF_BEFORE.test(wider)) return true;
  return ANONYMOUS_JOURNALIST_BEFORE.test(wider) && /sous couvert d['’]anonymat|anonymement|on condition of anonymity|declined to be named|requested anonymity/i.test(text.slice(a.nameEnd, a.nameEnd + 80));
}
const STAFF_BEFORE = /(?<![a-zà-ÿ])(?:(?:les|des|the)\s+(?:agents|employés|employées|salariés|salariées|techniciens|travailleurs|personnels|employees|workers|technicians|staff)|(?:un|une|an?|one)\s+(?:cadre|responsable|employée?|salariée?|agent|technicienne?|syndicaliste|délégué syndical|staff member|employee|worker|technician|union representative))(?![a-zà-ÿ])[^.;:!?«»"]{0,70}\s(?:de la|du|de l['’]|des|de|d['’]|of the|at the|of|at)\s*$/i;
const ANONYMOUS_JOURNALIST_BEFORE = /(?<![a-zà-ÿ])(?:un|une|a|one)\s+(?:journaliste|animateur|animatrice|présentateur|présentatrice|journalist|reporter|presenter)\s+(?:de la|du|de l['’]|of the|at the|at)\s*$/i;
/** A company's word before a name: "le groupe de bancassurance KBC", "the lender", "l'opérateur". */
const COMPANY_BEFORE = /(?<![\p{L}])(?:le groupe|la banque|l['’]assureur|le bancassureur|l['’]opérateur|la compagnie|l['’]entreprise|the bank|the lender|the insurer|the operator|the company|the firm)(?:\s+(?:de|d['’]|du|des|bancaire|financier|industriel|[\p{Ll}'’-]+)){0,3}\s+$/iu;
/** An owner before a list of its titles: "The publisher of the Mirror, Express and", "l'éditeur du Parisien et". */
const OWNER_OF_LIST = /(?<![\p{L}])(?:(?:publisher|owner|owners|parent company|éditeur|propriétaire|maison mère)\s+(?:of|de|du|des|d['’])|(?:which|that|who|qui)\s+(?:also\s+|aussi\s+|également\s+)?(?:publishes|owns|runs|operates|publie|possède|édite|détient))\s*(?:(?:the|le|la|les)\s+|l['’])?(?:\p{Lu}[\p{L}'’-]*\s*(?:,\s*(?:(?:the|le|la|les)\s+|l['’])?|\s+(?:and|et|&)\s+(?:(?:the|le|la|les)\s+|l['’])?)?){0,8}$/u;
/** "le directeur de publication d'", "the editor of": the head of a newsroom, who speaks for themselves. */
const HEAD_OF_PUBLICATION = /(?<![\p{L}])(?:directeur|directrice|rédacteur en chef|rédactrice en chef)\s+de\s+(?:la\s+)?publication\s+(?:de|du|d['’])\s*(?:la\s+|l['’])?$/iu;
/** Words of a ratings story: "part d'audience", "téléspectateurs", "Médiamétrie", "viewers", "Nielsen". */
const AUDIENCE_WORDS = /(?<![a-zà-ÿ])(?:téléspectateurs|téléspectatrices|parts? d['’]audience|médiamétrie|pda|audimat|viewers|nielsen|barb|ratings|audience share|tam ireland|oztam|most-watched|most watched|audimétrie|numeris|viewership|barc|trps?)(?![a-zà-ÿ])|نسب المشاهدة|نسبة المشاهدة/gi;
const CHINA_CONTEXT = /(?<![a-z])(?:china|chinese|chine|chinois|chinoise|chinoises|beijing|pékin|pekin|xinhua|xi jinping|shanghai|taiwan|hong kong)(?![a-z])|الصين|الصيني|بكين|شينخوا/i;
/** Three capitalised words or more with a function word among them, all in capitals: a shouted sentence. */
const SHOUTED_NAME = /^(?=(?:\S+\s+){2,}\S)(?!.*\p{Ll})(?=.*(?:^|\s)(?:SES|SON|SA|LES|DES|DU|DE|LA|LE|A|À|ET|EN|AU|AUX|THE|OF|AND|IN|ON|HIS|HER|ITS|HAS|IS|WAS)(?:\s|$))/u;
/** What follows "كتب في جريدة X" when it tells a career: a column, years, a decade. */
const CAREER_AR = /زاوية|عمود|مقالات|لسنوات|سنوات طويلة|الستينيات|السبعينيات|الثمانينيات|التسعينيات|الستينات|السبعينات|الثمانينات|التسعينات/;
/** Statement channels just before or after an outlet's name. */
const ORGANISATION_VOICE_BEFORE = /(?:(?<![a-zà-ÿ])(?:dans (?:un|une|son|sa) (?:courriel|communiqué|déclaration écrite)(?: [^,.;!?\n]{1,50})?|in (?:a|an) (?:e-?mailed |written )?statement|in a press release)\s*,\s*(?:la |le |l['’]|les |the )?|(?<![a-zà-ÿ])(?:a spokes(?:wo)?(?:man|person) for|une? porte-parole d[eu']?|la porte-parole d[eu']?|le porte-parole d[eu']?)\s*(?:la |le |l['’]|les |the )?)$/i;
const OFFICIAL_GAZETTE = /official gazette|journal officiel|bulletin officiel|الجريدة الرسمية|الجريدة الرّسمية|الرائد الرسمي/i;
const LEGAL_TEXT_BEFORE = /(?<![\p{L}])(?:regulations?|rules|laws?|decrees?|royal (?:order|decree)|amendments?|ordinance|bylaws?|décrets?|arrêtés?|lois?|ordonnances?|règlements?|نظام|قرار|مرسوم|لائحة|قانون)(?![\p{L}])[^.!?,،\n]{0,30}$/iu;
/** The gazette's verb: "published in", "publié au", "نشر في". */
const PUBLISHED_IN = /^(?:published in|publiée?s? (?:dans|au)|[وف]?نشرت? في)(?![\p{L}])/iu;
const LABEL_ABOUT_ITSELF = /(?<![\p{L}])(?:la station|la chaîne|l['’]antenne|la radio|la rédaction|le journal|le quotidien|éditorialiste|présentat(?:eur|rice)|animat(?:eur|rice)|chroniqueu(?:r|se)|the station|the channel|the broadcaster|the paper|the newsroom|presenter|anchor|columnist|الإذاعة|القناة|الصحيفة|مذيع|مذيعة|les agents|les salariés|les employés|les travailleurs|le personnel|les techniciens|sit-in|grève|staff|workers|employees)(?![\p{L}])/iu;
const OWN_CUTS_AFTER = /^\s*(?:(?:about|some|up to|près de|plus de|environ)\s+)?(?:\d[\d,. ]*\s+|more\s+|further\s+|new\s+|major\s+|deep\s+|de nouvelles\s+|des\s+)?(?:job\s+cuts|jobs|redundancies|layoffs|lay-offs|staff\s+cuts|suppressions\s+(?:de\s+postes|d['’]emplois)|licenciements|départs)(?!\s+(?:at|in|across|from|chez|à|au)\s+(?:the\s+|l['’]|le\s+|la\s+)?\p{Lu})/u;
const RESUMES_AFTER = /^\s+(?:[\p{L}]+ment\s+)?(?:la|le|les|l['’]|sa|son|ses|leur|leurs)\s*(?:tête|première|premier|place|places|large|main|avantage|dessus|direction|contrôle|travail|chemin|route|cours|match|jeu|entraînement|souffle|espoir|confiance|couleurs|service|activité|activités|fonctions|poste|commandement|leadership|rênes)(?![\p{L}])/iu;
const NAME_EXTRAS = new Set(['news', 'radio', 'tv', 'fm', 'online', 'com', 'digital', 'info', 'infos', 'actu', 'live']);
const STAFF_OF_BEFORE_AR = /(?:هيئة تحرير|رئيس تحرير|رئيسة تحرير|مدير تحرير|مديرة تحرير|مذيع|مذيعة|مذيعي|مقدم|مقدمة|موظفي|العاملين في|العاملون في)\s+(?:مجلة|صحيفة|جريدة|قناة|إذاعة|موقع|وكالة)?\s*[«"“]?\s*$/;
const REPORTER_ONLY_BYLINE = /^(?:[Bb]y|BY|[Pp]ar|PAR)\s+\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3}$/u;
const WITH_AGENCY_SIGN_OFF = /^\W*\(?\s*(?:with|avec)\s/i;
/** Arabic head nouns of companies and public bodies (not of media groups: "مؤسسة الأهرام", "دار الخليج", "مجموعة MBC"). */
const BODY_HEADS_AR = '(?:شركة|الشركة|بنك|مصرف|سهم|أسهم|هيئة|وزارة|جمعية|نادي|مصنع|فندق|مطعم|مستشفى|جامعة|بلدية|مجلس)';
/**
 * Whether the page names `name` after a company's or public body's head noun ("لشركة المراعي", "سهم «المراعي»"). Each
 * name costs a scan of the text: a hostile page of thousands of unknown names gets the first few scanned, over the
 * first BODY_SCAN_CHARS characters (an article's length), and the rest left as they are.
 */
const BODY_SCAN_NAMES = 12;
const BODY_SCAN_CHARS = 100_000;
function namedAsBody(text: string, name: string, memo: Map<string, boolean>): boolean {
  let v = memo.get(name);
  if (v === undefined) {
    if (memo.size >= BODY_SCAN_NAMES) return false;
    const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    v = /[\u0600-\u06ff]/.test(name) && new RegExp(`(?:^|[\\s(])[وبلف]?${BODY_HEADS_AR}\\s*[«"“]?${escaped}(?![\\u0600-\\u06ff])`).test(text.slice(0, BODY_SCAN_CHARS));
    memo.set(name, v);
  }
  return v;
}
const LEADING_TITLE_ARTICLES = new Set(['the', 'le', 'la', 'les', 'l', 'al', 'el']);
const HEAD_OF_BEFORE_AR = /(?:^|\s)(?:ال)?(?:مدير|مديرة|رئيس|رئيسة|مؤسس|مؤسسة)(?:\s+(?:العام|العامة|التنفيذي|التنفيذية|الفني|الفنية|تحرير))?\s+لـ?\s*[«"“]?\s*$/;
/** "عن برنامج موسمها", "عن خطتها", "عن هويتها الجديدة": what the subject unveils is its own. */
const REVEALS_OWN_AFTER = /^\s*[»"”]?\s*عن\s+(?![أإا]ن|كون|مصادر)(?:\S+\s+){0,2}?\S+(?:ها|هم)(?=[\s،,.]|$)/;
const INSTITUTION_OWNER_AFTER = /^\s+(?:du|de la|de l['’]|des|of the)\s*(?:ministère|ministry|préfecture|gouvernement|government|mairie|municipalité|département|department|conseil (?:départemental|régional|municipal)|council|agence régionale|office national|service public|état)(?![\p{L}])/iu;
const COMPANY_RESULTS_AFTER = /^\s+(?!(?:that|whether|how|what|on|in|last|this)\s)(?:a|an|its|record|higher|lower|stronger|weaker|better|worse)?\s*(?:(?!that\s)[\w%.$€£-]+\s+){0,3}?(?:net\s+)?(?:loss|losses|profit|profits|revenue|revenues|earnings|sales|income|turnover|ebitda|deficit|surplus)(?![a-z])/i;
const COMPANY_METRIC_AFTER = /^\s+that\s+(?:[\w'’-]+\s+){0,3}?(?:loss|losses|profit|profits|revenue|revenues|earnings|sales|income|turnover|bookings|orders|shipments|deliveries|subscribers|users)(?![a-z])/i;
const NO_COMMENT_BEFORE = /(?:declined to comment|did not (?:immediately )?(?:respond|reply|comment)|could not be reached|refused to comment|had no comment|n['’]a pas (?:souhaité|voulu|donné suite|répondu)|n['’]ont pas (?:souhaité|voulu|donné suite|répondu)|s['’]est refusée? à tout commentaire)[^.!?\n]{0,60}$/i;
const PRIZE_IN_SENTENCE = /(?<![a-zà-ÿ])(?:won|wins|winning|award|awards|prize|prizes|lauréate?s?|récompensée?s?|primée?s?)(?![a-zà-ÿ])|جائز[ةه]|بجائز[ةه]|فاز|فازت/i;
const OWN_PROGRAMMES_AFTER = /عن\s+(?:شبك[ةه]\s+|خريط[ةه]\s+)?(?:شبكت|برامج|برمجت|خريطت|دورت)[^\s،.:]*ها(?=[\s،.:]|$)|(?<![a-zà-ÿ])(?:sa|ses)\s+(?:nouvelle\s+|nouveaux\s+|prochaine\s+)?(?:grille|programmes|programmation|rentrée|saison)(?![a-zà-ÿ])|(?<![a-z])its\s+(?:(?:new|autumn|fall|winter|spring|summer|ramadan|festive|christmas)\s+)*(?:schedule|line-?up|programming|slate|season)(?![a-z])/i;
const ANNOUNCES = /أعلن|كشف|(?<![a-zà-ÿ])(?:annonc|dévoil|announc|unveil)/i;
/** The rest of the sentence after `from`, up to 120 characters. */
function sentenceRest(text: string, from: number): string {
  const rest = text.slice(from, from + 120);
  const stop = rest.search(/[.!?؟\n]/);
  return stop >= 0 ? rest.slice(0, stop) : rest;
}
const OWN_ISSUE_AFTER = /^\s*(?:(?:aujourd['’]hui|ce\s+\p{L}+|today|this\s+\p{L}+)\s+)?(?:son|sa|its|their)\s+(?:(?:tout|very)\s+)?(?:dernier|premier|ultime|final|last|first|nouveau|new|\d+\p{L}*)\s+(?:numéro|numero|édition|edition|issue|exemplaire)(?![\p{L}])/u;
const AIRED_MATCHES_AFTER = /^\s*(?:\p{L}+\s+){0,4}(?:rencontres|matchs|matches|match|courses|épreuves|compétitions?|championnat|saison|games|fixtures|races)(?![\p{L}])/u;
const OWN_SHOW_AFTER = /^\s*(?:that\s+)?(?:the|its|this year['’]s|la|le|son|sa|ses|l['’])\s*(?:show|programme|program|series|broadcast|final|launch|premiere|episode|émission|série|finale)(?![a-zà-ÿ])|(?<![a-zà-ÿ])(?:streamed|streams|viewers|viewing figures|overnight figures|overnights|audience figures|audiences?|ratings|téléspectateurs)(?![a-zà-ÿ])/i;
const STAFF_AFTER_NAME = /^\s+(?:official|officials|spokes(?:wo)?man|spokesperson|executive|executives|manager|managers|boss|bosses|employee|employees|staffer|staffers|officer|engineer|engineers|insider|insiders)(?![a-z])/i;
const ORGANISATION_VOICE_AFTER = /^\s*,?\s*(?:(?:in (?:a|an) (?:e-?mailed |written )?statement|in a press release|dans (?:un|une) (?:communiqué|courriel|déclaration écrite)|par (?:voie de )?communiqué)(?![a-zà-ÿ])|في بيان)/i;
/** Outlet names that are also the definite form of a document noun, with the indefinite noun that introduces one. */
const DOCUMENT_NAMES = new Map([['النشرة', /(?:^|[\s(])[وبل]?(?:نشرة(?=[\s،,.:])|(?:النشرة|نشرتها|نشرته) (?:السنوية|الشهرية|الأسبوعية|اليومية|الدورية|الإحصائية|الجوية|الرسمية|الاقتصادية|الفصلية|التحذيرية|الإنذارية|الخاصة))/], ['الخبر', /(?:^|\s)[وب]?خبرا?(?=[\s،,.:])/]]);
const INTERVIEW_NOUN = /(?<![a-zà-ÿ])(?:interview|entretien|entrevue|invitée?|guest)(?![a-zà-ÿ])|مقابلة|حوار|استضاف|مداخلة|تصريحات|تصريح|اتصال هاتفي|لقائه|لقائها|لقاء|ضيفا|استضافته|استضافتها/i;
const ARABIC_MARKS = /[\u064b-\u0652\u0640]/g;

/** True when a mention names the outlet: one of its registry ids, or the same unknown name. */
function mentionIs(m: OutletMention, o: OutletRef): boolean {
  if (o.id !== null) return m.entry?.ids.includes(o.id) ?? false;
  return m.unknown !== undefined && m.unknown.name === o.name;
}

/** The registry ids of a known outlet that opens a Latin-script headline as its subject (no cue, no label), or null. */
function headlineSubject(t: Tokens, blocks: readonly TextBlock[], blockOf: Int32Array, mentions: readonly OutletMention[], attributions: readonly FoundAttribution[]): readonly string[] | null {
  const m = mentions.find((x) => blocks[blockOf[x.first]!]?.kind === 'title');
  if (!m || !m.entry || m.entry.common || m.weak || t.kind[m.first]! !== TokKind.Latin) return null;
  if (attributions.some((a) => a.block === 'title')) return null;
  // Only an article may come before it, or a clause that hangs the news on it: "Anger as BBC confirms end of …".
  for (let j = m.first - 1; j >= 0 && blockOf[j] === blockOf[m.first]; j--) {
    if (j === m.first - 1 && t.kind[j]! === TokKind.Latin && (t.norm[j] === 'as' || t.norm[j] === 'after') && j <= 3) break;
    if (!(t.kind[j]! === TokKind.Latin && HEADLINE_ARTICLES.has(t.norm[j]!)) && t.norm[j] !== "'") return null;
  }
  // A verb or an auxiliary follows it, not a colon, a dash, a bracket or a quote ("Le Monde : …" is a label).
  const nx = m.last + 1;
  if (nx >= t.n || blockOf[nx] !== blockOf[m.first] || t.kind[nx]! !== TokKind.Latin || (t.flags[nx]! & TokFlag.UpperInitial)) return null;
  // "BBC exposé: …", "Le Monde révèle : …": a label with its noun or verb.
  for (let j = nx; j < t.n && j <= nx + 2 && blockOf[j] === blockOf[m.first]; j++) if (t.norm[j] === ':' || t.norm[j] === '-') return null;
  return m.entry.ids;
}
const HEADLINE_ARTICLES = new Set(['la', 'le', 'les', 'l', 'the']);

/** Words before an outlet in a headline that make it the place of the news: "chez", "at", a job "of" it. */
const HELM_NOUNS = new Set(['tete', 'direction', 'presidence', 'commandes', 'renes', 'barre', 'helm', 'head', 'reins', 'leadership', 'chair']);
const HOUSED_AT = new Set(['chez', 'at']);
const PRODUCTIONS = new Set(['drama', 'series', 'show', 'sitcom', 'documentary', 'docuseries', 'soap', 'film', 'serie', 'feuilleton', 'documentaire', 'emission']);
const STAFF_NOUNS = new Set(['chroniqueur', 'chroniqueuse', 'journaliste', 'journalistes', 'animateur', 'animatrice', 'presentateur', 'presentatrice', 'reporter', 'reporters',
  'correspondant', 'correspondante', 'redacteur', 'redactrice', 'salaries', 'employes', 'techniciens', 'journalist', 'journalists', 'presenter', 'presenters', 'anchor', 'host',
  'correspondent', 'columnist', 'staff', 'staffers', 'employees', 'workers']);

/**
 * An outlet named in the headline as where the news happens ("compressions chez Groupe TVA", "job cuts at Reach") or as
 * the employer of the people it is about ("un chroniqueur de Jawhara FM condamné", "journalists of Radio Okapi").
 */
function headlineHousedOutlet(t: Tokens, blocks: readonly TextBlock[], blockOf: Int32Array, mentions: readonly OutletMention[], attributions: readonly FoundAttribution[]): readonly string[] | null {
  if (attributions.some((a) => a.block === 'title')) return null;
  for (const m of mentions) {
    if (blocks[blockOf[m.first]!]?.kind !== 'title') continue;
    if (!m.entry || m.entry.common || m.weak || m.entry.ids.length === 0 || t.kind[m.first]! !== TokKind.Latin) continue;
    // "new ITV crime drama starts filming": the outlet's own production is the news.
    for (let k = m.last + 1; k <= m.last + 2 && k < t.n && blockOf[k] === blockOf[m.first]; k++) if (PRODUCTIONS.has(t.norm[k]!)) return m.entry.ids;
    let j = m.first - 1;
    while (j >= 0 && blockOf[j] === blockOf[m.first] && (HEADLINE_ARTICLES.has(t.norm[j]!) || t.norm[j] === "'" || t.norm[j] === 'groupe' || t.norm[j] === 'group')) j--;
    if (j < 0 || blockOf[j] !== blockOf[m.first]) continue;
    const w = t.norm[j]!;
    if (HOUSED_AT.has(w)) return m.entry.ids;
    // "À la RTS, la saignée se précise": French "à" and an article, fronting the headline.
    if (w === 'a' && j === m.first - 2 && (t.norm[j + 1] === 'la' || t.norm[j + 1] === 'le') && (j === 0 || blockOf[j - 1] !== blockOf[j])) return m.entry.ids;
    if ((w === 'de' || w === 'du' || w === 'd' || w === 'of') && j >= 1 && STAFF_NOUNS.has(t.norm[j - 1]!)) return m.entry.ids;
    // "Isabelle Dufresne prend la tête de Télé-Québec", "takes the helm of the BBC": the outlet's own leadership.
    if ((w === 'de' || w === 'du' || w === 'd' || w === 'of') && j >= 1 && HELM_NOUNS.has(t.norm[j - 1]!)) return m.entry.ids;
  }
  return null;
}

/** . ! ? ؟ and a newline: read as char codes, since a one-character string per step is garbage on a long page. */
function endsSentence(code: number): boolean {
  return code === 0x2e || code === 0x21 || code === 0x3f || code === 0x61f || code === 0x0a;
}

function sentenceAround(text: string, start: number, end: number): string {
  let s = start;
  for (let k = 0; s > 0 && k < 300 && !endsSentence(text.charCodeAt(s - 1)); k++) s--;
  let e = end;
  for (let k = 0; e < text.length && k < 300 && !endsSentence(text.charCodeAt(e)); k++) e++;
  return text.slice(s, e);
}

let debugThrow = false;

/** Tests and tools may ask internal errors to be thrown instead of turned into an empty analysis. */
export function setEngineDebug(throwErrors: boolean): void {
  debugThrow = throwErrors;
}

/**
 * The input with every field present, in one order: callers pass objects of many shapes (a .txt's, a page's, a test's
 * `{ text }`), and the optimised analysis would be thrown away each time a new shape came through.
 */
function sameShape(input: ArticleInput): ArticleInput {
  return {
    text: input.text, blocks: input.blocks, url: input.url ?? null, siteName: input.siteName ?? null, title: input.title ?? null, lang: input.lang ?? null,
    publishedAt: input.publishedAt ?? null, links: input.links, citations: input.citations,
  };
}

export function analyzeArticle(input: ArticleInput, deps: EngineDeps, options: AnalyzeOptions = {}): Analysis {
  const t0 = now();
  let res: Analysis;
  try {
    if (!input || typeof input !== 'object') res = emptyAnalysis(null);
    else res = analyzeInner(sameShape(input), deps, options ?? {});
  } catch (e) {
    if (debugThrow) throw e;
    res = emptyAnalysis(input);
  }
  res.ms = Math.round((now() - t0) * 1000) / 1000;
  return res;
}
