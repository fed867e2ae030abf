// Finds a news page's article in a live Document without changing it, and returns its text as the
// engine reads it: title, byline, dateline, paragraphs and captions as blocks with offsets, plus a map
// from every offset back to the DOM text node it came from (so badges land on the right words).
//
// Why not Readability: Readability clones and rewrites the page, which costs a full copy of the DOM and
// loses the link between its output and the live nodes that badges must attach to. This walker reads
// the live tree once, scores paragraph containers the way Readability does (text length, commas, link
// density, class/id hints), and keeps node references. `npm run bench` compares the two on the corpus.
//
// Limits: a page whose article is split across several unrelated containers keeps only the best one
// (plus the headline and byline found near it); text is capped at MAX_TEXT characters.
import type { ArticleInput, ArticleLink, BlockKind, Lang, TextBlock } from '../engine/types';

export const MAX_TEXT = 400_000;
const MAX_BLOCKS = 4_000;
const MAX_SCORED_PARAGRAPHS = 6_000;
const SHORT_ARTICLE = 500;

/** Subtrees that are never part of the article (sidebars carry their own attributions). */
const UNLIKELY =
  /(^|[\s_-])(comments?|commentaires?|respond|reply|share|sharing|social|related|relatedposts|sidebar|aside|widget|most-?(read|viewed|popular)|popular|trending|newsletter|subscribe|cookies?|consent|gdpr|banner|promo|advert|ads?|sponsor|breadcrumbs?|tags?|tag-list|footer|menu|nav|navbar|masthead|ticker|breaking|outbrain|taboola|recommend(ed|ations)?|more-stories|pagination|author-box|bio)([\s_-]|$)/i;
const LIKELY = /(^|[\s_-])(article|entry|post|story|content|body|text|main|news|detail|single)([\s_-]|$)/i;
const BYLINE_HINT = /(^|[\s_-])(byline|author|writer|by-?line|signature|credit|source)([\s_-]|$)/i;
const SKIP_TAGS = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'CANVAS', 'IFRAME', 'OBJECT', 'EMBED', 'VIDEO', 'AUDIO',
  'NAV', 'ASIDE', 'FOOTER', 'FORM', 'BUTTON', 'SELECT', 'TEXTAREA', 'INPUT', 'MENU', 'DIALOG',
]);
const SKIP_ROLES = new Set(['navigation', 'complementary', 'contentinfo', 'banner', 'menu', 'menubar', 'dialog', 'alertdialog', 'search']);
const INLINE_TAGS = new Set(['A', 'EM', 'STRONG', 'B', 'I', 'U', 'S', 'SPAN', 'SMALL', 'SUP', 'SUB', 'MARK', 'Q', 'CITE', 'ABBR', 'TIME', 'CODE', 'FONT', 'BDI', 'BDO', 'DFN', 'KBD', 'VAR', 'WBR', 'INS', 'DEL']);
const NESTED_BLOCKS = 'p, li, h1, h2, h3, h4, h5, h6, blockquote, figcaption, pre, table, div';
const CONTAINER_TAGS = new Set(['DIV', 'SECTION', 'ARTICLE', 'MAIN', 'BODY', 'HEADER', 'FIGURE', 'UL', 'OL', 'DL', 'TABLE', 'TBODY', 'TR', 'SPAN', 'CENTER', 'FONT']);
const ARTICLE_TYPES = /^(NewsArticle|Article|ReportageNewsArticle|AnalysisNewsArticle|BackgroundNewsArticle|OpinionNewsArticle|ReviewNewsArticle|BlogPosting|LiveBlogPosting|Report|ScholarlyArticle|TechArticle|SatiricalArticle)$/;

/** One run of the article text that came from one DOM text node. */
export interface TextPiece {
  start: number;
  end: number;
  node: Text;
  /** Offset inside the text node where this run starts. */
  nodeOffset: number;
  /** True when the text run is a verbatim copy (offsets map 1:1); false after whitespace collapsing. */
  exact: boolean;
}

