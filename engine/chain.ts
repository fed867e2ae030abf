// The page's own outlet, the original outlet and the relay chain between them.
//
// Approach:
//   - host: the URL's domain in the registry, else og:site_name by alias, else the byline's credited name;
//     a URL or site name the registry does not know still gives a known: false host (its name as written);
//   - original: every attribution scores its outlet (byline 3, wire dateline 3, source footer 2, anything in
//     the title +2, the first attribution of the body — the lede's source — +3, other patterns 1); the best
//     outlet is the main source, and if it cites another outlet ("نقلت نوفوستي عن صحيفة السفير", "Reuters,
//     citing the FT") the cited one is the original and the citing one a relay. Ties go to the earliest
//     mention; an interview given to an outlet counts half. An article that cites no outlet has no original
//     (first-hand reporting). With a wire credit in
//     the byline or a dateline, the lede bonus needs the citation in the first two paragraphs ("Avec ATS" and
//     the NZZ cited in the third paragraph: the wire is the source);
//   - an outlet cited only in passing in the closing paragraph of a story of five paragraphs or more is
//     background, never the original (an article whose only citation that is has no original);
//   - a press review (its title says so: "revue de presse", "la presse allemande", "جولة في الصحف",
//     "Newspaper headlines", or its lede with three outlets or more: "Wednesday's papers are dominated by",
//     "most front pages") sets outlets side by side: no original;
//   - the host filing its own copy (its own wire dateline) with no outlet cited in its lede reports first-hand:
//     no original; so does a story without credits that cites no outlet in its first two paragraphs, or in its third
//     only in passing (a relay names its source by then; on the dev pages, an outlet first cited in the third paragraph
//     was a side source of the host's own reporting 56 times in 90, unless it was credited with the scoop);
//   - chain: host → relays (wire and syndication credits, citing outlets) → original.
//
// Limits: one chain only (the main report's); a side story relayed from another outlet stays in
// `attributions` without a chain of its own.

import type { OutletRef } from './types';
import type { CitesLink, FoundAttribution } from './attributions';
import { outletRef, sameOutlet } from './attributions';
import { nationality } from './lexicon';
import type { RegistryIndex } from './registry-index';
import { normalizeHost } from './registry-index';
import { countryInDomainLabel, isLatinPlaceName } from './places';

const PRESS_WORDS = new Set(['presse', 'press', 'papers', 'newspapers', 'صحف', 'الصحف', 'الصحافه', 'جرائد', 'الجرائد', 'journaux', 'quotidiens', 'dailies', 'tabloids', 'editorials', 'editoriaux']);
/** "صحف عالمية", "la presse étrangère", "foreign papers": the press of many countries, as a nationality is one country's. */
const WIDE_PRESS = new Set(['عالميه', 'دوليه', 'غربيه', 'عربيه', 'اجنبيه', 'اوروبيه', 'internationale', 'etrangere', 'europeenne', 'mondiale', 'regionale',
  'alemanique', 'romande', 'foreign', 'international', 'world', 'global', 'european', 'western', 'arab',
  // "ce qu'il faut retenir de la presse dominicale": the Sunday papers, read side by side.
  'dominicale', 'dominicales', 'sunday', 'weekend']);
const qualifiesPress = (w: string | undefined): boolean => w !== undefined && (nationality(w) !== undefined || WIDE_PRESS.has(w));
const REVIEW_WORDS = new Set(['revue', 'review', 'جوله', 'رصيف', 'عرض', 'قراءه', 'عناوين', 'مانشيتات', 'vu', 'tour', 'said', 'say', 'une', 'front']);

/** A press word inside an agency's name: "La Presse canadienne", "Associated Press", "Press Association", "Press Trust of India". */
function agencyPressWord(tokens: readonly string[], i: number): boolean {
  const w = tokens[i];
  const next = tokens[i + 1];
  return (w === 'presse' && next === 'canadienne') || (w === 'press' && (tokens[i - 1] === 'associated' || next === 'association' || next === 'trust'));
}

/**
 * A title announcing a press review: "Revue de presse", "Vu d'Allemagne. ... la presse allemande",
 * "What the papers say", "جولة في الصحف البريطانية".
 */
