// Anaphora: "الصحيفة", "الوكالة", "وأضافت الصحيفة", "le quotidien", "nos confrères", "the newspaper said",
// "the report said" point back to the last cited outlet of a fitting kind.
//
// Approach: a definite outlet head noun (Arabic ال + صحيفة/وكالة/قناة...; French le/la/l' + quotidien/agence...;
// English the + newspaper/agency...) that is not followed by a name is a pseudo-mention; if a cue stands
// around it (the same walks as for names), it is attributed to the closest earlier attribution whose medium
// fits the noun (a newspaper for الصحيفة, an agency for الوكالة; "nos confrères" and "the report" take any).
//
// Limits: Arabic "التقرير" / French "le rapport" are not anaphors here (the seed's "ويؤكد التقرير" repeats the
// relayed report, it does not cite an outlet again); only English "the report said" is, as the spec asks.

import type { Medium } from './types';
import { arabicForms, withoutArticle } from './arabic';
import { cuePatternAt, type FoundAttribution, type GrammarContext } from './attributions';
import { ARABIC_FUNCTION, mediumFits, nationality, OUTLET_ADJECTIVES, OUTLET_HEADS, QUOTES, REPORT_NOUNS } from './lexicon';
import type { OutletMention } from './outlet-mentions';
import { LANGUAGE_ADJ } from './unknown-outlets';
import { normalizeForMatch } from './normalize';
import { heuristicEnd, TokFlag, TokKind, type Tokens } from './tokenize';
import { CueKind } from './cues/index';
import { isLatinPlaceName } from './places';

/** "للأنباء": "الوكالة الرسمية للأنباء" is still a news agency. */
const NEWS_L_AR = normalizeForMatch('للأنباء');

/** "الجريدة الرسمية", "le journal officiel", "the official gazette": a state's gazette (matching forms). */
const OFFICIAL = new Set(['الرسميه', 'officiel', 'officielle', 'official', 'gazette'].map((w) => normalizeForMatch(w)));

const MODIFIERS = new Set(['same', 'news', 'local', 'state', 'public', 'private', 'official', 'independent', 'online', 'financial', 'economic', 'sports', 'daily', 'national', 'regional', 'publique', 'privee', 'officielle', 'regionale', 'nationale', 'economique', 'sportif', 'sportive']);
/** Adjectives that make "l'agence" / "الوكالة" a public body's: the UN's, a space, health or nuclear agency. */
const BODY_AGENCY_ADJECTIVES = new Set(['onusienne', 'onusien', 'spatiale', 'sanitaire', 'humanitaire', 'atomique', 'nucléaire', 'météorologique', 'environnementale',
  'antidopage', 'européenne', 'fédérale', 'الأممية', 'الاممية', 'الفضائية', 'الصحية'].map((w) => normalizeForMatch(w)));
const LATIN_DEFINITE = new Set(['le', 'la', 'l', 'du', 'au', 'the']);
const PRESS_AT_LARGE = new Set(['media', 'medias', 'press', 'presse']);
/** "Saudi-owned", "London-based", "Qatar-funded", "Hebrew-language", "pan-Arab", "pro-Hezbollah", "state-run": they describe an outlet named before. */
const COMPOUND_TAIL = new Set(['owned', 'based', 'run', 'funded', 'backed', 'financed', 'controlled', 'language', 'affiliated', 'aligned', 'leaning', 'registered', 'wing', 'official']);
const COMPOUND_HEAD = new Set(['pan', 'pro', 'anti', 'state', 'semi']);

