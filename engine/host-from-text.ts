// The publication (host) read from the article's own text, for input without a page address (a bare .txt):
//   1. a copyright or boilerplate footer naming the outlet ("© 2025 Al Jazeera Media Network", "Follow X on",
//      "جميع الحقوق محفوظة لموقع ...", "Tous droits réservés – Le Parisien"), except an agency's copyright line,
//      which partner sites print under its copy;
//   2. first-person newsgathering with the outlet as subject ("Metro understands", "X can reveal",
//      "علمت X", "Le Parisien a appris", "selon les informations de X" when X is also in the byline);
//   3. a title suffix ("... - X", "... | X") when the same outlet is in the byline;
//   4. a staff credit in the outlet's own voice ("CNN's Jane Doe contributed to this report");
//   5. unnamed sources speaking to it, and nothing else ("Two sources familiar with the plans told Axios");
//   6. an agency's own copy: reporters' names alone in the byline, the agency's dateline opening the story;
//   7. a broadcaster's or paper's own dateline opening the story ("Atlanta (CNN) —", "بيت لحم- معا-");
//   8. the story's only outlet, named only as the one people spoke to ("a fire official told CNN"); in Arabic, with its
//      head noun too ("في تصريح لإذاعة جوهرة أف أم");
//   9. a staff byline with the paper after a bar ("Marc-Olivier Tremblay | Journal de Montréal") or, unless the text says
//      the story is syndicated, after a comma ("By Marlee Quan, Vancouver Sun"), or the site's label
//      on a line of its own above the lede ("الشارقة 24:");
// Agencies are taken as the host only from an app or newsletter footer or their own copy's shape (6): elsewhere
// their name is more often relayed copy.
//
// Every pattern runs on a short slice (a short block, or a bounded window before a verb), so the work stays
// linear in the text.

import type { OutletRef, TextBlock } from './types';
import { outletRef, sameOutlet, type FoundAttribution } from './attributions';
import type { RegistryIndex } from './registry-index';
import { LATIN_GIVEN } from './names';
import { normalizeForMatch } from './normalize';

/** Longest block read as a footer line, and longest window read before a self-reference verb. */
const FOOTER_MAX = 300;
const WINDOW = 80;
/** A footer is among the last blocks of the text. */
const FOOTER_BLOCKS = 5;
/** Reporting verbs read in the whole text: far more than a long feature has, bounded for a page that is all cues. */
const MAX_VERB_HITS = 400;