export function isPressReviewTitle(titleTokens: readonly string[]): boolean {
  for (let i = 0; i < titleTokens.length; i++) {
    const w = titleTokens[i]!;
    const next = titleTokens[i + 1];
    // "Newspaper headlines: ...", "Front pages", "La une des journaux", "عناوين الصحف".
    if ((w === 'newspaper' || w === 'papers' || w === 'front') && (next === 'headlines' || next === 'pages')) return true;
    // "Sunday shows: tariff deadline dominates", "trade blame on Sunday talk shows": a round-up of several programmes.
    if ((w === 'sunday' || w === 'talk') && (next === 'shows' || (next === 'talk' && titleTokens[i + 2] === 'shows'))) return true;
    // "مقدمات نشرات الأخبار المسائية": the channels' evening bulletins, one after another.
    if (w === 'مقدمات' && next === 'نشرات') return true;
    if (!PRESS_WORDS.has(w)) continue;
    if (agencyPressWord(titleTokens, i)) continue;
    // "Papers weigh up COP30", "Egypt's press hails ...", "Egyptian newspapers split over ...".
    if (i === 0 && (w === 'papers' || w === 'newspapers' || w === 'journaux') && titleTokens.length > 1) return true;
    if (i >= 2 && titleTokens[i - 1] === 's' && isLatinPlaceName([titleTokens[i - 2]!])) return true;
    if (i >= 1 && qualifiesPress(titleTokens[i - 1])) return true;
    const prev = titleTokens.slice(Math.max(0, i - 3), i);
    if (prev.some((p) => REVIEW_WORDS.has(p)) || qualifiesPress(next)) return true;
  }
  return false;
}

const DAY_WORDS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'morning', 'weekend', 'today', 'lundi', 'mardi',
  'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche', 'اليوم', 'الاحد', 'الاثنين', 'الثلاثاء', 'الاربعاء', 'الخميس', 'الجمعه', 'السبت', 'الصادره', 'الصادرة']);

/**
 * A lede that opens a press review: "Wednesday's papers are dominated by ...", "most front pages lead on",
 * "La presse allemande salue ...", "اهتمت الصحف البريطانية الصادرة اليوم ...". Used with several cited outlets.
 */
export function isPressReviewLede(tokens: readonly string[]): boolean {
  for (let i = 0; i < tokens.length; i++) {
    const w = tokens[i]!;
    const next = tokens[i + 1];
    if (w === 'front' && next === 'pages') return true;
    if (w === 'revue' && next === 'de' && tokens[i + 2] === 'presse') return true;
    if (w === 'press' && next === 'review') return true;
    // France 24's "IN THE PRESS –" rubric opening the lede.
    if (w === 'press' && i <= 3 && tokens[i - 1] === 'the' && tokens[i - 2] === 'in') return true;
    if (!PRESS_WORDS.has(w) || agencyPressWord(tokens, i)) continue;
    // "Egyptian newspapers on Monday gave sweeping coverage", "British papers lead on".
    if (w !== 'press' && w !== 'presse' && i >= 1 && qualifiesPress(tokens[i - 1])) return true;
    if (qualifiesPress(next)) return true;
    // "نبدأ جولتنا في الصحف", "في جولة الصحف": BBC Arabic's and others' daily tour of the papers.
    if (tokens[i - 1] === 'جوله' || tokens[i - 1] === 'جولتنا' || (tokens[i - 1] === 'في' && (tokens[i - 2] === 'جولتنا' || tokens[i - 2] === 'جوله'))) return true;
    // "told the press Tuesday" is not a review: days only go with the papers themselves.
    if (w === 'press' || w === 'presse') continue;
    if (next !== undefined && DAY_WORDS.has(next)) return true;
    // "Wednesday's papers", "the Sunday papers".
    const p1 = tokens[i - 1];
    const p2 = tokens[i - 2];
    if (p1 !== undefined && DAY_WORDS.has(p1)) return true;
    if (p1 === 's' && p2 !== undefined && DAY_WORDS.has(p2)) return true;
  }
  return false;
}

export function hostFromInput(reg: RegistryIndex, url: string | null | undefined, siteName: string | null | undefined): OutletRef | null {
  let host: string | null = null;
  if (url) {
    try { host = normalizeHost(new URL(url).hostname); } catch { host = normalizeHost(url); }
    if (host === '') host = null;
  }
  if (host) {
    const o = reg.byDomain(host);
    if (o) return outletRef(o);
  }
  if (siteName && siteName.trim() !== '') {
    const e = reg.lookupAlias(siteName);
    if (e && e.ids.length === 1) {
      const o = reg.byId(e.ids[0]!);
      if (o) return outletRef(o);
    }
  }
  if (host || (siteName && siteName.trim() !== '')) {
    return { id: null, name: siteName?.trim() || host || '', known: false, domain: host, country: host ? countryOfDomain(host) : null, medium: null };
  }
  return null;
}