export function findAnaphora(ctx: GrammarContext, mentions: readonly OutletMention[], found: readonly FoundAttribution[]): FoundAttribution[] {
  const { t } = ctx;
  if (found.length === 0) return [];
  // covered: 1 inside a mention, 2 at a mention's first token.
  const covered = new Uint8Array(t.n);
  for (const m of mentions) { for (let j = m.first; j <= m.last; j++) covered[j] = 1; covered[m.first] = 2; }
  // A head noun that introduces a name further on ("le site d'information ivoirien Koaci") is no anaphor.
  for (const m of mentions) if (m.head >= 0 && m.head < m.first && covered[m.head] === 0) covered[m.head] = 3;
  const out: FoundAttribution[] = [];
  let otherAgency: Int32Array | undefined;
  const inOrder = [...found].sort((a, b) => a.start - b.start);
  const end = heuristicEnd(t);
  const firstAttr = found.reduce((min, a) => Math.min(min, a.start), Infinity);
  for (let i = 0; i < end; i++) {
    if (covered[i]! || t.start[i]! < firstAttr) continue;
    let medium: Medium | 'any' | null = null;
    let prefix = '';
    if (t.kind[i]! === TokKind.Arabic) {
      // (The article after "لـ" loses its alef: "للصحيفة", "وللمجلة".)
      const w = t.norm[i]!;
      if (!w.includes('ال') && !(w.startsWith('لل') || w.startsWith('ولل') || w.startsWith('فلل'))) continue;
      // "وحسب المصدر ذاته / نفسه": the same source as before.
      if (i + 1 < t.n && (t.norm[i + 1] === 'ذاته' || t.norm[i + 1] === 'نفسه') && arabicForms(t.norm[i]!).some((f) => f.form === 'المصدر')) {
        const p = cuePatternAt(ctx, i, i + 1, '');
        // Only "وحسب المصدر ذاته": with a speech verb ("وأضاف المصدر ذاته") the same source is most often a person.
        if (!p || p.pattern !== 'according_to') continue;
        // "حسب المصدر ذاته من الجامعة": a source inside an institution, a person.
        if (i + 2 < t.n && t.norm[i + 2] === 'من') continue;
        const ante = p ? lastAttribution(found, out, t.start[i]!, 'any') : null;
        // "ونقلت «جون أفريك» عن مصدر مطلع … وحسب المصدر ذاته": a person source named since the outlet is the one meant.
        if (ante && PERSON_SOURCE_SINCE.test(t.text.slice(ante.end, t.start[i]!))) continue;
        if (p && ante) out.push(anaphor(ctx, p, ante, i, i + 1));
        continue;
      }
      for (const f of arabicForms(t.norm[i]!)) {
        const bare = withoutArticle(f.form);
        if (!bare) continue;
        const m = OUTLET_HEADS.get(bare);
        if (m) { medium = m; prefix = f.prefix; break; }
      }
    } else if (t.kind[i]! === TokKind.Latin) {
      const n = t.norm[i]!;
      if (!OUTLET_HEADS.has(n) && n !== 'confreres' && n !== 'report') continue;
      // A definite article before the noun, maybe across a modifier: "the news agency", "la radio publique".
      let q = i - 1;
      let skipped = 0;
      while (q >= 0 && skipped < 2 && t.kind[q]! === TokKind.Latin && !LATIN_DEFINITE.has(t.norm[q]!) &&
        ((t.flags[q]! & TokFlag.UpperInitial) === 0 || nationality(t.norm[q]!) || LANGUAGE_ADJ.has(t.norm[q]!)) &&
        (REPORT_NOUNS.has(t.norm[q]!) || nationality(t.norm[q]!) || MODIFIERS.has(t.norm[q]!) || LANGUAGE_ADJ.has(t.norm[q]!) || OUTLET_ADJECTIVES.has(t.norm[q]!))) { q--; skipped++; }
      // A city or country before the noun describes the paper: "The São Paulo daily says", "the Beirut newspaper".
      for (let len = 3; len >= 1; len--) {
        const from = q - len + 1;
        if (from < 0 || skipped >= 3) continue;
        const words: string[] = [];
        for (let k = from; k <= q; k++) if (t.kind[k]! === TokKind.Latin) words.push(t.norm[k]!);
        if (words.length === len && (t.flags[from]! & TokFlag.UpperInitial) && isLatinPlaceName(words)) { q = from - 1; skipped++; break; }
      }
      // A descriptive compound may name the place or owner instead: "the Saudi-owned broadcaster", "the London-based daily".
      while (q >= 2 && skipped < 3 && t.norm[q - 1] === '-' && t.kind[q]! === TokKind.Latin && t.kind[q - 2]! === TokKind.Latin &&
        (t.flags[q]! & TokFlag.SpaceBefore) === 0 && (t.flags[q - 1]! & TokFlag.SpaceBefore) === 0 &&
        (COMPOUND_TAIL.has(t.norm[q]!) || COMPOUND_HEAD.has(t.norm[q - 2]!))) { q -= 3; skipped++; }
      // "the pan-Arab daily": the first loop stopped on the hyphen after taking "Arab" as a nationality.
      if (q >= 1 && t.norm[q] === '-' && COMPOUND_HEAD.has(t.norm[q - 1]!) && (t.flags[q]! & TokFlag.SpaceBefore) === 0) q -= 2;
      while (q >= 0 && skipped < 3 && t.kind[q]! === TokKind.Latin && !LATIN_DEFINITE.has(t.norm[q]!) && (MODIFIERS.has(t.norm[q]!) || OUTLET_ADJECTIVES.has(t.norm[q]!))) { q--; skipped++; }
      const prev = q >= 0 ? t.norm[q]! : '';
      const prev2 = q - 1 >= 0 ? t.norm[q - 1]! : '';
      const definite = LATIN_DEFINITE.has(prev) || (prev === "'" && prev2 === 'l');
      // "la plupart de nos confrères", "plusieurs de nos confrères": colleagues at large, not the paper just cited.
      if (n === 'confreres' && prev === 'nos' && !(prev2 === 'de' && q - 2 >= 0 && QUANTIFIERS.has(t.norm[q - 2]!))) medium = 'any';
      else if (n === 'report' && prev === 'the') medium = 'any';
      // "published in the media", "la presse" at large: the press as a whole, not the outlet cited before.
      // ("Le média espagnol, qui cite": French "le média" is one outlet; "the media" is the press at large.)
      else if (definite && OUTLET_HEADS.has(n) && (t.flags[i]! & TokFlag.UpperInitial) === 0 && (!PRESS_AT_LARGE.has(n) || (n === 'media' && prev === 'le'))) medium = OUTLET_HEADS.get(n)!;
    }
    if (!medium) continue;
    // "selon le dernier bilan de l'agence onusienne", "الوكالة الأممية": a UN, space or health agency, not the news agency cited before.
    if (medium === 'agency' && i + 1 < t.n && !(t.flags[i + 1]! & TokFlag.NewlineBefore) && BODY_AGENCY_ADJECTIVES.has(t.norm[i + 1]!)) continue;
    let officialAgency = false;
    // "Invité du journal de 20 heures de l'ORTB": a channel's news bulletin, not the paper cited before.
    if (t.kind[i]! === TokKind.Latin && t.norm[i] === 'journal' && BULLETIN_AFTER.test(t.text.slice(t.end[i]!, t.end[i]! + 30))) continue;
    // "An ABC spokeswoman did not deny the report but said": the noun is what someone answered, not who speaks.
    if (t.kind[i]! === TokKind.Latin && objectOfAnswer(t, i)) continue;
    const next = i + 1;
    if (next < t.n && !(t.flags[next]! & TokFlag.NewlineBefore)) {
      if (covered[next]! === 2) continue;
      // A quote after the noun opens a name ("la chaîne «X»"); an apostrophe glued to "s" is a possessive ("the paper's report").
      const possessive = t.norm[next] === "'" && next + 1 < t.n && t.norm[next + 1] === 's' && !(t.flags[next]! & TokFlag.SpaceBefore);
      if (t.kind[next]! === TokKind.Punct && QUOTES.has(t.norm[next]!) && !possessive) continue;
      // "wrote on the site's forums", "the agency's spokesman said": what the site or the body owns is no report of a newsroom.
      if (possessive && next + 2 < t.n && NOT_NEWSROOM_POSSESSIONS.has(t.norm[next + 2]!)) continue;
      // "القناة 13 العبرية", "la chaîne 2": a number after the noun names a channel.
      if (t.kind[next]! === TokKind.Number) continue;
      // "نشرت الجريدة الرسمية للدولة", "le Journal officiel": the official gazette, not the paper cited before.
      // ("Selon l'agence officielle": a state agency cited before, when one was.)
      if (OFFICIAL.has(t.norm[next]!)) {
        if (medium !== 'agency') continue;
        officialAgency = true;
      }
      if (t.kind[next]! === TokKind.Latin && (t.flags[next]! & TokFlag.UpperInitial)) continue;
      // "الوكالة الأوروبية لحرس الحدود", "الوكالة الدولية للطاقة الذرية": an adjective then what the body is for names another
      // body, not the agency cited before.
      if (t.kind[i]! === TokKind.Arabic && t.kind[next]! === TokKind.Arabic && next + 1 < t.n && t.kind[next + 1]! === TokKind.Arabic &&
        /(?:يه|ي)$/.test(t.norm[next]!) && arabicForms(t.norm[next + 1]!).some((f) => f.prefix === 'ل' || f.prefix === 'لل') && !(t.flags[next + 1]! & TokFlag.NewlineBefore) &&
        t.norm[next + 1] !== NEWS_L_AR) continue;
      // "le site du constructeur", "the website of the ministry": someone else's site, not a newsroom named before.
      if (t.kind[next]! === TokKind.Latin && (t.norm[next] === 'du' || t.norm[next] === 'des' || t.norm[next] === 'of') && next + 1 < t.n &&
        t.kind[next + 1]! === TokKind.Latin && !(t.flags[next + 1]! & TokFlag.UpperInitial) && t.norm[next + 1] !== 'soir' && t.norm[next + 1] !== 'matin' && t.norm[next + 1] !== 'dimanche') continue;
      // "le site de l'établissement", "l'agence de notation": what the noun belongs to or does, unless that says it is a
      // newsroom ("le site d'information", "l'agence de presse", "la télévision d'État").
      if (t.kind[next]! === TokKind.Latin && (t.norm[next] === 'de' || (t.norm[next] === 'd' && t.norm[next + 1] === "'"))) {
        let k = t.norm[next] === 'de' ? next + 1 : next + 2;
        if (k + 1 < t.n && (t.norm[k] === 'l' || t.norm[k] === 'la') && t.norm[k + 1] === "'") k += 2;
        else if (k < t.n && t.norm[k] === 'la') k++;
        if (k < t.n && t.kind[k]! === TokKind.Latin && !(t.flags[k]! & TokFlag.UpperInitial) && !NEWSROOM_COMPLEMENTS.has(t.norm[k]!)) continue;
      }
    }
    const p = cuePatternAt(ctx, i, i, prefix);
    if (!p) continue;
    const ante = officialAgency ? lastStateAgency(ctx, inOrder, out, t.start[i]!) : lastAttribution(inOrder, out, t.start[i]!, medium);
    if (!ante) continue;
    // "selon l'agence marocaine" after Europa Press: a nationality other than the outlet's names another body (here the
    // Moroccan employment agency named before).
    if (i + 1 < t.n && ante.outlet.country && !(t.flags[i + 1]! & TokFlag.NewlineBefore)) {
      const c = nationality(t.norm[i + 1]!);
      if (c && c !== ante.outlet.country) continue;
    }
    // "a précisé le site" after France 3: a bare "site" is the place (a cave, a plant) more often than a channel's website.
    if (t.kind[i]! === TokKind.Latin && t.norm[i] === 'site' && (ante.outlet.medium === 'tv' || ante.outlet.medium === 'radio')) continue;
    // "ويرى الخبير …، في حديث للوكالة": an interview "to the agency" paragraphs after the agency was last cited is the
    // site speaking of itself (Shafaq News is "الوكالة" to its writers); an outlet's own interview follows its citation.
    if (p.pattern === 'interview_with' && ante.blockIndex < ctx.blockOf[i]! - 1) continue;
    // "… told RTÉ. His comments come after a report by the Commission for Regulation of Utilities found … The report,
    // published on Tuesday, warned": the report named since the outlet is the one meant.
    if (t.kind[i]! === TokKind.Latin && t.norm[i] === 'report' && reportNamedSince(t, ante.end, i)) continue;
    // "رفعت وكالة موديز التصنيف … وأوضحت الوكالة", "The Investment Promotion Agency … cited by the agency": an agency that
    // is no newsroom, named since the outlet, is the one meant.
    if (medium === 'agency') {
      otherAgency ??= otherAgencies(t, covered);
      const o = otherAgency[i - 1] ?? -1;
      if (o >= 0 && t.start[o]! >= ante.end) continue;
    }
    out.push(anaphor(ctx, p, ante, i, i));
  }
  return out;
}