const FOOTER_PATTERNS: RegExp[] = [
  /^\s*(?:©|\(c\)|copyright\b)\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?)?\s*©?\s*([^.|\n]{2,80})/i,
  /([^.|\n©]{2,60}?)\s*[-–—,.|:]?\s*(?:all rights reserved|tous droits réservés|جميع الحقوق محفوظة)/i,
  /(?:all rights reserved|tous droits réservés)\s*[-–—,.|:©]?\s*(?:\d{4}\s*)?([^.|\n]{2,60})/i,
  /جميع الحقوق محفوظة\s*[-–—,.|:©]?\s*(?:\d{4}\s*)?([^.|\n]{2,60})/,
  /(?:subscribe to|sign up (?:to|for)) (?:the |our )?([^.|\n]{2,60}?)(?:'s|’s)? (?:daily |weekly )?newsletters?/i,
  /(?:follow|like) ([^.|\n]{2,60}?) on (?:x|twitter|facebook|instagram|google news|whatsapp|telegram|youtube|tiktok|linkedin|threads)\b/i,
  /download (?:the |our )?([^.|\n]{2,60}?) (?:mobile )?app\b/i,
  /(?:abonnez-vous|inscrivez-vous) à la newsletter (?:de |du |d[’'])?([^.|\n]{2,60})/i,
  /suivez ([^.|\n]{2,60}?) sur (?:x|twitter|facebook|instagram|google actualités|whatsapp|telegram|youtube|tiktok|linkedin)\b/i,
  /téléchargez l[’']application ([^.|\n]{2,60})/i,
  /اشترك(?:وا)? في (?:ال)?نشرة ([^.|\n]{2,60})/,
  /تابعوا ([^.|\n]{2,60}?) (?:على|عبر)/,
  // "Published in Dawn, November 21st, 2025": the paper's own print line under the story (a reprint says "originally").
  /^\s*published in ([^,\n]{2,60}),\s*(?:\p{L}+\s+\d{1,2}(?:st|nd|rd|th)?|\d{1,2}\s+\p{L}+),?\s*\d{4}\.?\s*$/iu,
];

/**
 * The name-before-"all rights reserved" pattern opens with a character class, so on a line without the words it tries
 * sixty lengths at every position; the words are looked for first.
 */
const RIGHTS_BEFORE_NAME = 1;
const RIGHTS_RESERVED = /all rights reserved|tous droits réservés|جميع الحقوق محفوظة/i;

/** The first FOOTER_PATTERNS are copyright and rights-reserved lines. */
const COPYRIGHT_PATTERNS = 4;

/** Outlet-type words before an Arabic or French name ("لموقع هسبريس", "صحيفة عكاظ", "le journal X"). */
const TYPE_WORDS = /^(?:موقع|صحيفة|جريدة|قناة|مجلة|شبكة|وكالة|يومية)\s+/;

function words(s: string): string[] {
  return s.replace(/[«»"“”(),:;!?؟،]/g, ' ').split(/\s+/).filter(Boolean);
}

/** Candidate names in a captured phrase: every run of up to five words, longest and earliest first. */
function spans(ws: readonly string[]): string[] {
  const out: string[] = [];
  for (let len = Math.min(5, ws.length); len >= 1; len--) for (let i = 0; i + len <= ws.length; i++) out.push(ws.slice(i, i + len).join(' '));
  return out;
}

interface Resolver {
  (name: string): OutletRef | null;
}

function makeResolver(reg: RegistryIndex, attributions: readonly FoundAttribution[]): Resolver {
  return (raw: string) => {
    const name = raw.trim().replace(/^[-–—©\s]+|[-–—\s]+$/g, '');
    if (name.length < 2) return null;
    const variants = [name];
    // Arabic glued "ل"/"لـ" ("لموقع هسبريس", "لهسبريس") and outlet-type words.
    const ar = name.replace(/^لـ?\s*/, '');
    if (ar !== name) variants.push(ar);
    for (const v of variants.slice()) { const s = v.replace(TYPE_WORDS, ''); if (s !== v) variants.push(s); }
    for (const v of variants) {
      const e = reg.lookupAlias(v);
      if (!e || e.ids.length === 0) continue;
      // A common-word alias ("Metro", "The Times") counts only written as a name.
      if (e.common && !/^[\p{Lu}\d\p{Script=Arabic}]/u.test(v)) continue;
      const seen = attributions.find((a) => a.outlet.id !== null && e.ids.includes(a.outlet.id));
      if (seen) return seen.outlet;
      if (e.ids.length !== 1) continue;
      const o = reg.byId(e.ids[0]!);
      if (o) return outletRef(o);
    }
    return null;
  };
}

function firstOf(cands: readonly string[], resolve: Resolver, ok: (o: OutletRef) => boolean): OutletRef | null {
  for (const c of cands) {
    const o = resolve(c);
    if (o && ok(o)) return o;
  }
  return null;
}

/** 1. A copyright or boilerplate line naming the outlet. */
function fromFooter(text: string, blocks: readonly TextBlock[], resolve: Resolver): OutletRef | null {
  for (let b = blocks.length - 1; b >= 1 && b >= blocks.length - FOOTER_BLOCKS; b--) {
    const bk = blocks[b]!;
    if (bk.kind === 'title' || bk.end - bk.start > FOOTER_MAX) continue;
    const line = text.slice(bk.start, bk.end);
    for (let k = 0; k < FOOTER_PATTERNS.length; k++) {
      if (k === RIGHTS_BEFORE_NAME && !RIGHTS_RESERVED.test(line)) continue;
      const m = FOOTER_PATTERNS[k]!.exec(line);
      if (!m || !m[1]) continue;
      // An agency's copyright line ("Copyright 2025 The Associated Press. All rights reserved.") travels with its
      // copy to every partner site; its app or newsletter invitation is its own page's.
      // The longest name wins: "The Associated Press" is the agency, not a paper called "Press" inside its name.
      for (const c of spans(words(m[1]))) {
        const o = resolve(c);
        if (!o) continue;
        if (k >= COPYRIGHT_PATTERNS || o.medium !== 'agency') return o;
        break;
      }
    }
  }
  return null;
}

/**
 * 1b. The site signing its own page: its bare name as the article's last line ("Aïcha Kaboré" / "Lefaso.net"), or
 * its name with a copyright sign under the title ("Guinéenews©"). A relay credits its source with a word
 * ("Source : APS", "(Belga)", "Avec AFP"); agencies' signs travel with their copy, so they are left out.
 */
function fromSignature(text: string, blocks: readonly TextBlock[], resolve: Resolver, attributions: readonly FoundAttribution[]): OutletRef | null {
  const last = blocks[blocks.length - 1];
  const lines: string[] = [];
  if (last && last.kind !== 'title' && blocks.length > 2) {
    const block = text.slice(last.start, last.end).trim();
    lines.push(block.slice(block.lastIndexOf('\n') + 1).trim());
  }
  const byline = blocks.find((b) => b.kind === 'byline');
  if (byline) {
    const line = text.slice(byline.start, byline.end).trim();
    if (/\S\s*©$/.test(line)) lines.push(line);
  }
  for (const raw of lines) {
    const line = raw.replace(/\s*©\s*(?:\d{4})?$/, '');
    if (line.length < 2 || line.length > 40 || /[()«»"“”:،,;]/.test(line)) continue;
    // A name the registry does not know signs the page too: "Visionguinee.info" alone on the last line.
    const o = resolve(line) ?? attributions.find((a) => a.outlet.id === null && a.pattern === 'other' && a.outlet.name === line && text.slice(a.end).trim() === '')?.outlet ?? null;
    if (o && o.medium !== 'agency') return o;
  }
  return null;
}

const EN_VERBS = /\b(?:understands|has (?:learned|learnt|contacted|approached)|has been told|has reached out to|can (?:exclusively )?reveal|has asked\b[^.\n]{0,80}\bfor (?:a )?comment)\b/g;
const FR_VERBS = /\ba (?:appris|pu consulter|pu se procurer)\b/g;
// "علمت هسبريس", "حصلت الشروق على", and what the site itself saw: "حسب ما وقفت عليه "الشروق"", "عاينت "الخبر"".
const AR_VERBS = /(?:^|[\s،.])[وف]?(?:علمت|حصلت|علم|حصل|وقفت\s+عليه|وقف\s+عليه|عاينت|عاين)\s+/g;
const FR_AFTER = /\ba(?:-t-on)? appris\s+((?:le |la |les |l[’'])?[\p{Lu}][\p{L}\d’'-]*(?:\s+[\p{Lu}\d][\p{L}\d’'-]*){0,3})/gu;
const SELON = /selon (?:les|des) informations (?:de |du |d[’'])\s*([^,.;\n]{2,60})/gi;

/** Capitalised words (with "The"/"Le" articles) that end right before `end`: the verb's subject. */
function subjectBefore(text: string, end: number): string[] {
  const w = text.slice(Math.max(0, end - WINDOW), end).trimEnd();
  const ws = words(w);
  const out: string[] = [];
  for (let i = ws.length - 1; i >= 0 && ws.length - i <= 5; i--) {
    if (!/^[\p{Lu}\d]/u.test(ws[i]!) && !/^(?:le|la|les|the)$/i.test(ws[i]!)) break;
    out.push(ws.slice(i).join(' '));
  }
  return out.reverse();
}

/** An attribution that is itself the outlet's own newsgathering: an interview given to it, or a self-reference verb. */
const OWN_SURFACE = /\b(?:understands|learned|learnt|contacted|approached|reached|asked|reveal|been told|obtained|seen|reviewed|verified|analy[sz]ed|viewed|established|released|provided|supplied|appris|consulter|procurer|procure|procuree|procures|contacte|contactee|joint|jointe|interroge|interrogee|obtenu|obtenue|obtenus|obtenues|consulte|consultee|consultes|consultees|constate|questions)\b|علمت|حصلت|(?:^|[\s«"“])[وف]?(?:علم|حصل)(?=[\s«"“])|تواصل|اتصل|اطلعت|اطلع|رصدت|عاينت|عاينته|عاينها|وقفت عليه|وقف عليه|مصادر|تنفرد|انفردت|ينفرد/i;
/**
 * The outlet's own people witnessing ("a Kyiv Independent reporter saw", "The National's correspondent saw"), its
 * own observing or survey ("ورصد «الوفد»", "استطلاع أجرته «الاقتصادية»"): newsgathering a relay does not claim.
 */
const OWN_WITNESS = /\b(?:reporters?|correspondents?|journalists?|crew|team)\s+(?:saw|witnessed|observed|visited|counted|watched)\b|(?:^|[\s«"“])[وف]?(?:رصد|أجرت|أجرته|أجرتها|أجراه|اجرت|اجرته|اجرتها)(?=[\s«"“]|$)/i;
/**
 * "Selon les informations du Figaro", "comme le révélait Le Temps": a relay's wording too, so they count as the
 * outlet's own only beside two more of its own-reporting mentions.
 */
const OWN_WEAK = /\b(?:informations|revelait|revelaient|revele|indiquait)\b/i;

function ownReporting(a: FoundAttribution): boolean {
  return a.pattern === 'interview_with' || OWN_SURFACE.test(a.surface.normalize('NFD').replace(/\p{M}/gu, ''));
}

/**
 * How far into the text newsgathering verbs are looked for. An article states its own reporting in its first
 * pages; five regular expressions over a megabyte of pathological text cost a tenth of its time budget.
 */
const SELF_REFERENCE_SPAN = 200_000;

/**
 * 2. First-person newsgathering with the outlet as subject. Alone, "the Guardian can reveal" may be quoted
 * by another site, so the outlet must also be in the byline, or show its own reporting at least twice with
 * no mention of it that is anything else ("Metro understands ... told Metro").
 */
function fromSelfReference(text: string, blocks: readonly TextBlock[], resolve: Resolver, bylineHas: (o: OutletRef) => boolean, attributions: readonly FoundAttribution[]): OutletRef | null {
  const notAgency = (o: OutletRef) => o.medium !== 'agency';
  const found: OutletRef[] = [];
  const selon: OutletRef[] = [];
  const note = (o: OutletRef | null, into: OutletRef[]) => { if (o) into.push(o); };
  // One budget for the whole text, not one per paragraph: a page of ten thousand lines, each a cue, would
  // otherwise look up ten thousand subjects.
  let hits = 0;
  const limit = Math.min(text.length, SELF_REFERENCE_SPAN);
  for (const bk of blocks) {
    if (hits >= MAX_VERB_HITS) break;
    if (bk.start >= limit || bk.kind === 'title' || bk.kind === 'byline' || bk.kind === 'caption' || bk.kind === 'related') continue;
    const para = text.slice(bk.start, Math.min(bk.end, limit));
    for (const re of [EN_VERBS, FR_VERBS]) {
      re.lastIndex = 0;
      for (let m = re.exec(para); m && hits < MAX_VERB_HITS; m = re.exec(para), hits++) note(firstOf(subjectBefore(para, m.index), resolve, notAgency), found);
    }
    AR_VERBS.lastIndex = 0;
    for (let m = AR_VERBS.exec(para); m && hits < MAX_VERB_HITS; m = AR_VERBS.exec(para), hits++) {
      const after = words(para.slice(m.index + m[0].length, m.index + m[0].length + WINDOW)).slice(0, 4);
      const cands: string[] = [];
      for (let n = after.length; n >= 1; n--) cands.push(after.slice(0, n).join(' '));
      note(firstOf(cands, resolve, notAgency), found);
    }
    FR_AFTER.lastIndex = 0;
    for (let m = FR_AFTER.exec(para); m && hits < MAX_VERB_HITS; m = FR_AFTER.exec(para), hits++) {
      const ws = words(m[1]!);
      const cands: string[] = [];
      for (let n = ws.length; n >= 1; n--) cands.push(ws.slice(0, n).join(' '));
      note(firstOf(cands, resolve, notAgency), found);
    }
    SELON.lastIndex = 0;
    for (let m = SELON.exec(para); m && hits < MAX_VERB_HITS; m = SELON.exec(para), hits++) {
      const ws = words(m[1]!);
      const cands: string[] = [];
      for (let n = Math.min(5, ws.length); n >= 1; n--) cands.push(ws.slice(0, n).join(' '));
      if (/\bdu\s/i.test(m[0])) cands.unshift(...cands.map((c) => 'Le ' + c));
      note(firstOf(cands, resolve, notAgency), selon);
    }
  }
  for (const o of [...found, ...selon]) if (bylineHas(o)) return o;
  for (const o of found) {
    const mine = attributions.filter((a) => a.block !== 'byline' && sameOutlet(a.outlet, o));
    const verbs = found.filter((x) => sameOutlet(x, o)).length;
    const interviews = mine.filter((a) => a.pattern === 'interview_with').length;
    if (mine.every(ownReporting) && verbs + interviews >= 2) return o;
  }
  return null;
}

/**
 * 4. "CNN's Jane Doe contributed to this report", "NBC News' Tom Lee contributed reporting": only the outlet
 * itself credits its own staff so. Agencies are left out (their credit lines travel with their copy).
 */
function fromStaffCredit(text: string, attributions: readonly FoundAttribution[]): OutletRef | null {
  for (const a of attributions) {
    if (a.pattern !== 'byline_via' || a.outlet.medium === 'agency' || !a.outlet.known) continue;
    if (!/^['’]s?\s/.test(text.slice(a.nameEnd, a.nameEnd + 3))) continue;
    if (/\bcontributed\b/.test(text.slice(a.nameEnd, a.nameEnd + 160))) return a.outlet;
  }
  return null;
}

/**
 * 5. Unnamed sources speaking to the outlet: "Two sources familiar with the plans told Axios", "وأفادت مصادر
 * لـ"الشروق"". A relay names the outlet's report ("Axios reported, citing sources"); only the outlet itself
 * leaves its name to "sources told X". Every mention of the outlet must be of that kind; agencies are left out.
 */
// Several unnamed sources, as an outlet writes of its own ("sources told X"); a single source speaking to a named
// outlet is as often relayed ("وقال مصدر للـ«بي بي سي»").
const SOURCE_BEFORE = /\bsources\b[^.!?;\n]{0,60}$|(?:^|[\s،])[وف]?مصادر(?:\s+[^\s.،]+){0,3}\s*$/i;
const SOURCE_IN_SURFACE = /(?:^|\s)[وف]?مصادر\s/;
const HEAD_IN_SURFACE = /(?:^|\s)[وفبل]*(?:ال)?(?:صحيفة|جريدة|شبكة|قناة|موقع|وكالة|إذاعة|اذاعة|مجلة|يومية|تلفزيون|نشرة|منصة|أسبوعية|اسبوعية)/;

function fromSourcesTold(text: string, attributions: readonly FoundAttribution[]): OutletRef | null {
  const byOutlet = new Map<string, FoundAttribution[]>();
  for (const a of attributions) {
    if (a.block === 'byline') continue;
    const k = a.outlet.id ?? 'name:' + a.outlet.name;
    const list = byOutlet.get(k);
    if (list) list.push(a); else byOutlet.set(k, [a]);
  }
  for (const list of byOutlet.values()) {
    const o = list[0]!.outlet;
    if (o.medium === 'agency') continue;
    // The outlet's own text names itself bare ("مصادر لـ"الشروق""); a relay says whose it is ("مصدر لشبكة CNN").
    const sourced = (a: FoundAttribution): boolean => a.pattern === 'interview_with' && !HEAD_IN_SURFACE.test(a.surface) &&
      (SOURCE_IN_SURFACE.test(a.surface) || SOURCE_BEFORE.test(text.slice(Math.max(0, a.start - 80), a.start)));
    if (list.some(sourced) && list.every((a) => sourced(a) || ownReporting(a))) return o;
  }
  return null;
}

/**
 * 6. An agency's own copy: reporters' names alone in the byline, and the agency's dateline opening the story
 * ("By Lindsay Marr and Daniel Ruiz" / "WASHINGTON, Dec 10 (Reuters) -"). A site running that copy credits the
 * agency in the byline ("By Reuters", "By Saima Qureshi, Reuters", "KENJI MORIOKA Associated Press").
 */
const NAMES_ONLY_BYLINE = /^(?:by|par)\s+[\p{Lu}][\p{L}'’.-]+(?:\s+[\p{Lu}][\p{L}'’.-]+){1,3}(?:\s*(?:,|\band\b|\bet\b|&)\s*[\p{Lu}][\p{L}'’.-]+(?:\s+[\p{Lu}][\p{L}'’.-]+){1,3})*$/iu;

/**
 * 8. The story's only outlet, named only as the one people spoke to ("a fire official told CNN", "a expliqué à
 * Sud Ouest", "في تصريح لهسبريس"): an outlet's own story names itself so. A relay built on another outlet's
 * interview says whose report it is ("CNN reported", "في تصريح لقناة الجزيرة"), or cites more than one outlet.
 */
function fromOnlyInterviews(text: string, attributions: readonly FoundAttribution[]): OutletRef | null {
  const body = attributions.filter((a) => a.block !== 'byline');
  if (body.length === 0 || attributions.some((a) => a.pattern === 'byline_via' || a.pattern === 'wire_dateline')) return null;
  const o = body[0]!.outlet;
  // "Al Jazeera's Nida Ibrahim, reporting from Ramallah, said" beside "told Al Jazeera": its own correspondent in the field.
  const ownReporter = (a: FoundAttribution) => a.pattern === 'reported_by' && REPORTING_FROM.test(text.slice(a.nameEnd, a.nameEnd + 80));
  // "according to Khaleej Times calculations", "selon des relevés effectués ce week-end par TSA", "بحسب حسابات "أرقام"",
  // "a survey commissioned by The i Paper", "données compilées par Médias24": its own figures.
  const ownFigures = (a: FoundAttribution) => a.pattern === 'according_to' && (OWN_FIGURES_AFTER.test(text.slice(a.nameEnd, a.nameEnd + 30)) ||
    OWN_FIGURES_BEFORE.test(text.slice(Math.max(0, a.nameStart - 70), a.nameStart)));
  if (o.medium === 'agency' || !body.every((a) => sameOutlet(a.outlet, o) && (a.pattern === 'interview_with' || ownReporter(a) || ownFigures(a)) && !introducedWithHeadNoun(a, text)) ||
    !body.some((a) => a.pattern === 'interview_with' || ownFigures(a))) return null;
  return o;
}

/**
 * 8b. In Arabic, the story's only outlet, named only as the one officials gave statements to, head noun and all
 * ("قالت عضو المجلس سهى العنبكي، لوكالة شفق نيوز", "في تصريح لإذاعة جوهرة أف أم"): Arab sites name themselves that
 * way (on the dev pages, eleven times for one relay), when the outlet is of the story's country. A programme on a
 * channel or a formal interview stays a source.
 */
function fromArabicStatementsOnly(text: string, attributions: readonly FoundAttribution[], lang: string | null, reg: RegistryIndex, mainCountry: string | null): OutletRef | null {
  if (lang !== 'ar' || !mainCountry) return null;
  const body = attributions.filter((a) => a.block !== 'byline');
  if (body.length === 0 || body.length !== attributions.length) return null;
  const o = body[0]!.outlet;
  const statement = (a: FoundAttribution) => a.pattern === 'interview_with' && sameOutlet(a.outlet, o) && !FORMAL_INTERVIEW.test(a.surface) &&
    !/برنامج|شاشة|(?:على|عبر)\s+(?:قناة|إذاعة|أثير)/.test(text.slice(Math.max(0, a.start - 40), a.end));
  // A local outlet hearing local officials: a statement to a channel of another country ("لقناة الجزيرة" on a
  // Moroccan story) is one the site relays.
  const rec = o.id ? reg.byId(o.id) : undefined;
  return rec && rec.country === mainCountry && rec.languages.includes('ar') && body.every(statement) ? o : null;
}

const OWN_FIGURES_AFTER = /^\s*(?:['’]s\s+)?(?:own\s+)?(?:calculations|calculation|analysis|tally|count|estimates|estimate)\b/i;
const OWN_FIGURES_BEFORE = /(?:relevés|relevé|calculs|décompte|comptage|pointage)\s[^.!?\n]{0,60}\spar\s+$|(?:compiled|commissioned|carried out|conducted)\s+by\s+(?:the\s+)?$|(?:compilée?s?|réalisée?s?|commandée?s?)\s+par\s+$|(?:حسابات|تقديرات|إحصاءات|رصد)\s*["“«]?\s*$/i;
const REPORTING_FROM = /^['’]s\s+\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2},\s+reporting from\b/u;

const PROGRAMME_AFTER = /^[^.;\n]{0,30}?['’]s\s+(?:["“][^"”]{1,40}["”]|[\p{Lu}][^.;\n]{0,40}?)\s*(?:programme|program|show|podcast)\b|^['’]s\s+["“][^"”]{2,40}["”]/u;

/** A Latin head noun right after the name ("told the Israel Hayom daily", "speaking to the Kan broadcaster"). */
const LATIN_HEAD_AFTER = /^['’]?\s+(?:daily|newspaper|paper|tabloid|weekly|broadsheet|broadcaster|channel|network|website|news (?:site|website|agency|portal|outlet|channel)|magazine)\b/i;
function headNounAfter(text: string, a: { nameEnd: number }): boolean {
  return LATIN_HEAD_AFTER.test(text.slice(a.nameEnd, a.nameEnd + 30));
}

/** What follows "X reported" when X looks back on its own earlier story: "in March", "last month", "previously". */
const BACK_REFERENCE_AFTER = /^\s*(?:(?:had |has )?(?:in (?:january|february|march|april|may|june|july|august|september|october|november|december|\d{4}|an earlier|a previous|its earlier)|last (?:week|month|year|spring|summer|autumn|fall|winter)|earlier this (?:week|month|year)|previously|in (?:late|early|mid)-?\w+|in the (?:spring|summer|autumn|fall|winter)|last (?:january|february|march|april|may|june|july|august|september|october|november|december))|(?:en (?:janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre|\d{4})|l'an (?:dernier|passe)|le mois dernier|l'annee derniere|precedemment|deja)|(?:في وقت سابق|الشهر الماضي|العام الماضي|سابقا))/i;
/**
 * What follows the cue, from the cue's own closing word when that word opens a time phrase: the cue "reported
 * earlier" ends inside "reported earlier this year", "reported last" inside "reported last month".
 */
function afterCue(text: string, a: { surface: string; end: number }): string {
  const tail = /\b(?:earlier|last)$/i.exec(a.surface);
  return (tail ? tail[0] : '') + text.slice(a.end, a.end + 40);
}
const BACK_REFERENCE_SURFACE = /\b(?:previously|had reported|had revealed|earlier reported|avait (?:revele|rapporte|annonce|indique)|a deja)\b|سبق أن|سبق وأن/i;

const REVEAL = /\breveal/i;
/** "A survey by Daily Trust", "an analysis by the Guardian": the outlet's own work named before it. */
const OWN_PRODUCT_BEFORE = /\b(?:survey|analysis|investigation|review|tally|count|poll|check)\s+(?:by|of|conducted by|carried out by)\s+(?:the\s+)?$/i;
/** "according to a Guardian analysis of court records": the outlet's own analysis, a product of its newsroom. */
const OWN_PRODUCT_AFTER = /^['’]?s?\s+(?:analysis|investigation|review|examination|tally|count|survey)\b/i;
const CORRESPONDENT = /(?:^|\s)[وف]?(?:مراسل|مراسلة)\s/;

/**
 * "the Herald can reveal": a short name several papers share, that nothing in the article settled. A site quoting
 * another paper's scoop names it in full; only the paper itself says "the Herald".
 */
function unsettledShortName(reg: RegistryIndex, o: OutletRef): boolean {
  return o.id === null && (reg.lookupAlias(o.name)?.ids.length ?? 0) >= 2;
}
const LEARNED = /\b(?:learned|learnt|appris)\b|علمت/i;
/**
 * "وبحسب معلومات "لبنان 24"": the site's own information, beside other outlets it cites. (Alone it may be another
 * paper's, "وتشير معلومات «نداء الوطن»" on a site relaying it, so it is not learning.)
 */
const INFORMATION_AR = /(?:^|\s)[وف]?(?:ب?حسب\s+|وفق\s+)?معلومات\s/;
/** "وكانت «الغد» نشرت", "وكان "اليوم السابع" قد نشر": the Arabic formula for a paper's own earlier story. */
const KANAT_BEFORE = /(?:^|\s)[وف]?كانت?\s*[«"“]?$/;
const LATIN_HEAD_IN_SURFACE = /\b(?:newspaper|daily|weekly|tabloid|broadcaster|channel|network|website|site|magazine|agency|quotidien|hebdomadaire|journal|cha[iî]ne|radio|t[ée]l[ée]vision|agence|m[ée]dia)\s/i;

/**
 * A head noun before the name ("la radio RFI", "صحيفة الغارديان") introduces the outlet to readers who may not know
 * it: another site's source. A publication names itself bare ("told The National", "لـ«الغد»").
 */
export function introducedWithHeadNoun(a: { surface: string; start: number; nameStart: number; nameEnd: number }, text?: string): boolean {
  if (text !== undefined && headNounAfter(text, a)) return true;
  // "told BBC Radio Ulster's Good Morning Ulster programme", "told CNN's "State of the Union"": a named programme is
  // a broadcast other sites write up.
  if (text !== undefined && PROGRAMME_AFTER.test(text.slice(a.nameEnd, a.nameEnd + 80))) return true;
  // In Latin script only what stands before the name counts: "Daily Maverick has seen" names no head noun, "the
  // daily Daily Trust" does. An Arabic name that carries its head noun ("وكالة الأنباء …") is introduced by it.
  const cut = a.nameStart >= a.start && a.nameStart - a.start <= a.surface.length ? a.nameStart - a.start : a.surface.length;
  return HEAD_IN_SURFACE.test(a.surface) || LATIN_HEAD_IN_SURFACE.test(a.surface.slice(0, cut) + ' ');
}

/**
 * 9. The story's only outlet, every mention of which is the outlet's own newsgathering ("Comme l'a appris La
 * Presse", "Contacté par La Presse", "وعلمت «الأخبار»", "documents obtained by CBC News … told CBC News") or a look back
 * at its own earlier story ("Dawn had reported last month", "The Irish Times reported in September"). A relay says
 * what the other outlet reports now; it does not speak of the outlet's learning or its archive.
 */
const DESCRIBED_ANAPHOR = /\bthe\s+(?:\p{Lu}[\p{L}'’.-]*\s+){1,3}(?:station|newspaper|paper|daily|weekly|broadcaster|channel|network|outlet|magazine|tabloid|website|site)\b/u;

/** A byline crediting an agency as a contributor to the site's own story: "Avec APS", "With AFP", "(avec AFP)". */
const WITH_AGENCY = /^\s*(?:\(?\s*(?:avec|with)\b)/i;

function fromOwnNewsgathering(text: string, attributions: readonly FoundAttribution[], reg: RegistryIndex): OutletRef | null {
  // An agency's credit ("الرياض - واس", "(AFP)") is copy the site runs beside its own reporting; another outlet's
  // credit makes the story a relay. The agency's own mentions are set aside.
  const credits = attributions.filter((a) => a.pattern === 'byline_via' || a.pattern === 'wire_dateline');
  if (credits.some((c) => c.outlet.medium !== 'agency')) return null;
  // Copy under an agency's byline or dateline ("The Canadian Press", "Korhogo (AIP) –") is the agency's writing, and whom
  // it says people told is the agency relaying that outlet ("told CBC's Power & Politics" in a CP story on the National
  // Post). A paper that learned something ("وعلمت «الخبر»") is still at work beside the agency's copy, and "Avec APS",
  // "with AFP" leave the site's own reporting beside it.
  const agencyCopy = credits.some((c) => !WITH_AGENCY.test(c.surface));
  const body = attributions.filter((a) => a.block !== 'byline' && !credits.some((c) => sameOutlet(c.outlet, a.outlet)));
  if (body.length === 0) return null;
  const o = body[0]!.outlet;
  if (o.medium === 'agency' || !body.every((a) => sameOutlet(a.outlet, o))) return null;
  // "told WOOD-TV …, the Grand Rapids station reported": an anaphor that says where the outlet is from introduces another
  // newsroom to the page's readers; a site does not call itself that.
  // (The anaphor is read in the rest of the mention's sentence: anaphors are resolved after the host.)
  if (body.some((a) => DESCRIBED_ANAPHOR.test(text.slice(a.end, a.end + 300).split(/[.!?\n](?:\s|$)/)[0]!))) return null;
  const plain = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '');
  const backReference = (a: FoundAttribution) => BACK_REFERENCE_SURFACE.test(plain(a.surface)) || BACK_REFERENCE_AFTER.test(plain(body.length >= 2 ? afterCue(text, a) : text.slice(a.end, a.end + 40))) ||
    KANAT_BEFORE.test(text.slice(Math.max(0, a.start - 10), a.start));
  // A head noun shows the outlet introduced to readers who do not know it: another site's ("وثائق اطلعت عليها صحيفة الغارديان").
  // "وعلمت جريدة "العمق"": a paper that learned something is speaking of itself even with its head noun, unless a
  // nationality presents it to readers ("وعلمت صحيفة "الأخبار" اللبنانية").
  const learnedOwn = (a: FoundAttribution) => LEARNED.test(plain(a.surface)) && !/[ةي]$/.test(a.surface.trim().split(/\s+/).pop() ?? '') || false;
  if (agencyCopy && !body.some(learnedOwn)) return null;
  const weakOk = body.length >= 3;
  // "The Daily Star found … told The Daily Star": a finding beside people speaking to it is the paper's own check.
  const witness = (a: FoundAttribution) => OWN_WITNESS.test(a.surface) || (body.length >= 2 && (CORRESPONDENT.test(a.surface) || /\bfound\b/.test(a.surface)));
  const product = (a: FoundAttribution) => OWN_PRODUCT_AFTER.test(text.slice(a.nameEnd, a.nameEnd + 20)) ||
    OWN_PRODUCT_BEFORE.test(text.slice(Math.max(0, a.nameStart - 30), a.nameStart));
  const own = (a: FoundAttribution) => learnedOwn(a) ||
    (!introducedWithHeadNoun(a, text) && (a.pattern === 'interview_with' || OWN_SURFACE.test(plain(a.surface)) || witness(a) || product(a) || (weakOk && OWN_WEAK.test(plain(a.surface)))));
  // A look back at a paper introduced with a head noun ("as reported by Malayalam daily Mathrubhumi last month") is
  // another site's: the introduction is for readers who do not know it.
  const lookBack = (a: FoundAttribution) => backReference(a) && !introducedWithHeadNoun(a, text);
  // One mention that reads like a report ("«القبس» ترصد", "the Nation shows") among three or more of the outlet's own
  // newsgathering, two of them learning, obtaining, seeing or its own survey: still the outlet at work on its own story.
  const strongOwn = (a: FoundAttribution) => !introducedWithHeadNoun(a, text) && (learnedOwn(a) || (a.pattern !== 'interview_with' && OWN_SURFACE.test(plain(a.surface))) || witness(a) || product(a));
  const others = body.filter((a) => !(own(a) || lookBack(a) || a.anaphora === true));
  if (others.length > 1 || (others.length === 1 && !(body.length - 1 >= 3 && body.filter(strongOwn).length >= 2))) return null;
  if (!body.some((a) => a.anaphora !== true)) return null;
  // A lone "told X" is rule 8's; here at least one mention must be learning, obtaining or looking back. A lone
  // "the Guardian can reveal" may be quoted word for word by another site, so a revelation alone is not enough.
  if (body.length === 1) return !REVEAL.test(plain(body[0]!.surface)) || unsettledShortName(reg, o) ? o : null;
  return body.some((a) => lookBack(a) || OWN_SURFACE.test(plain(a.surface)) || witness(a) || product(a)) ? o : null;
}

/**
 * 9a'. A paper's look back at its own earlier story, and nothing else: "The Age revealed last month", "the
 * World-Herald reported last year", "Punch reported earlier". On the dev pages such a lone look back is the page's own
 * nine times in nine; a relay comes back to the outlet it cites ("The newspaper said", "told the Journal").
 */
const LOOK_BACK = /\b(?:revealed|reported (?:last|earlier|previously|in)|previously reported|(?:['’]s )?reporting (?:showed|found|revealed))\b/i;
const ANAPHOR_SPEAKS = /\b(?:the|le|la|l['’])\s*(?:newspaper|paper|outlet|daily|website|site|broadcaster|channel|publication|magazine|report|journal|quotidien|chaîne|média)\s+(?:said|says|added|adds|reported|reports|noted|wrote|writes|claimed|stated|explained|précise|ajoute|indique|affirme|rapporte)\b/i;
function fromLoneLookBack(text: string, attributions: readonly FoundAttribution[]): OutletRef | null {
  if (attributions.length === 0 || attributions.length > 2 || ANAPHOR_SPEAKS.test(text.slice(0, SELF_REFERENCE_SPAN))) return null;
  const o = attributions[0]!.outlet;
  if (o.medium === 'agency' || !attributions.every((a) => sameOutlet(a.outlet, o) && a.pattern === 'reported_by' && LOOK_BACK.test(a.surface) && !/\bcan reveal/i.test(a.surface))) return null;
  return o;
}

/**
 * 9a''. The one outlet written in capitals every time, as Nigerian sites write their own name ("DAILY NIGERIAN
 * reports that", "made available to DAILY POST", "LEADERSHIP reports"); other outlets are cited in ordinary case.
 */
function fromOwnNameInCapitals(text: string, attributions: readonly FoundAttribution[], reg: RegistryIndex): OutletRef | null {
  // "told PREMIUM TIMES" beside "Daily Trust had reported" and "the News Agency of Nigeria (NAN)": the one outlet in
  // capitals is the page's own, the others are cited in ordinary case.
  const inCapitals = (a: FoundAttribution): boolean => {
    const name = text.slice(a.nameStart, a.nameEnd).trim();
    // (A station's call letters are capitals too: "CIHO FM" has no word of five letters.)
    return !/\p{Ll}/u.test(name) && /^[\p{Script=Latin}\s'’.&-]+$/u.test(name) && (/\s/.test(name) || name.length >= 8) && /\p{L}{5}/u.test(name);
  };
  let own: OutletRef | null = null;
  for (const a of attributions) {
    if (!inCapitals(a)) continue;
    if (own && !sameOutlet(own, a.outlet)) return null;
    own = a.outlet;
  }
  if (!own || own.medium === 'agency') return null;
  const rec = own.id ? reg.byId(own.id) : undefined;
  if (rec && !/\p{Ll}/u.test(rec.name)) return null; // an acronym is always in capitals
  return attributions.every((a) => !sameOutlet(a.outlet, own) || inCapitals(a)) ? own : null;
}

/**
 * 9b. Beside other outlets, the one outlet whose every mention (two or more, no head noun) is its own
 * newsgathering, with at least one that is not a plain interview: "وعلمت «الغد» … قال لـ«الغد» … ونقلت وكالة
 * بترا", "Comme l'a appris Le Devoir … a indiqué au Devoir … selon La Presse canadienne". A relay cites the
 * other outlet's report; it does not learn, obtain or contact people in that outlet's name twice.
 */
function fromOwnAmongOthers(text: string, attributions: readonly FoundAttribution[], reg: RegistryIndex): OutletRef | null {
  // Another outlet's byline ("By X For MailOnline") names the publication better than its newsgathering does; the
  // byline's own outlet may still show its newsgathering ("By Marisa Ortega, The Colorado Sun" … "reviewed by The
  // Colorado Sun"): then only it can be the publication.
  const bylined = attributions.filter((a) => a.block === 'byline' && a.outlet.medium !== 'agency').map((a) => a.outlet);
  if (bylined.some((o) => !sameOutlet(o, bylined[0]!))) return null;
  const body = attributions.filter((a) => a.block !== 'byline' && a.block !== 'title');
  const plain = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '');
  const seen: OutletRef[] = [];
  const candidates: OutletRef[] = [];
  for (const a of body) {
    if (seen.some((o) => sameOutlet(o, a.outlet))) continue;
    seen.push(a.outlet);
    if (a.outlet.medium === 'agency') continue;
    const mine = body.filter((b) => sameOutlet(b.outlet, a.outlet));
    if (bylined.length > 0 && !sameOutlet(bylined[0]!, a.outlet)) continue;
    if (attributions.some((b) => sameOutlet(b.outlet, a.outlet) && (b.pattern === 'wire_dateline' || (b.pattern === 'byline_via' && bylined.length === 0)))) continue;
    const weakOk = mine.length >= 3;
    const strong = (b: FoundAttribution) => LEARNED.test(plain(b.surface)) || INFORMATION_AR.test(b.surface) || (b.pattern !== 'interview_with' && OWN_SURFACE.test(plain(b.surface))) || OWN_WITNESS.test(b.surface) ||
      KANAT_BEFORE.test(text.slice(Math.max(0, b.start - 10), b.start)) || BACK_REFERENCE_SURFACE.test(plain(b.surface)) ||
      // "the Herald reported in August" looks back on its own story only beside other newsgathering of its own:
      // alone, "The Australian reported last week" is a relay's citation.
      (mine.length >= 2 && BACK_REFERENCE_AFTER.test(plain(afterCue(text, b))));
    // "أفادت مراسلة LBCI": its own correspondent, beside its learning ("وعلمت LBCI"); a relay says "مراسل الجزيرة" too,
    // so a correspondent alone is never enough.
    // The site's bare name closing the article ("… Defimedia", "عين ليبيا") signs it; an anaphor ("le quotidien
    // affirme") repeats a mention already judged.
    const signature = (b: FoundAttribution) => b.pattern === 'other' && text.slice(b.end).trim() === '' && b.surface.trim() === text.slice(b.nameStart, b.nameEnd).trim();
    const own = (b: FoundAttribution) => b.anaphora === true || signature(b) ||
      (!introducedWithHeadNoun(b, text) && (strong(b) || b.pattern === 'interview_with' || (weakOk && OWN_WEAK.test(plain(b.surface))) || CORRESPONDENT.test(b.surface) ||
      OWN_PRODUCT_AFTER.test(text.slice(b.nameEnd, b.nameEnd + 20))));
    // Named once, the mention must be the outlet's learning, seeing or archive ("The Irish Times understands",
    // "seen by The Hill", "وعلمت «الراي»", "وكانت «النشرة» قد أشارت"); a lone "can reveal" is copied word for word.
    if (mine.length === 1 && (!strong(mine[0]!) || (REVEAL.test(plain(mine[0]!.surface)) && !unsettledShortName(reg, a.outlet)) || introducedWithHeadNoun(mine[0]!, text))) continue;
    if (mine.every(own) && (mine.some(strong) || (mine.some(signature) && mine.some((b) => b.pattern === 'interview_with')))) candidates.push(a.outlet);
  }
  return candidates.length === 1 && seen.length >= 2 ? candidates[0]! : null;
}

const EXCLUSIVE_AR = /(?:^|\s)خاص[ةه]?\s/;
const OWN_BYLINE = /\b(?:notre|nos) (?:correspondante?s?|envoy[ée]e?s? sp[ée]ciale?s?|envoy[ée]e?s?)\b|\bour (?:correspondent|reporter|special correspondent)s?\b|مراسلنا|مراسلتنا|موفدنا|موفدتنا/i;
const SPEAKING_TO = /^(?:speaking|spoke|speaks) (?:to|with)\b/i;
const EARLIER_TIME_AFTER = /^[\s,]*(?:earlier this (?:year|month|week)|last (?:year|month|week|summer|autumn|winter|spring)|in (?:19|20)\d\d|previously|back in|plus tôt cette année|l['’]an dernier|l['’]année dernière)/i;
const FORMAL_INTERVIEW = /\b(?:interview|entretien|entrevue|interviewed)\b|مقابلة|حوار/i;

/**
 * 10. Beside other outlets, a newspaper or news site in the article's own language that is only ever spoken to
 * ("Dr Al Zeyoudi told The National", "a expliqué à Sud Ouest", "في حديث إلى "اندبندنت عربية""): papers gather
 * their quotes so, and a site relaying another paper quotes its report or its formal interview ("in an interview
 * with the Times", "dans un entretien accordé à La Tribune"). Broadcasters are left out: their interviews travel.
 */
function fromPrintInterviewsOnly(text: string, attributions: readonly FoundAttribution[], reg: RegistryIndex, lang: string | null, ownByline = false): OutletRef | null {
  if (!lang || attributions.some((a) => a.pattern === 'byline_via' && a.outlet.medium !== 'agency')) return null;
  const candidates: OutletRef[] = [];
  const seen: OutletRef[] = [];
  for (const a of attributions) {
    if (seen.some((o) => sameOutlet(o, a.outlet))) continue;
    seen.push(a.outlet);
    const mine = attributions.filter((b) => sameOutlet(b.outlet, a.outlet));
    const spokenTo = (b: FoundAttribution) => b.pattern === 'interview_with' && !introducedWithHeadNoun(b, text);
    // "في تصريحات خاصة لـ"صدى البلد"": statements given exclusively to a site named bare are its own, a
    // broadcaster's included; a relay names the other channel's head noun ("في تصريح خاص لقناة العربية").
    if (a.outlet.medium !== 'agency' && mine.every(spokenTo) && mine.some((b) => EXCLUSIVE_AR.test(b.surface))) { candidates.push(a.outlet); continue; }
    const rec = a.outlet.id ? reg.byId(a.outlet.id) : undefined;
    // "Avec notre correspondant à Antananarivo": a byline in the first person is the outlet's own, a broadcaster's too.
    if (ownByline && rec && rec.medium !== 'agency' && mine.every(spokenTo)) { candidates.push(a.outlet); continue; }
    if (!rec || !(rec.medium === 'newspaper' || rec.medium === 'online' || rec.medium === 'magazine') || !rec.languages.includes(lang)) continue;
    // ("Speaking to the Radio Times earlier this year": an interview looked back on is another paper's; "told the Star last
    // week" is the paper's own.)
    if (mine.every((b) => spokenTo(b) && !FORMAL_INTERVIEW.test(b.surface) && !(SPEAKING_TO.test(b.surface) && EARLIER_TIME_AFTER.test(text.slice(b.end, b.end + 40))))) candidates.push(a.outlet);
  }
  return candidates.length === 1 && seen.length >= 2 ? candidates[0]! : null;
}

/**
 * 7. A broadcaster's or paper's own dateline opening the story ("Atlanta (CNN) —", "PARIS (France 24) -"): unlike
 * an agency's, such copy is read on the outlet's own site far more than it is reposted.
 */
function fromOwnDateline(blocks: readonly TextBlock[], attributions: readonly FoundAttribution[]): OutletRef | null {
  const lede = blocks.findIndex((b) => b.kind === 'paragraph' || b.kind === 'dateline');
  if (lede < 0) return null;
  // An unknown name in the dateline ("Lomé, 16 nov. (Savoir News) –") is a small site's own, unless it reads as an agency
  // (an acronym, or a name that calls itself one).
  const ownUnknown = (o: OutletRef) => o.id === null && /\p{Ll}/u.test(o.name) && !/\b(?:agen[cz][ey]|agence|press|presse)\b|وكالة/iu.test(o.name);
  const d = attributions.find((a) => a.pattern === 'wire_dateline' && a.blockIndex === lede && (a.outlet.known || ownUnknown(a.outlet)) && a.outlet.medium !== 'agency' &&
    a.start - blocks[lede]!.start < 80);
  if (!d) return null;
  // A byline crediting another outlet makes the dateline relayed copy.
  if (attributions.some((a) => a.block === 'byline' && !sameOutlet(a.outlet, d.outlet))) return null;
  return d.outlet;
}

function fromAgencyOwnCopy(text: string, blocks: readonly TextBlock[], attributions: readonly FoundAttribution[]): OutletRef | null {
  const bi = blocks.findIndex((b) => b.kind === 'byline');
  if (bi < 0) return null;
  const by = blocks[bi]!;
  if (!NAMES_ONLY_BYLINE.test(text.slice(by.start, by.end).trim())) return null;
  if (attributions.some((a) => a.block === 'byline')) return null;
  let lede = -1;
  for (let b = bi + 1; b < blocks.length; b++) if (blocks[b]!.kind === 'paragraph' || blocks[b]!.kind === 'dateline') { lede = b; break; }
  if (lede < 0) return null;
  const d = attributions.find((a) => a.pattern === 'wire_dateline' && a.blockIndex === lede && a.outlet.medium === 'agency' && a.start - blocks[lede]!.start < 80);
  return d ? d.outlet : null;
}

/**
 * 7b. The lede opening on "City- Site-": "بيت لحم- معا- قالت صحيفة هارتس", "الرياض - سبق -": a site's own dateline
 * written inline, with its name between two dashes. Agencies ("الرباط - و.م.ع -") stay relays.
 */
const INLINE_DATELINE = /^([^\s\-–—|]{2,20}(?:\s[^\s\-–—|]{2,20})?)\s*[-–—]\s*([^\-–—|\n]{2,25}?)\s*[-–—]\s/;
function fromInlineDateline(text: string, blocks: readonly TextBlock[], resolve: Resolver): OutletRef | null {
  const lede = blocks.find((b) => b.kind === 'paragraph' || b.kind === 'dateline');
  if (!lede) return null;
  const m = INLINE_DATELINE.exec(text.slice(lede.start, Math.min(lede.end, lede.start + 80)));
  if (!m) return null;
  const o = resolve(m[2]!.replace(/^["«“]|["»”]$/g, ''));
  return o && o.medium !== 'agency' ? o : null;
}

/**
 * 7c. A staff byline, "Marc-Olivier Tremblay | Journal de Montréal": a person's name, a bar, and the paper the person
 * writes for. (A credit that relays copy says so: "By Jane Doe, Gulf News", "Avec AFP".)
 */
// Also "By Kenneth Marsh | kmarsh@courant.com | Hartford Courant" (an e-mail between), "By Tobin Greer/Baptist Press" and
// "By Nur Hanani Azman / theedgemalaysia.com" (a slash, the site's domain), "Rachel Levesque · CBC News" (a middle dot).
const STAFF_BYLINE = /^(?:(?:[Bb]y|[Pp]ar)\s+)?\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3}(?:\s*\|\s*[^|\s@]+@[^|\s]+)?\s*(?:\||·|•|\/(?!\/))\s*([^|/·•\n]{2,40})$/u;
function fromStaffByline(text: string, blocks: readonly TextBlock[], resolve: Resolver, reg: RegistryIndex, attributions: readonly FoundAttribution[]): OutletRef | null {
  const by = blocks.find((b) => b.kind === 'byline');
  if (!by || by.end - by.start > 120) return null;
  const m = STAFF_BYLINE.exec(text.slice(by.start, by.end).trim());
  if (!m) return null;
  // "Noah Ferrante | NJ Advance Media for NJ.com": the newsroom, then the site it writes for.
  for (const part of [m[1]!, ...m[1]!.split(/\s+for\s+/i)]) {
    const name = part.trim();
    // "Jordan Ellis · Reporter": a job title, not the Burkinabè Reporter.
    if (DESK_WORDS.test(name) || (!/\s/.test(name) && reg.lookupAlias(name)?.common)) continue;
    const domain = /^(?:www\.)?[a-z0-9-]+(?:\.[a-z]{2,})+$/i.test(name) ? reg.byDomain(name.toLowerCase()) : undefined;
    const o = resolve(name) ?? (domain ? outletRef(domain) : null) ??
      attributions.find((a) => a.block === 'byline' && a.outlet.id === null && a.outlet.name.toLowerCase() === name.toLowerCase())?.outlet ?? null;
    if (o) return o.medium !== 'agency' ? o : null;
  }
  return null;
}

/**
 * 7c'. "By Keenan Holloway St. Louis Post-Dispatch": the reporter's name and the paper with no mark between. The title
 * must be a whole registry name that is no everyday word, and no agency: "By CLAIRE RASMUSSEN Associated Press" travels
 * with the copy.
 */
const GLUED_BYLINE = /^[Bb]y\s+(\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,2})\s+(\p{Lu}[^|,\n]{2,40})$/u;
function fromGluedByline(text: string, blocks: readonly TextBlock[], resolve: Resolver, reg: RegistryIndex): OutletRef | null {
  const by = blocks.find((b) => b.kind === 'byline');
  if (!by || by.end - by.start > 100) return null;
  const line = text.slice(by.start, by.end).trim();
  if (!GLUED_BYLINE.test(line)) return null;
  const ws = line.split(/\s+/).slice(1);
  // The name takes two or three words; the rest must be the title.
  for (let cut = 2; cut <= 3 && cut < ws.length; cut++) {
    const rest = ws.slice(cut).join(' ');
    // ("By LIM SU ANN" is a name in capitals, not Lim Su of ANN.)
    if (!/\p{Ll}/u.test(rest)) continue;
    const e = reg.lookupAlias(rest);
    if (!e || e.common) continue;
    const o = resolve(rest);
    if (o) return o.medium !== 'agency' && !(o.id && NEWS_SERVICES.has(o.id)) ? o : null;
  }
  return null;
}

/**
 * 7c'. A reporter's byline with the outlet after a comma, "By Marlee Quan, Vancouver Sun", "Par Élise Tremblay, Le Soleil",
 * "By Daniel Harker, BBC News, Kherson": on the dev pages it names the page's own paper three times in four. The
 * fourth is a syndicated story, and that one says so ("This story was originally published by CalMatters"); agencies'
 * credits stay relays.
 */
const COMMA_BYLINE = /^(?:(?:by|par)\s+)?\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3}(?:\s*(?:,|and|et|&)\s*\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3})*?(?:\s+[–—-]\s+[^,|\n–—]{2,30}?)?((?:\s*,\s*[^,|\n]{2,40}){1,2})$/u;
/** "Par : Mamadou Dieng - Seneweb.com": the reporter, then the title after a dash. */
const DASH_BYLINE = /^(?:(?:[Bb]y|[Pp]ar)\s*:?\s+)?\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3}\s+[–—-]\s+([^,|\n–—]{2,40})$/u;
const SYNDICATED = /originally (?:published|appeared)|first (?:published|appeared)|republish|in partnership with|content-sharing|publié (?:initialement|à l['’]origine|d['’]abord)|initialement publié/i;
const JOB_AT = /^(?:\p{Ll}[\p{L}'’-]*\s+){1,3}(?:à|au|chez|at|for|with)\s+(?=\p{Lu})/u;
/** "BBC Sport Wales", "Sky News Arabia Abu Dhabi": a desk or bureau after a title; the words from the first on that make one. */
function deskOf(name: string, resolve: Resolver): OutletRef | null {
  const ws = name.split(/\s+/);
  for (let len = Math.min(ws.length - 1, 4); len >= 1; len--) {
    const head = ws.slice(0, len).join(' ');
    if (len === 1 && head.length < 3) break;
    const o = resolve(head);
    if (o) return o;
  }
  return null;
}
/** A reporter's desk or beat after the comma, not a paper: "By Jane Doe, Political Reporter", "Par X, envoyé spécial". */
const DESK_WORDS = /(?:^|\s)(?:reporter|correspondent|editor|staff|writer|bureau|producer|contributor|columnist|journaliste|correspondante?|envoyée?|rédaction)(?:\s|$)/i;
function fromCommaByline(text: string, blocks: readonly TextBlock[], resolve: Resolver, reg: RegistryIndex, attributions: readonly FoundAttribution[]): OutletRef | null {
  const by = blocks.find((b) => b.kind === 'byline');
  if (!by || by.end - by.start > 120) return null;
  const line = text.slice(by.start, by.end).trim();
  const m = COMMA_BYLINE.exec(line) ?? DASH_BYLINE.exec(line);
  if (!m || SYNDICATED.test(text)) return null;
  for (const part of m[1]!.split(',')) {
    // "Par Julie Faure, prévisionniste à La Chaîne Météo": the reporter's job at the paper, then the paper.
    const name = part.trim().replace(JOB_AT, '');
    if (name.length < 2 || DESK_WORDS.test(name) || reg.lookupAlias(name)?.derived) continue;
    // A title the registry does not know, credited in the byline ("By Lars Hovland, Duluth News Tribune") or cited in the
    // story under the same name ("By X – Staff Writer, Atlanta Business Chronicle" … "told Atlanta Business Chronicle").
    const o = resolve(name) ?? attributions.find((a) => a.outlet.id === null && a.outlet.name.toLowerCase() === name.toLowerCase())?.outlet ?? deskOf(name, resolve);
    if (o) return o.medium !== 'agency' && !(o.id && NEWS_SERVICES.has(o.id)) ? o : null;
  }
  return null;
}
/**
 * 7c''. A byline that is the outlet's own newsroom: its bare name ("Le Journal de l'île de La Réunion"), a reporter's name
 * above it on a line of its own ("Julie Ménard" / "La Voix de l'Est"), its desk ("Rédaction sport Canal Alpha") or its
 * team ("By KOLO 8 First Alert Weather Team"). A relay's byline credits its source with a word (avec, with, عن, |).
 */
const DESK_PREFIX = /^(?:(?:(?:article\s+)?(?:written|écrit|rédigé)\s+)?(?:by|par)\s+)?(?:(?:la\s+)?r[ée]daction(?:\s+(?:sport|sports|web|en ligne|num[ée]rique|internationale|nationale|r[ée]gionale|[ée]conomie|culture|politique|faits divers))?(?:\s+(?:de|du|d['’]))?\s*|(?:the\s+)?newsroom(?:\s+of)?\s+)?/iu;
const TEAM_SUFFIX = /\s+(?:(?:first alert\s+)?(?:weather|news|sports?|digital|web|investigative|politics|business|editorial)\s+)?(?:team|staff|desk|newsroom)$/iu;
const PERSON_LINE = /^(?:(?:by|par)\s+)?\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3}$/u;
const OUTLET_THEN_PERSON = /^([^,]{2,40}),\s+(\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3})$/u;
const NEWSROOM_WORD = /(?:^|\s)(?:news|service|services|desk|staff|team|press|presse|media|médias|agency|agence|wire|report|reports|times|post|daily|journal|radio|tv|télé|info|infos|newsroom|rédaction)(?:\s|$)/iu;
const REPORTER_SITE_CITY = /^(\S+(?:\s+\S+){1,3}?)\s*[-–—]\s*([^-–—\n]{2,25}?)\s*[-–—]\s*(\S+(?:\s+\S+)?)$/u;
const CREDIT_WORD = /(?:^|\s)(?:avec|with|via|and|et|&|pour|for|from|d['’]apr[èe]s|selon|source|عن|مع|و)(?:\s|$)|[|/+,]/iu;
function fromOwnNewsroomByline(text: string, blocks: readonly TextBlock[], resolve: Resolver, attributions: readonly FoundAttribution[], reg: RegistryIndex): OutletRef | null {
  const bylines = blocks.filter((b) => b.kind === 'byline');
  if (bylines.length === 0 || bylines.some((b) => b.end - b.start > 120)) return null;
  const lines = bylines.flatMap((b) => text.slice(b.start, b.end).split('\n')).map((l) => l.trim()).filter((l) => l !== '');
  if (lines.length === 0 || lines.length > 2) return null;
  if (lines.length === 2 && !PERSON_LINE.test(lines[0]!)) return null;
  const line = lines[lines.length - 1]!;
  // "Ouest-France, Gwenaëlle Le Bihan": the paper signing its reporter's copy (a relay names its source after the reporter).
  const signed = lines.length === 1 ? OUTLET_THEN_PERSON.exec(line) : null;
  if (signed && !resolve(signed[2]!)) {
    const o = resolve(signed[1]!.trim());
    if (o && o.medium !== 'agency' && !(o.id && NEWS_SERVICES.has(o.id)) && !attributions.some((a) => a.block === 'byline' && !sameOutlet(a.outlet, o))) return o;
  }
  // "Ouest-France Gaëlle Le Roux": the paper, then its reporter, with no comma between.
  if (lines.length === 1 && !signed && !resolve(line)) {
    const words = line.split(/\s+/);
    // (Longest outlet first, and the reporter must open with a given name: "Times News Service" is no paper and its reporter.)
    for (let k = Math.min(3, words.length - 2); k >= 1; k--) {
      const rest = words.slice(k).join(' ');
      // (A given name the lists do not know will do when no word of the rest is a newsroom's: "Ouest-France Gwenaëlle Le Bihan".)
      const given = LATIN_GIVEN.has(normalizeForMatch(words[k]!)) || (words.length - k <= 3 && !NEWSROOM_WORD.test(rest) && !DESK_WORDS.test(rest) && !/\b\p{Lu}{2,}\b/u.test(rest));
      if (!PERSON_LINE.test(rest) || !given || resolve(rest)) continue;
      const o = resolve(words.slice(0, k).join(' '));
      if (o && o.medium !== 'agency' && !(o.id && NEWS_SERVICES.has(o.id)) && !attributions.some((a) => a.block === 'byline' && !sameOutlet(a.outlet, o))) return o;
    }
  }
  // "عبدالله الشهري- سبق- الرياض": the reporter, the site and the city, as Saudi sites sign their own copy (an agency's
  // credit in that place stays a relay).
  const reporterSiteCity = lines.length === 1 ? REPORTER_SITE_CITY.exec(line) : null;
  if (reporterSiteCity && !resolve(reporterSiteCity[1]!)) {
    const o = resolve(reporterSiteCity[2]!.trim());
    if (o && o.medium !== 'agency' && !(o.id && NEWS_SERVICES.has(o.id)) && !attributions.some((a) => a.block === 'byline' && !sameOutlet(a.outlet, o))) return o;
  }
  // "Article rédigé par franceinfo - Radio France": the outlet, then the group it belongs to.
  const grouped = /^(.{2,40}?)\s+[-–—]\s+(.{2,40})$/u.exec(line.replace(DESK_PREFIX, '').trim());
  if (grouped) {
    const o = resolve(grouped[1]!);
    const group = resolve(grouped[2]!);
    const parent = o?.id ? reg.byId(o.id)?.parent : undefined;
    if (o && group && parent && parent === group.id && o.medium !== 'agency' &&
      !attributions.some((a) => a.block === 'byline' && !sameOutlet(a.outlet, o) && !sameOutlet(a.outlet, group))) return o;
  }
  const name = line.replace(DESK_PREFIX, '').replace(TEAM_SUFFIX, '').trim();
  if (name.length < 2 || name.length > 50 || CREDIT_WORD.test(name) || (lines.length === 1 && PERSON_LINE.test(line) && name === line && !resolve(name))) return null;
  // "By Times Sports Desk", "News Desk": an everyday word left after the desk names no paper.
  // ("المحرر", the editor, alone as the byline is no paper either.)
  if (!/\s/.test(name) && reg.lookupAlias(name)?.common) return null;
  const key = name.toLowerCase();
  const o = resolve(name) ?? attributions.find((a) => a.block === 'byline' && a.outlet.id === null && a.outlet.name.toLowerCase() === key)?.outlet ?? null;
  if (!o || o.medium === 'agency' || (o.id && NEWS_SERVICES.has(o.id))) return null;
  if (attributions.some((a) => a.block === 'byline' && !sameOutlet(a.outlet, o))) return null;
  return o;
}

/** Papers whose copy their news services sell to hundreds of others, credited in the byline with no note. */
const NEWS_SERVICES = new Set(['washington-post', 'new-york-times', 'los-angeles-times', 'bloomberg', 'wall-street-journal', 'chicago-tribune']);

/** 7d. The site's label on a line of its own above the lede, "الشارقة 24:", "Hespress :". Agencies' labels ("واس:") stay relays. */
function fromLabelLine(text: string, blocks: readonly TextBlock[], resolve: Resolver): OutletRef | null {
  const first = blocks.findIndex((b) => b.kind !== 'title');
  if (first < 0) return null;
  const bk = blocks[first]!;
  if (bk.end - bk.start > 40) return null;
  const m = /^\s*([^:\n]{2,30}?)\s*:\s*$/.exec(text.slice(bk.start, bk.end));
  if (!m) return null;
  const o = resolve(m[1]!.replace(/^["«“]|["»”]$/g, ''));
  return o && o.medium !== 'agency' ? o : null;
}

/** 3. "Title - Outlet" or "Title | Outlet", with the same outlet in the byline. */
function fromTitleSuffix(title: string, resolve: Resolver, bylineHas: (o: OutletRef) => boolean): OutletRef | null {
  const t = title.slice(-FOOTER_MAX);
  const m = /\s[-–—|]\s+([^-–—|]{2,60})$/.exec(t);
  if (!m) return null;
  return firstOf([m[1]!.trim()], resolve, (o) => o.medium !== 'agency' && bylineHas(o));
}

/**
 * The host named by the text itself, or null. `attributions` are the grammar's (to reuse how an outlet was
 * resolved and to see the byline's outlets).
 */
export function hostFromText(text: string, title: string, blocks: readonly TextBlock[], reg: RegistryIndex, attributions: readonly FoundAttribution[], lang: string | null = null,
  mainCountry: string | null = null): OutletRef | null {
  const resolve = makeResolver(reg, attributions);
  const byline = blocks.find((b) => b.kind === 'byline');
  const inByline: OutletRef[] = [];
  if (byline && byline.end - byline.start <= FOOTER_MAX) {
    for (const c of spans(words(text.slice(byline.start, byline.end)))) { const o = resolve(c); if (o) inByline.push(o); }
  }
  const bylineHas = (o: OutletRef): boolean => inByline.some((x) => sameOutlet(x, o)) || attributions.some((a) => a.block === 'byline' && sameOutlet(a.outlet, o));
  // An agency's own copy is not told apart from the same copy reposted (with its dateline, reporters'
  // byline and staff credits) by the many sites that run it: agencies stay relays unless a footer names them.
  return fromFooter(text, blocks, resolve) ?? fromSignature(text, blocks, resolve, attributions) ?? fromSelfReference(text, blocks, resolve, bylineHas, attributions) ?? fromTitleSuffix(title, resolve, bylineHas) ??
    fromStaffCredit(text, attributions) ?? fromSourcesTold(text, attributions) ?? fromAgencyOwnCopy(text, blocks, attributions) ?? fromOwnDateline(blocks, attributions) ?? fromInlineDateline(text, blocks, resolve) ??
    fromStaffByline(text, blocks, resolve, reg, attributions) ?? fromGluedByline(text, blocks, resolve, reg) ?? fromOwnNewsroomByline(text, blocks, resolve, attributions, reg) ?? fromCommaByline(text, blocks, resolve, reg, attributions) ?? fromLabelLine(text, blocks, resolve) ??
    fromOnlyInterviews(text, attributions) ?? fromArabicStatementsOnly(text, attributions, lang, reg, mainCountry) ?? fromOwnNewsgathering(text, attributions, reg) ?? fromLoneLookBack(text, attributions) ?? fromOwnNameInCapitals(text, attributions, reg) ?? fromOwnAmongOthers(text, attributions, reg) ?? fromPrintInterviewsOnly(text, attributions, reg, lang, !!byline && OWN_BYLINE.test(text.slice(byline.start, byline.end)));
}