export interface PageMetadata {
  title: string | null;
  siteName: string | null;
  url: string | null;
  canonical: string | null;
  lang: string | null;
  publishedAt: string | null;
  ogType: string | null;
  jsonLdTypes: string[];
  publisher: string | null;
  author: string | null;
  citations: string[];
}

export interface ExtractedArticle {
  article: ArticleInput;
  pieces: TextPiece[];
  root: Element | null;
  metadata: PageMetadata;
}

function text(el: Element | null | undefined): string {
  return (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

function jsonLdNodes(doc: Document): Record<string, unknown>[] {
  const nodes: Record<string, unknown>[] = [];
  const scripts = doc.querySelectorAll('script[type="application/ld+json"]');
  for (let i = 0; i < scripts.length && i < 20; i++) {
    const raw = scripts[i]?.textContent ?? '';
    if (raw.length > 500_000) continue;
    let parsed: unknown;
    try {
      parsed = JSON.parse(raw);
    } catch {
      continue;
    }
    const queue: unknown[] = [parsed];
    while (queue.length > 0 && nodes.length < 200) {
      const item = queue.shift();
      if (Array.isArray(item)) queue.push(...item.slice(0, 50));
      else if (item && typeof item === 'object') {
        const record = item as Record<string, unknown>;
        nodes.push(record);
        if (Array.isArray(record['@graph'])) queue.push(...(record['@graph'] as unknown[]).slice(0, 50));
      }
    }
  }
  return nodes;
}

function typesOf(node: Record<string, unknown>): string[] {
  const type = node['@type'];
  if (typeof type === 'string') return [type];
  if (Array.isArray(type)) return type.filter((t): t is string => typeof t === 'string');
  return [];
}

function nameOf(value: unknown): string | null {
  if (typeof value === 'string') return value.trim() || null;
  if (Array.isArray(value)) return nameOf(value[0]);
  if (value && typeof value === 'object') return nameOf((value as Record<string, unknown>).name);
  return null;
}

function urlsOf(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(urlsOf).slice(0, 50);
  if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    return urlsOf(record.url ?? record['@id']);
  }
  return [];
}

/**
 * The page's <meta> and <link rel=canonical> values, read in one pass: each querySelector for a tag a
 * page does not have scans the whole document, and most pages lack most of them.
 */
function headValues(doc: Document): Map<string, string> {
  const values = new Map<string, string>();
  const tags = doc.querySelectorAll('meta, link[rel="canonical"]');
  for (let i = 0; i < tags.length && i < 2_000; i++) {
    const tag = tags[i]!;
    let key: string | null;
    let value: string | null;
    if (tag.tagName === 'LINK') {
      key = 'link:canonical';
      value = tag.getAttribute('href');
    } else {
      const name = tag.getAttribute('property') ?? tag.getAttribute('name') ?? tag.getAttribute('http-equiv');
      key = name ? name.toLowerCase() : null;
      value = tag.getAttribute('content');
    }
    const trimmed = value?.trim();
    if (key && trimmed && !values.has(key)) values.set(key, trimmed);
  }
  return values;
}

export function readMetadata(doc: Document, url?: string | null): PageMetadata {
  const ld = jsonLdNodes(doc);
  const head = headValues(doc);
  const articleNode = ld.find((node) => typesOf(node).some((t) => ARTICLE_TYPES.test(t)));
  const lang = (doc.documentElement?.getAttribute('lang') ?? head.get('content-language'))?.trim() ?? null;
  return {
    title: head.get('og:title') ?? nameOf(articleNode?.headline) ?? (text(doc.querySelector('title')) || null),
    siteName: head.get('og:site_name') ?? nameOf(articleNode?.publisher) ?? head.get('application-name') ?? null,
    url: url ?? null,
    canonical: head.get('link:canonical') ?? head.get('og:url') ?? null,
    lang: lang || null,
    publishedAt:
      head.get('article:published_time') ??
      (typeof articleNode?.datePublished === 'string' ? articleNode.datePublished : null) ??
      doc.querySelector('time[datetime]')?.getAttribute('datetime') ??
      null,
    ogType: head.get('og:type') ?? null,
    jsonLdTypes: ld.flatMap(typesOf).slice(0, 20),
    publisher: nameOf(articleNode?.publisher),
    author: nameOf(articleNode?.author) ?? head.get('author') ?? null,
    citations: articleNode ? [...urlsOf(articleNode.isBasedOn), ...urlsOf(articleNode.citation)].slice(0, 50) : [],
  };
}

function classAndId(el: Element): string {
  const cls = el.getAttribute('class') ?? '';
  const id = el.getAttribute('id') ?? '';
  return `${cls} ${id}`.slice(0, 300);
}

function isHidden(el: Element): boolean {
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const style = el.getAttribute('style');
  return style !== null && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style);
}