const NOT_NEWSROOM_POSSESSIONS = new Set(['forums', 'forum', 'users', 'members', 'moderators', 'administrators', 'admins', 'vendors', 'sellers', 'buyers',
  'marketplace', 'servers', 'operators', 'owner', 'owners', 'founder', 'founders', 'spokesman', 'spokeswoman', 'spokesperson', 'customers', 'subscribers',
  'employees', 'workers', 'headquarters', 'shareholders', 'board', 'terms']);

/** Verbs whose object a report or a paper is: "deny the report", "a démenti les informations du journal". */
const ANSWER_VERBS = new Set(['deny', 'denies', 'denied', 'confirm', 'confirms', 'dismiss', 'dismisses', 'dismissed', 'reject', 'rejects', 'rejected', 'dispute',
  'disputes', 'disputed', 'contest', 'contests', 'contested', 'challenge', 'challenges', 'challenged', 'question', 'questions', 'questioned', 'welcome', 'welcomes',
  'welcomed', 'criticise', 'criticised', 'criticize', 'criticized', 'slammed', 'dementi', 'dement', 'conteste', 'contestent', 'rejette', 'rejete']);

/** The Latin noun at `i`, behind its article and at most two modifiers, is the object of an answering verb. */
function objectOfAnswer(t: Tokens, i: number): boolean {
  let q = i - 1;
  for (let k = 0; k < 2 && q >= 0 && t.kind[q]! === TokKind.Latin && !LATIN_DEFINITE.has(t.norm[q]!); k++) q--;
  if (q < 0 || !LATIN_DEFINITE.has(t.norm[q]!)) return false;
  const v = q - 1;
  return v >= 0 && t.kind[v]! === TokKind.Latin && ANSWER_VERBS.has(t.norm[v]!);
}