/** Country codes sold as generic names ("site.tv", "app.io", "radio.fm"): they say nothing about where a site is. */
const GENERIC_CCTLDS = new Set(['tv', 'io', 'co', 'me', 'fm', 'ai', 'cc', 'ws', 'to', 'am', 'ly', 'gg', 'sh', 'ac', 'is', 'la', 'nu', 'tk', 'eu']);

/** The country of a site from its country-code domain ("canberratimes.com.au" → AU, "bbc.co.uk" → GB), or null. */
function countryOfDomain(host: string): string | null {
  const labels = host.split('.');
  const tld = labels.pop() ?? '';
  if (/^[a-z]{2}$/.test(tld) && !GENERIC_CCTLDS.has(tld)) return tld === 'uk' ? 'GB' : tld.toUpperCase();
  // A generic domain that carries its country in its name: "imlebanon.org", "dakarmatin.com".
  return countryInDomainLabel(labels.join('').replace(/-/g, '')) ?? null;
}

function key(o: OutletRef): string {
  return o.id ?? 'name:' + o.name;
}

/** An interview given to an outlet ("told CNN", "a déclaré à RTL") is weaker evidence that the story comes from it. */
const WEIGHT: Record<string, number> = { byline_via: 3, wire_dateline: 3, other: 2, interview_with: 0.5 };
const CONTRIBUTED = /\bcontribut(?:ed|ing)\b|\bcontribu[ée]\b/i;
/**
 * "Par Ludovic Marie-Sainte avec AFP": a named reporter's story with agency material added, a contribution like
 * "AFP contributed"; "Le Point avec AFP", "La rédaction avec Belga" run the agency's copy.
 */