/** True for subtrees that are never article text. */
function isExcluded(el: Element, root: Element | null): boolean {
  if (SKIP_TAGS.has(el.tagName)) return true;
  const role = el.getAttribute('role');
  if (role && SKIP_ROLES.has(role)) return true;
  if (isHidden(el)) return true;
  if (el === root) return false;
  const hints = classAndId(el);
  if (hints.trim() && UNLIKELY.test(hints) && !LIKELY.test(hints) && el.tagName !== 'ARTICLE' && el.tagName !== 'BODY') {
    // A byline box is often classed "author": keep it so the byline is read.
    return !BYLINE_HINT.test(hints);
  }
  return false;
}

function isExcludedPath(el: Element, stopAt: Element | null): boolean {
  for (let cur: Element | null = el; cur && cur !== stopAt; cur = cur.parentElement) {
    if (isExcluded(cur, stopAt)) return true;
  }
  return false;
}

/** Tag, role and hidden checks only: for pages whose layout wrappers carry sidebar-like class names. */
function isStructurallyExcluded(el: Element): boolean {
  for (let cur: Element | null = el; cur; cur = cur.parentElement) {
    if (SKIP_TAGS.has(cur.tagName) || isHidden(cur)) return true;
    const role = cur.getAttribute('role');
    if (role && SKIP_ROLES.has(role)) return true;
  }
  return false;
}

function linkDensity(el: Element, length: number): number {
  if (length === 0) return 0;
  let linked = 0;
  const links = el.getElementsByTagName('a');
  for (let i = 0; i < links.length && i < 200; i++) linked += (links[i]?.textContent ?? '').length;
  return linked / length;
}

const COMMAS = /[,\u060c\uff0c]/g;

function commaCount(s: string): number {
  return s.match(COMMAS)?.length ?? 0;
}

/** Readability-style scoring: paragraphs give points to their parent and grandparent containers. */
function findRoot(doc: Document, strict = true): Element | null {
  const body = doc.body;
  if (!body) return null;
  const exclusion = new Map<Element, boolean>();
  const excluded = (el: Element) => (strict ? isExcludedPathCached(el, exclusion) : isStructurallyExcluded(el));
  const explicit = doc.querySelector('[itemprop="articleBody"]');
  if (explicit && !excluded(explicit) && text(explicit).length > 200) return explicit;
  // Most articles keep their text in <p>: score those first, and look at text held directly by <div>s
  // (sites that use <br> instead of paragraphs) only when paragraphs give too little. Every DOM access
  // from a content script costs, so the cheap pass must usually be the only one.
  let scores = scoreParagraphs(body, 'p, pre, td, blockquote, li');
  if (scoredText(scores) < SHORT_ARTICLE) scores = scoreParagraphs(body, 'p, pre, td, blockquote, li, div');
  let best: Element | null = null;
  let bestScore = 0;
  for (const [el, raw] of scores.byElement) {
    if (raw <= bestScore / 1.6) continue; // cannot win even with both bonuses
    if (excluded(el)) continue;
    const hints = classAndId(el);
    let score = raw;
    if (LIKELY.test(hints)) score *= 1.25;
    if (el.tagName === 'ARTICLE' || el.tagName === 'MAIN') score *= 1.25;
    if (score > bestScore) {
      best = el;
      bestScore = score;
    }
  }
  if (!best) return doc.querySelector('article, main, [role="main"]') ?? body;
  return best;
}