const BULLETIN_AFTER = /^\s+(?:télévisé|televise|parlé|de\s+\d{1,2}\s*h|de\s+\d{1,2}\s+heures|du\s+soir|de\s+la\s+mi-journée|de\s+la\s+nuit|du\s+matin)/i;
const PERSON_SOURCE_SINCE = /(?:^|[\s،,])(?:عن|لـ?|ل)?\s*(?:مصدر|مصادر)(?:\s|$)/;
const AGENCY_AR = normalizeForMatch('وكالة');
/**
 * For each token, the last agency before or at it that is no outlet mention: "وكالة موديز", "الوكالة الوطنية لإنعاش
 * التشغيل" (a listed name, "الوكالة الوطنية", that runs on with a complement of its own), "Investment Promotion Agency".
 * One pass, so a page of repeated anaphors stays linear.
 */
function otherAgencies(t: Tokens, covered: Uint8Array): Int32Array {
  const last = new Int32Array(t.n).fill(-1);
  let cur = -1;
  for (let j = 0; j < t.n; j++) {
    if (otherAgencyAt(t, covered, j)) cur = j;
    last[j] = cur;
  }
  return last;
}

function otherAgencyAt(t: Tokens, covered: Uint8Array, j: number): boolean {
  if (t.kind[j]! === TokKind.Arabic) {
    const n = t.norm[j]!;
    if (n.length < 4 || !n.includes(AGENCY_STEM)) return false;
    if (!arabicForms(n).some((f) => (withoutArticle(f.form) ?? f.form) === AGENCY_AR)) return false;
    if (covered[j]! === 2) {
      let e = j + 1;
      while (e < t.n && covered[e]! === 1) e++;
      return e < t.n && t.kind[e]! === TokKind.Arabic && covered[e]! === 0 && t.norm[e]!.startsWith('ل') && !t.norm[e]!.startsWith('للانباء') && !ARABIC_FUNCTION.has(t.norm[e]!);
    }
    const next = j + 1;
    return covered[j]! === 0 && next < t.n && t.kind[next]! === TokKind.Arabic && !ARABIC_FUNCTION.has(t.norm[next]!) && covered[next]! === 0;
  }
  return covered[j]! === 0 && t.kind[j]! === TokKind.Latin && (t.norm[j] === 'agency' || t.norm[j] === 'agence') && (t.flags[j]! & TokFlag.UpperInitial) !== 0 && j > 0 &&
    t.kind[j - 1]! === TokKind.Latin && (t.flags[j - 1]! & TokFlag.UpperInitial) !== 0 && covered[j - 1]! === 0;
}
const AGENCY_STEM = normalizeForMatch('وكال');