const REPORTER_WITH_AGENCY = /^par\s+(?!l[ea]\s|l['’]|les\s|la\s+r[ée]daction|r[ée]daction)\p{Lu}[\p{L}'’-]+\s+\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?\s+\(?avec\b/iu;
function contributed(a: FoundAttribution): boolean {
  return a.contribution === true || CONTRIBUTED.test(a.surface) || (a.pattern === 'byline_via' && a.outlet.medium === 'agency' && REPORTER_WITH_AGENCY.test(a.surface));
}
/** A wire or syndication credit: a byline or dateline naming the outlet the copy comes from, not a contribution line. */
function isCredit(a: FoundAttribution): boolean {
  // An agency's sign-off or source line ("— AFP", "(Source : APS)") credits the copy as a byline does; so does any
  // outlet's source line on a site that reposts papers ("Source : Le Républicain" on Malijet).
  return a.pattern === 'wire_dateline' || ((a.pattern === 'byline_via' || (a.pattern === 'other' && a.block !== 'title' && (a.outlet.medium === 'agency' || sourceLine(a)))) && !contributed(a));
}
const SOURCE_LINE = /^\s*[([]?\s*(?:source|sources|المصدر|مصدر)\s*[:：]/i;
function sourceLine(a: FoundAttribution): boolean {
  return a.pattern === 'other' && a.block !== 'title' && SOURCE_LINE.test(a.surface);
}
/** A credit for breaking the story: "first reported by", "as revealed by", "comme l'a révélé", "selon les informations de". */
const SCOOP = /\bfirst (?:reported|revealed|disclosed|broke)|\b(?:as )?revealed by\b|\bbroke the (?:news|story)\b|\bexclusively\b|r[ée]v[ée]l[ée]e?s? par|l['’]a r[ée]v[ée]l[ée]|a r[ée]v[ée]l[ée]|informations? (?:de|du|des|d['’])|كشف|انفرد|بحسب ما (?:كشف|أورد)/i;
/** The outlet of the first attribution in the body (the lede's source) is most often where the story comes from. */
const LEDE_BONUS = 3;

/** Patterns that may be a passing citation; a credit (byline, dateline, footer) never is. */
const PASSING = new Set(['reported_by', 'according_to', 'interview_with', 'published_by']);

export function pickOriginal(attributions: readonly FoundAttribution[], cites: readonly CitesLink[], host: OutletRef | null, pressReview = false, ledeBlocks?: ReadonlySet<number>, backgroundBlock = -1, hostCredited = false, openingBlocks?: ReadonlySet<number>): { original: OutletRef | null; chain: OutletRef[] } {
  const score = new Map<string, { o: OutletRef; s: number; first: number }>();
  // An outlet cited only in the closing paragraph of a longer story, in passing, is background ("the region was
  // also hit by floods in 2019, the BBC reported at the time"): it may not be the story's original.
  if (backgroundBlock >= 0) {
    const onlyThere = new Map<string, boolean>();
    for (const a of attributions) {
      const k = key(a.outlet);
      const there = a.blockIndex === backgroundBlock && PASSING.has(a.pattern);
      onlyThere.set(k, (onlyThere.get(k) ?? true) && there);
    }
    const background = new Set([...onlyThere].filter(([, v]) => v).map(([k]) => k));
    if (background.size > 0) attributions = attributions.filter((a) => !background.has(key(a.outlet)));
  }
  // The lede's source: the first body attribution; a wire dateline yields to another outlet cited in the same
  // paragraph ("DUBAI (Reuters) - ... the Financial Times reported"): the wire is then relaying it.
  const body = attributions.filter((a) => a.block !== 'title' && a.block !== 'byline' && !(host && sameOutlet(a.outlet, host)));
  let ledeAttr: FoundAttribution | undefined = body[0];
  if (ledeAttr && ledeAttr.pattern === 'wire_dateline') {
    const first = ledeAttr;
    const other = body.find((a) => a !== first && a.blockIndex === first.blockIndex && a.pattern !== 'wire_dateline' && !sameOutlet(a.outlet, first.outlet));
    if (other) ledeAttr = other;
  }
  // With a wire or syndication credit ("Avec ATS", "By Reuters"), an outlet first cited deep in the body is a
  // side source, not the lede's: the bonus then needs the citation in the first two paragraphs.
  const credit = attributions.some((a) => isCredit(a) && !(host && sameOutlet(a.outlet, host)));
  if (ledeAttr && credit && ledeBlocks && !ledeBlocks.has(ledeAttr.blockIndex) && ledeAttr.pattern !== 'byline_via' && ledeAttr.pattern !== 'wire_dateline') ledeAttr = undefined;
  for (const a of attributions) {
    if (host && sameOutlet(a.outlet, host)) continue;
    // A headline label read from the body ("Saudi paper: ...") repeats the body's citation: no weight of its own.
    if (a.anaphora && a.block === 'title') continue;
    const k = key(a.outlet);
    // "The Associated Press contributed to this report": a hand in the story, not its source.
    let w = (a.pattern === 'byline_via' || a.pattern === 'other') && contributed(a) ? 1 : sourceLine(a) ? WEIGHT.byline_via! : WEIGHT[a.pattern] ?? 1;
    if (a.block === 'title') w += 2;
    else if (a === ledeAttr) w += LEDE_BONUS;
    const cur = score.get(k);
    if (cur) cur.s += w; else score.set(k, { o: a.outlet, s: w, first: a.start });
  }
  let best: { o: OutletRef; s: number; first: number } | null = null;
  for (const v of score.values()) {
    if (!best || v.s > best.s || (v.s === best.s && v.first < best.first)) best = v;
  }
  const chain: OutletRef[] = [];
  if (host) chain.push(host);
  if (!best || best.s <= 0) return { original: null, chain };
  // The host files its own copy ("MOSCOW (Reuters) -" on reuters.com) and its lede cites no outlet:
  // first-hand reporting, the outlets further down are side sources.
  const ledeCites = !ledeBlocks || attributions.some((a) => ledeBlocks.has(a.blockIndex) || a.block === 'title');
  if (hostCredited && !ledeCites) return { original: null, chain };
  // Nor does a story that cites no outlet in its first two paragraphs and carries no credit: outlets first cited
  // further down are side references of the host's own reporting ("wrote in The Atlantic this week").
  // In the third paragraph, only a scoop credit ("The increase was first reported by the FT") says the story follows the
  // outlet; any other citation there is a side source.
  const opening = (a: FoundAttribution): boolean => openingBlocks!.has(a.blockIndex) && (!ledeBlocks || ledeBlocks.has(a.blockIndex) || SCOOP.test(a.surface));
  if (openingBlocks && !attributions.some((a) => opening(a) || a.block === 'title' || isCredit(a) || (a.pattern === 'other' && !contributed(a)))) return { original: null, chain };
  // A press review sets several outlets side by side: none of them is the source of the story.
  // An agency may write the review for its partner sites ("What the papers say" / "By PA Reporters"): its credit
  // does not make the review a relay of one paper.
  // ... unless its lead outlet relays another ("تقارير فرنسية … ونقل موقع «فوت ميركاتو» عن صحيفة «نيس ماتان»"): a chain.
  const leadRelays = cites.some((c) => sameOutlet(c.from, best!.o) && !sameOutlet(c.to, best!.o));
  if (pressReview && score.size >= 2 && !leadRelays && !attributions.some((a) => (a.pattern === 'byline_via' || a.pattern === 'wire_dateline') && a.outlet.medium !== 'agency')) {
    const relays = attributions.filter((a) => isCredit(a) && !(host && sameOutlet(a.outlet, host))).map((a) => a.outlet);
    for (const r of relays) if (!chain.some((c) => sameOutlet(c, r))) chain.push(r);
    return { original: null, chain };
  }
  // A wire or syndication credit whose lede reports another outlet ("By Reuters" / "LONDON (Reuters) - ..., the Wall
  // Street Journal reported"): the credited outlet relays the one its lede cites.
  const CREDIT = new Set(['byline_via', 'wire_dateline', 'other']);
  // (An agency credited for the copy that also rang a party itself, "Contacté par Keystone-ATS, le Ministère public a
  // confirmé", is still following the outlet its lede cites.)
  // (An agency credited for the copy whose lede says another outlet revealed the story, and that also rang a party
  // itself, "Contacté par Keystone-ATS, le Ministère public a confirmé", is still following that outlet.)
  const followsScoop = !!ledeAttr && !sameOutlet(ledeAttr.outlet, best.o) && ledeAttr.pattern !== 'interview_with' && SCOOP.test(ledeAttr.surface) &&
    best.o.medium === 'agency' && attributions.some((a) => sameOutlet(a.outlet, best!.o) && CREDIT.has(a.pattern));
  const bestOnlyCredited = attributions.every((a) => !sameOutlet(a.outlet, best!.o) || CREDIT.has(a.pattern) || (followsScoop && a.pattern === 'interview_with'));
  if (bestOnlyCredited && ledeAttr && !sameOutlet(ledeAttr.outlet, best.o) && (ledeAttr.pattern === 'reported_by' || ledeAttr.pattern === 'according_to' || ledeAttr.pattern === 'published_by') &&
    attributions.some((a) => a.pattern === 'wire_dateline' && sameOutlet(a.outlet, best!.o) && a.blockIndex === ledeAttr!.blockIndex)) {
    best = score.get(key(ledeAttr.outlet)) ?? best;
  } else if (bestOnlyCredited && ledeBlocks) {
    // "Rome (AFP) - ... a affirmé au quotidien italien Corriere della Sera … Le quotidien milanais précise": the
    // credited wire relays the one outlet its opening paragraphs cite, when the story comes back to it.
    const others = attributions.filter((a) => !sameOutlet(a.outlet, best!.o) && !(host && sameOutlet(a.outlet, host)) && !CREDIT.has(a.pattern));
    const inLede = others.filter((a) => ledeBlocks.has(a.blockIndex));
    const lead = inLede[0];
    if (lead && inLede.every((a) => sameOutlet(a.outlet, lead.outlet)) && others.filter((a) => sameOutlet(a.outlet, lead.outlet)).length >= 2) {
      best = score.get(key(lead.outlet)) ?? best;
    }
  }
  // Follow "A cites B" from the main source to the deepest cited outlet.
  const path: OutletRef[] = [best.o];
  const seen = new Set<string>([key(best.o)]);
  for (;;) {
    const cur = path[path.length - 1]!;
    const next = cites.find((c) => sameOutlet(c.from, cur) && !seen.has(key(c.to)) && !(host && sameOutlet(c.to, host)));
    if (!next) break;
    seen.add(key(next.to));
    path.push(next.to);
  }
  // A wire or syndication credit (byline, dateline) of another outlet is a relay between the host and the source.
  const original = path[path.length - 1] ?? null;
  for (const a of attributions) {
    if (a.pattern !== 'byline_via' && a.pattern !== 'wire_dateline') continue;
    if ((host && sameOutlet(a.outlet, host)) || path.some((p) => sameOutlet(p, a.outlet))) continue;
    if (chain.some((p) => sameOutlet(p, a.outlet))) continue;
    chain.push(a.outlet);
  }
  chain.push(...path);
  return { original, chain };
}