interface Scores {
  byElement: Map<Element, number>;
  textLength: number;
}

function scoredText(scores: Scores): number {
  return scores.textLength;
}

/** Readability-style scoring: paragraphs give points to their parent and grandparent containers. */
function scoreParagraphs(body: Element, selector: string): Scores {
  const byElement = new Map<Element, number>();
  let textLength = 0;
  const paragraphs = body.querySelectorAll(selector);
  const limit = Math.min(paragraphs.length, MAX_SCORED_PARAGRAPHS * 3);
  for (let i = 0; i < limit; i++) {
    const p = paragraphs[i];
    if (!p) continue;
    const tag = p.tagName;
    // A <div> counts as a paragraph only for the text it holds itself.
    if (tag === 'DIV' && !holdsOwnText(p, 25)) continue;
    const content = tag === 'DIV' ? ownText(p) : (p.textContent ?? '');
    if (content.length < 25) continue;
    const length = content.trim().length;
    if (length < 25) continue;
    if (tag === 'LI' && length < 80) continue;
    textLength += length;
    let score = 1 + commaCount(content) + Math.min(Math.floor(length / 100), 3);
    score *= 1 - Math.min(0.9, linkDensity(p, length));
    let parent = p.parentElement;
    for (let level = 0; parent && level < 3; level++, parent = parent.parentElement) {
      const divider = level === 0 ? 1 : level === 1 ? 2 : 3 * level;
      byElement.set(parent, (byElement.get(parent) ?? 0) + score / divider);
    }
  }
  return { byElement, textLength };
}

/** isExcludedPath with the answer for each ancestor remembered: candidates share most of their ancestors. */
function isExcludedPathCached(el: Element, memo: Map<Element, boolean>): boolean {
  const path: Element[] = [];
  let answer = false;
  for (let cur: Element | null = el; cur; cur = cur.parentElement) {
    const known = memo.get(cur);
    if (known !== undefined) {
      answer = known;
      break;
    }
    path.push(cur);
    if (isExcluded(cur, null)) {
      answer = true;
      break;
    }
  }
  // Everything below an excluded ancestor is excluded; everything below a clean path is clean.
  for (const visited of path) memo.set(visited, answer);
  return answer;
}

/** Finds the headline: the h1 before or inside the article root, else the page title metadata. */
function findHeadline(doc: Document, root: Element | null): Element | null {
  const inRoot = root?.querySelector('h1');
  if (inRoot) return inRoot;
  const all = doc.querySelectorAll('h1');
  let candidate: Element | null = null;
  for (let i = 0; i < all.length; i++) {
    const h1 = all[i];
    if (!h1 || isExcludedPath(h1, null)) continue;
    if (!root) return h1;
    // Prefer the last h1 that precedes the article body in document order.
    if (h1.compareDocumentPosition(root) & 4 /* FOLLOWING */) candidate = h1;
  }
  return candidate ?? all[0] ?? null;
}

function findByline(doc: Document, headline: Element | null, root: Element | null): Element | null {
  const scope = root?.closest('article') ?? root?.parentElement ?? doc.body;
  if (!scope) return null;
  const candidates = scope.querySelectorAll('[rel="author"], [itemprop="author"], [class*="byline" i], [class*="author" i], [class*="signature" i], address');
  for (let i = 0; i < candidates.length && i < 30; i++) {
    let el = candidates[i];
    if (!el) continue;
    // A byline box that also holds the date: read the author part only.
    if (el.querySelector('time')) {
      const author = el.querySelector('[rel="author"], [itemprop="author"], [class*="author" i]');
      if (author && text(author)) el = author;
    }
    const value = text(el);
    if (value.length > 0 && value.length < 160 && !isExcludedPath(el, scope.parentElement)) {
      // Use the outermost byline-ish element so "X عن Y" stays whole.
      let outer: Element = el;
      // ...but not up to a box that also holds the date: the dateline is a block of its own.
      while (
        outer.parentElement &&
        outer.parentElement !== scope &&
        BYLINE_HINT.test(classAndId(outer.parentElement)) &&
        text(outer.parentElement).length < 200 &&
        !outer.parentElement.querySelector('time')
      ) {
        outer = outer.parentElement;
      }
      return outer;
    }
  }
  // Many Arabic sites print the byline as a short line right after the headline.
  let next = headline?.nextElementSibling ?? null;
  for (let i = 0; next && i < 3; i++, next = next.nextElementSibling) {
    const value = text(next);
    if (value.length > 0 && value.length < 80 && !next.querySelector('p') && next.tagName !== 'P') return next;
  }
  return null;
}