/** A report (or study) mentioned between an outlet's citation at offset `from` and token `before`. */
function reportNamedSince(t: Tokens, from: number, before: number): boolean {
  for (let j = before - 1; j >= 0 && t.start[j]! >= from; j--) {
    const w = t.norm[j]!;
    if (w === 'report' || w === 'reports' || w === 'study' || w === 'survey' || w === 'audit') return true;
  }
  return false;
}

/**
 * The closest attribution before offset `before` whose outlet fits the noun. Both lists are in text order (`found`
 * sorted once, `out` filled left to right), so each is read backwards from `before` and stops at its first fit: a page
 * of repeated anaphors stays linear.
 */
/** The last state agency cited before `before` ("rapporte la MAP … Selon l'agence officielle"), or null. */
function lastStateAgency(ctx: GrammarContext, found: readonly FoundAttribution[], out: readonly FoundAttribution[], before: number): FoundAttribution | null {
  let ante: FoundAttribution | null = null;
  for (const list of [found, out]) {
    let hi = list.length;
    for (let lo = 0; lo < hi;) { const mid = (lo + hi) >> 1; if (list[mid]!.start < before) lo = mid + 1; else hi = mid; }
    // (Twenty citations back at most: a page that repeats the phrase stays linear.)
    for (let k = hi - 1; k >= 0 && k >= hi - 20; k--) {
      const a = list[k]!;
      if (ante && a.start <= ante.start) break;
      if (a.outlet.medium !== 'agency' || a.outlet.id === null || a.pattern === 'interview_with' || !ctx.reg.byId(a.outlet.id)?.stateAffiliation) continue;
      ante = a;
      break;
    }
  }
  return ante;
}