interface Builder {
  parts: string[];
  length: number;
  /** True right after a block separator: no folded space is added there. */
  endsWithBreak: boolean;
  pieces: TextPiece[];
  blocks: TextBlock[];
  links: ArticleLink[];
  seen: Set<Node>;
}

/** White space that is not a lone ordinary space: where a verbatim run of text must end. */
const WHITESPACE_BREAK = /[\t\n\r\f\u00a0 ]{2,}|[\t\n\r\f\u00a0]/g;

/** Appends one text node, folding runs of white space; records pieces for the offset map. */
function appendTextNode(b: Builder, node: Text, pendingSpace: { value: boolean }): void {
  const data = node.data;
  WHITESPACE_BREAK.lastIndex = 0;
  let from = 0;
  for (;;) {
    const match = WHITESPACE_BREAK.exec(data);
    const end = match ? match.index : data.length;
    let runStart = from;
    let runEnd = end;
    if (runStart < runEnd && data.charCodeAt(runStart) === 32) {
      runStart++;
      pendingSpace.value = true;
    }
    const trailingSpace = runEnd > runStart && data.charCodeAt(runEnd - 1) === 32;
    if (trailingSpace) runEnd--;
    if (runEnd > runStart) {
      if (pendingSpace.value && b.length > 0 && !b.endsWithBreak) {
        b.parts.push(' ');
        b.length += 1;
      }
      pendingSpace.value = false;
      const outStart = b.length;
      b.parts.push(runStart === 0 && runEnd === data.length ? data : data.slice(runStart, runEnd));
      b.length += runEnd - runStart;
      b.endsWithBreak = false;
      b.pieces.push({ start: outStart, end: b.length, node, nodeOffset: runStart, exact: true });
    }
    if (trailingSpace) pendingSpace.value = true;
    if (!match) break;
    pendingSpace.value = true;
    from = match.index + match[0].length;
  }
}

function appendBlock(b: Builder, el: Element, kind: BlockKind, stopAt: Element | null): void {
  if (b.blocks.length >= MAX_BLOCKS || b.length >= MAX_TEXT || b.seen.has(el)) return;
  if (b.length > 0) {
    b.parts.push('\n\n');
    b.length += 2;
    b.endsWithBreak = true;
  }
  const start = b.length;
  const pendingSpace = { value: false };
  // Iterative walk in document order: deep pages must not overflow the call stack.
  const stack: Node[] = [];
  for (let child = el.lastChild; child; child = child.previousSibling) stack.push(child);
  while (stack.length > 0 && b.length < MAX_TEXT) {
    const node = stack.pop()!;
    if (node.nodeType === 3) {
      appendTextNode(b, node as Text, pendingSpace);
    } else if (node.nodeType === 1) {
      const child = node as Element;
      if (child.tagName === 'BR') {
        pendingSpace.value = true;
        continue;
      }
      // Inline markup inside a paragraph is text; only block-level children can be boxes to leave out.
      if (INLINE_TAGS.has(child.tagName) ? SKIP_TAGS.has(child.tagName) : isExcluded(child, stopAt) || b.seen.has(child)) continue;
      for (let grand = child.lastChild; grand; grand = grand.previousSibling) stack.push(grand);
    }
  }
  b.seen.add(el);
  if (b.length === start) {
    // Nothing readable: take back the separator.
    if (start >= 2) {
      b.parts.pop();
      b.length -= 2;
    }
    return;
  }
  b.blocks.push({ start, end: b.length, kind });
  const anchors = el.getElementsByTagName('a');
  for (let i = 0; i < anchors.length && b.links.length < 2_000; i++) {
    const anchor = anchors[i] as HTMLAnchorElement | undefined;
    const raw = anchor?.getAttribute('href');
    if (!anchor || !raw || raw.startsWith('#')) continue;
    // Browsers resolve `href` natively; DOMs without a base URL (the CLI's) give it back as written.
    let resolved = typeof anchor.href === 'string' ? anchor.href : raw;
    if (!/^https?:/i.test(resolved)) resolved = resolveHref(raw, el.ownerDocument);
    if (/^https?:/i.test(resolved)) b.links.push({ href: resolved });
  }
}

function resolveHref(href: string, doc: Document): string {
  try {
    return new URL(href, doc.baseURI || undefined).href;
  } catch {
    return href;
  }
}

function blockKindOf(el: Element): BlockKind | null {
  switch (el.tagName) {
    case 'P':
    case 'BLOCKQUOTE':
    case 'PRE':
    case 'DD':
    case 'DT':
    case 'TD':
    case 'TH':
    case 'LI':
    case 'ADDRESS':
      return 'paragraph';
    case 'H1':
    case 'H2':
    case 'H3':
    case 'H4':
    case 'H5':
    case 'H6':
      return 'heading';
    case 'FIGCAPTION':
    case 'CAPTION':
      return 'caption';
    default:
      return null;
  }
}

/** The text an element holds directly, not through child elements. */
function ownText(el: Element): string {
  let out = '';
  for (let child = el.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === 3) out += (child as Text).data;
  }
  return out;
}

/** True when the element's own text nodes hold more than `min` characters: checked without building strings. */
function holdsOwnText(el: Element, min: number): boolean {
  let total = 0;
  for (let child = el.firstChild; child; child = child.nextSibling) {
    if (child.nodeType !== 3) continue;
    const data = (child as Text).data;
    total += data.length;
    if (total > min && data.trim().length > 0) return true;
  }
  return total > min && ownText(el).trim().length > min;
}

/** True when an element holds text directly (not only through block children): some sites use <br>. */
function hasOwnText(el: Element): boolean {
  return holdsOwnText(el, 20);
}

function collectBody(b: Builder, root: Element): void {
  const stack: Element[] = [root];
  // Depth-first, in document order; depth is bounded by the stack, not the JS call stack.
  const order: Element[] = [];
  while (stack.length > 0 && order.length < 200_000) {
    const el = stack.pop()!;
    order.push(el);
    if (el !== root && isExcluded(el, root)) {
      order.pop();
      continue;
    }
    const kind = blockKindOf(el);
    const holdsBlocks = kind !== null && el.querySelector(NESTED_BLOCKS) !== null;
    if (kind && !holdsBlocks) {
      if (el.tagName === 'H1') continue; // the headline is taken separately
      appendBlock(b, el, kind, root);
      continue;
    }
    if (holdsBlocks || CONTAINER_TAGS.has(el.tagName) || el === root) {
      if (hasOwnText(el) && !el.querySelector('p')) {
        appendBlock(b, el, 'paragraph', root);
        continue;
      }
      for (let child = el.lastElementChild; child; child = child.previousElementSibling) stack.push(child);
    }
  }
}

export function languageOf(metadataLang: string | null, sample: string): Lang | null {
  const declared = metadataLang?.slice(0, 2).toLowerCase();
  let arabic = 0;
  let latin = 0;
  const limit = Math.min(sample.length, 1_500);
  for (let i = 0; i < limit; i++) {
    const c = sample.charCodeAt(i);
    if (c >= 0x0600 && c <= 0x06ff) arabic++;
    else if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c <= 0x17f)) latin++;
  }
  if (arabic > latin) return 'ar';
  if (declared === 'fr' || declared === 'en') return declared;
  if (latin === 0) return declared === 'ar' ? 'ar' : null;
  // Cheap French/English vote on function words.
  const words = sample.slice(0, 4_000).toLowerCase();
  const fr = (words.match(/\b(le|la|les|des|du|une|est|selon|dans|pour|avec|qui|que)\b/g) ?? []).length;
  const en = (words.match(/\b(the|and|of|to|in|is|was|that|for|with|said|according)\b/g) ?? []).length;
  return fr > en ? 'fr' : 'en';
}