function lastAttribution(found: readonly FoundAttribution[], out: readonly FoundAttribution[], before: number, medium: Medium | 'any'): FoundAttribution | null {
  let ante: FoundAttribution | null = null;
  for (const list of [found, out]) {
    let hi = list.length;
    for (let lo = 0; lo < hi;) { const mid = (lo + hi) >> 1; if (list[mid]!.start < before) lo = mid + 1; else hi = mid; }
    for (let k = hi - 1; k >= 0; k--) {
      const a = list[k]!;
      if (a.start >= before) continue;
      if (ante && a.start <= ante.start) break;
      const om = a.outlet.medium;
      let fits = medium === 'any' || mediumFits(medium, om);
      // "Dans une déclaration transmise à La Presse canadienne, Santé Québec a reconnu … L'agence affirme": an agency
      // that was only handed a statement is not the agency the next sentence speaks of.
      if (fits && medium === 'agency' && a.pattern === 'interview_with') fits = false;
      // News agencies are in the registry: an unknown outlet of no known kind ("the Idaho Statesman") is no "agency".
      if (fits && medium === 'agency' && om === null) fits = false;
      // "la radio Cadena SER … le site d'information espagnol": an outlet the text itself called a radio is not the site.
      if (fits && medium !== 'any' && medium !== 'group' && om !== medium) {
        const called = calledAs(a.surface);
        if (called !== null && called !== medium && called !== 'group') fits = false;
      }
      if (fits) { if (!ante || a.start > ante.start) ante = a; break; }
    }
  }
  return ante;
}