/** The cheap first check: does this page look like one article? */
export function isProbablyArticle(doc: Document, meta: PageMetadata = readMetadata(doc)): boolean {
  if (meta.jsonLdTypes.some((t) => ARTICLE_TYPES.test(t))) return true;
  if (meta.ogType?.toLowerCase() === 'article') return true;
  // isProbablyReaderable-style: enough long paragraphs outside navigation.
  const nodes = doc.querySelectorAll('p, pre, article');
  let score = 0;
  for (let i = 0; i < nodes.length && i < 3_000; i++) {
    const node = nodes[i];
    if (!node) continue;
    const length = (node.textContent ?? '').trim().length;
    if (length < 140) continue;
    if (UNLIKELY.test(classAndId(node)) && !LIKELY.test(classAndId(node))) continue;
    score += Math.sqrt(length - 140);
    if (score > 20) return true;
  }
  return false;
}

export function extractArticleWithMap(doc: Document, url?: string | null, known?: PageMetadata): ExtractedArticle {
  const metadata = known ? { ...known, url: url ?? known.url } : readMetadata(doc, url);
  let root = findRoot(doc);
  let b = buildText(doc, metadata, root);
  // Some layouts wrap the whole page in class names like "two-col-sidebar" or "widget Blog": when
  // the strict pass finds little, retry ignoring class hints on the root's ancestors.
  if (bodyLength(b) < SHORT_ARTICLE) {
    const lenient = findRoot(doc, false);
    if (lenient && lenient !== root) {
      const retry = buildText(doc, metadata, lenient);
      if (bodyLength(retry) > bodyLength(b)) {
        b = retry;
        root = lenient;
      }
    }
  }
  const fullText = b.parts.join('');
  const titleBlock = b.blocks.find((block) => block.kind === 'title');
  const title = titleBlock ? fullText.slice(titleBlock.start, titleBlock.end) : (metadata.title ?? '');
  const article: ArticleInput = {
    text: fullText,
    blocks: b.blocks,
    url: url ?? metadata.canonical ?? null,
    siteName: metadata.siteName,
    title,
    lang: languageOf(metadata.lang, fullText),
    publishedAt: metadata.publishedAt,
    links: dedupeLinks(b.links),
    citations: metadata.citations,
  };
  return { article, pieces: b.pieces, root, metadata };
}

function bodyLength(b: Builder): number {
  let length = 0;
  for (const block of b.blocks) if (block.kind !== 'title' && block.kind !== 'byline') length += block.end - block.start;
  return length;
}

function buildText(doc: Document, metadata: PageMetadata, root: Element | null): Builder {
  const b: Builder = { parts: [], length: 0, endsWithBreak: true, pieces: [], blocks: [], links: [], seen: new Set() };
  const headline = findHeadline(doc, root);
  if (headline) appendBlock(b, headline, 'title', null);
  else if (metadata.title) {
    b.parts.push(metadata.title);
    b.length += metadata.title.length;
    b.endsWithBreak = false;
    b.blocks.push({ start: 0, end: metadata.title.length, kind: 'title' });
  }
  const byline = findByline(doc, headline, root);
  if (byline && !(root && byline.contains(root))) appendBlock(b, byline, 'byline', null);
  if (root) collectBody(b, root);
  return b;
}

function dedupeLinks(links: ArticleLink[]): ArticleLink[] {
  const seen = new Set<string>();
  return links.filter((link) => (seen.has(link.href) ? false : (seen.add(link.href), true)));
}

export function extractArticle(doc: Document, url?: string | null): ArticleInput {
  return extractArticleWithMap(doc, url).article;
}