/** The medium of the head noun an attribution's surface names its outlet with ("la radio Cadena SER" → radio), or null. */
function calledAs(surface: string): Medium | null {
  for (const w of surface.split(/[\s'’«»"“”،,:()]+/)) {
    if (!w) continue;
    const n = normalizeForMatch(w);
    const m = OUTLET_HEADS.get(n);
    if (m) return m;
    if (/[\u0600-\u06ff]/.test(w)) for (const f of arabicForms(n)) { const h = OUTLET_HEADS.get(f.form) ?? OUTLET_HEADS.get(withoutArticle(f.form) ?? ''); if (h) return h; }
  }
  return null;
}

function anaphor(ctx: GrammarContext, p: { pattern: FoundAttribution['pattern']; start: number; end: number }, ante: FoundAttribution, first: number, last: number): FoundAttribution {
  const { t, blocks, blockOf } = ctx;
  const b = blocks[blockOf[first]!];
  const end = Math.max(p.end, t.end[last]!);
  return { start: p.start, end, surface: t.text.slice(p.start, end), pattern: p.pattern, outlet: ante.outlet, nameStart: t.start[first]!, nameEnd: t.end[last]!, mention: -1, block: b ? b.kind : 'paragraph', blockIndex: blockOf[first]!, anaphora: true };
}

/** Plural or collective labels ("Israeli media:", "وسائل إعلام إسرائيلية:") speak for no one outlet: left out. */
const NEWSROOM_COMPLEMENTS = new Set(['information', 'informations', 'info', 'infos', 'presse', 'actualite', 'actualites', 'etat', 'service', 'reference', 'investigation', 'enquete']);

const QUANTIFIERS = new Set(['plupart', 'plusieurs', 'certains', 'certaines', 'beaucoup', 'nombre', 'majorite', 'tous', 'aucun', 'deux', 'trois', 'autres']);

const GROUP_HEADS = new Set(['media', 'medias', 'presse', 'press', 'titre', 'publication', 'confreres']);

/**
 * A headline that labels its source by kind and country before the body names it: "Saudi paper: ...", "Israeli
 * TV says ...", "صحيفة إسرائيلية: ...", "قناة عبرية تكشف ...". The label points forward to the first outlet of
 * that country (and a fitting kind) cited in the body; it is reported as a headline label ("other").
 */
export function findHeadlineLabels(ctx: GrammarContext, mentions: readonly OutletMention[], found: readonly FoundAttribution[]): FoundAttribution[] {
  const { t, blocks, blockOf, cues } = ctx;
  const tb = blocks.findIndex((b) => b.kind === 'title');
  if (tb < 0 || found.some((a) => a.block === 'title')) return [];
  const first = ctx.blockFirst[tb] ?? -1;
  if (first < 0) return [];
  const last = ctx.blockLast[tb]!;
  const named = new Uint8Array(last + 1);
  for (const m of mentions) if (m.first <= last) for (let j = m.first; j <= Math.min(m.last, last); j++) named[j] = 1;
  for (let i = first; i <= last; i++) {
    if (named[i]) continue;
    let medium: Medium | null = null;
    let country: string | undefined;
    if (t.kind[i]! === TokKind.Latin) {
      const n = t.norm[i]!;
      if (OUTLET_HEADS.has(n) && !GROUP_HEADS.has(n)) medium = OUTLET_HEADS.get(n)!;
      if (medium && i - 1 >= first) country = nationality(t.norm[i - 1]!);
    } else if (t.kind[i]! === TokKind.Arabic) {
      for (const f of arabicForms(t.norm[i]!)) {
        const m = OUTLET_HEADS.get(f.form) ?? OUTLET_HEADS.get(withoutArticle(f.form) ?? '');
        if (m && m !== 'group') { medium = m; break; }
      }
      // "صحيفة سعودية", "وسائل إعلام عبرية": the indefinite adjective after the noun.
      const nx = i + 1 <= last ? t.norm[i + 1]! : '';
      if (medium && nx) country = nationality(nx) ?? nationality('ال' + nx);
    }
    if (!medium || !country) continue;
    // A label stands before a colon or a reporting verb.
    let cueEnd = -1;
    for (let q = i + 1; q <= last && q <= i + 3; q++) {
      if (t.norm[q] === ':') { cueEnd = t.end[q]!; break; }
      if (cues.byFirst[q]! >= 0 && (cues.kinds[cues.byFirst[q]!]! & CueKind.VerbAfter)) { cueEnd = t.end[q]!; break; }
    }
    if (cueEnd < 0) continue;
    const m = medium;
    const ante = found.find((a) => a.blockIndex !== tb && a.outlet.country === country && mediumFits(m, a.outlet.medium));
    if (!ante) continue;
    const start = t.start[Math.max(first, t.kind[i]! === TokKind.Latin && i - 1 >= first ? i - 1 : i)]!;
    return [{ start, end: cueEnd, surface: t.text.slice(start, cueEnd), pattern: 'other', outlet: ante.outlet, nameStart: t.start[i]!, nameEnd: t.end[i]!, mention: -1, block: 'title', blockIndex: blockOf[i]!, anaphora: true }];
  }
  return [];
}
