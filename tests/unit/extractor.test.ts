// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { extractArticleWithMap, isProbablyArticle, languageOf, readMetadata, type TextPiece } from '../../extractor/extract-article';
import { domPointAt, rangeFor } from '../../extractor/text-map';

/** The live DOM text between two offsets, walked node by node (happy-dom's Range.toString is unreliable). */
function domText(pieces: TextPiece[], start: number, end: number): string {
  const from = domPointAt(pieces, start)!;
  const to = domPointAt(pieces, end, true)!;
  if (from.node === to.node) return from.node.data.slice(from.offset, to.offset).replace(/\s+/g, ' ');
  let out = from.node.data.slice(from.offset);
  const walker = from.node.ownerDocument.createTreeWalker(from.node.ownerDocument.body, 4);
  walker.currentNode = from.node;
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    if (node === to.node) return (out + node.data.slice(0, to.offset)).replace(/\s+/g, ' ');
    out += node.data;
  }
  return out;
}

function page(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

const FRENCH_PAGE = `<!doctype html><html lang="fr"><head>
<meta charset="utf-8"><title>Grève à la SNCF : le trafic perturbé jusqu'à mardi - Le Courrier du Nord</title>
<meta property="og:type" content="article"><meta property="og:site_name" content="Le Courrier du Nord">
<link rel="canonical" href="https://www.courrier-du-nord.example/societe/greve-sncf">
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"Le Courrier du Nord"},
{"@type":"NewsArticle","headline":"Grève à la SNCF","datePublished":"2025-03-02T08:00:00+01:00","publisher":{"@type":"Organization","name":"Le Courrier du Nord"},
"isBasedOn":"https://www.lemonde.fr/societe/article/2025/03/01/greve.html"}]}</script>
</head><body>
<header class="site-header"><nav class="menu"><a href="/">Accueil</a><a href="/societe">Société</a></nav></header>
<div class="cookie-banner">Nous utilisons des cookies pour améliorer votre expérience. <button>Accepter</button></div>
<main>
  <article class="post">
    <h1>Grève à la SNCF : le trafic perturbé jusqu'à mardi</h1>
    <p class="byline">Par la rédaction, avec AFP</p>
    <div class="article-body">
      <p>Le trafic restera fortement perturbé jusqu'à mardi sur les lignes TER de la région, selon Le Parisien, qui cite une note interne de la direction régionale.</p>
      <p>Les syndicats réclament une revalorisation des salaires, a indiqué un porte-parole à l'AFP, précisant que le mouvement   pourrait   être reconduit.</p>
      <figure><img src="x.jpg" alt=""><figcaption>Un quai vide à Lille, lundi matin.</figcaption></figure>
      <p>La direction assure que <a href="https://www.lemonde.fr/societe/article/2025/03/01/greve.html">des discussions</a> sont en cours.</p>
    </div>
    <div class="share-bar">Partager sur Facebook selon vos envies</div>
    <section class="comments"><h3>Commentaires</h3><p>Selon moi, d'après BFMTV, tout cela est exagéré et la grève va durer encore longtemps.</p></section>
  </article>
  <aside class="sidebar"><h3>Les plus lus</h3><ul><li><a href="/x">Selon Libération, le gouvernement prépare un nouveau texte sur les retraites et les régimes spéciaux</a></li></ul></aside>
</main>
<footer>© Le Courrier du Nord</footer>
</body></html>`;

describe('extractArticleWithMap', () => {
  it('reads title, byline, paragraphs and captions, and leaves out navigation, sidebars, share bars, comments and cookie notices', () => {
    const doc = page(FRENCH_PAGE);
    const { article } = extractArticleWithMap(doc, 'https://www.courrier-du-nord.example/societe/greve-sncf');
    expect(article.title).toBe("Grève à la SNCF : le trafic perturbé jusqu'à mardi");
    expect(article.text).toContain('selon Le Parisien');
    expect(article.text).toContain("porte-parole à l'AFP");
    expect(article.text).toContain('Un quai vide à Lille');
    for (const boilerplate of ['Accueil', 'cookies', 'Partager sur Facebook', 'BFMTV', 'Libération', '© Le Courrier']) {
      expect(article.text).not.toContain(boilerplate);
    }
    const kinds = article.blocks?.map((b) => b.kind);
    expect(kinds?.[0]).toBe('title');
    expect(kinds?.[1]).toBe('byline');
    expect(article.text.slice(article.blocks![1]!.start, article.blocks![1]!.end)).toBe('Par la rédaction, avec AFP');
    expect(kinds).toContain('caption');
    expect(article.lang).toBe('fr');
    expect(article.siteName).toBe('Le Courrier du Nord');
    expect(article.citations).toEqual(['https://www.lemonde.fr/societe/article/2025/03/01/greve.html']);
    expect(article.links?.map((l) => l.href)).toContain('https://www.lemonde.fr/societe/article/2025/03/01/greve.html');
  });

  it('folds runs of white space', () => {
    const { article } = extractArticleWithMap(page(FRENCH_PAGE));
    expect(article.text).toContain('le mouvement pourrait être reconduit');
  });

  it('never changes the live page', () => {
    const doc = page(FRENCH_PAGE);
    const before = doc.documentElement.outerHTML;
    extractArticleWithMap(doc);
    isProbablyArticle(doc);
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('maps every offset of the text back to the DOM text it came from', () => {
    const doc = page(FRENCH_PAGE);
    const { article, pieces } = extractArticleWithMap(doc);
    for (const phrase of ['selon Le Parisien', "l'AFP", 'pourrait être reconduit', 'des discussions sont en cours', 'avec AFP']) {
      const start = article.text.indexOf(phrase);
      expect(start).toBeGreaterThanOrEqual(0);
      expect(rangeFor(pieces, start, start + phrase.length)).not.toBeNull();
      expect(domText(pieces, start, start + phrase.length)).toBe(phrase);
    }
    const end = article.text.indexOf('Le Parisien') + 'Le Parisien'.length;
    const point = domPointAt(pieces, end, true);
    expect(point?.node.data.slice(0, point.offset)).toMatch(/selon Le Parisien$/);
  });

  it('reads an Arabic page whose byline is a short line under the headline', () => {
    const doc = page(`<html lang="ar" dir="rtl"><head><meta property="og:type" content="article"></head><body>
      <article><h1>الحكومة تصادق على مشروع قانون المالية</h1><div>هيئة التحرير عن و.م.ع</div>
      <div class="entry-content"><p>صادق مجلس الحكومة، اليوم الخميس، على مشروع قانون المالية للسنة المقبلة، حسب ما أفادت به وكالة المغرب العربي للأنباء.</p>
      <p>وأوضح الناطق الرسمي باسم الحكومة أن المشروع يتضمن إجراءات لدعم القدرة الشرائية.</p></div></article></body></html>`);
    const { article } = extractArticleWithMap(doc);
    expect(article.lang).toBe('ar');
    const byline = article.blocks?.find((b) => b.kind === 'byline');
    expect(byline && article.text.slice(byline.start, byline.end)).toBe('هيئة التحرير عن و.م.ع');
    expect(article.text).toContain('حسب ما أفادت به وكالة المغرب العربي للأنباء');
  });

  it('finds the article when the layout wrappers carry sidebar-like class names', () => {
    const paragraph = '<p>Ministers met on Tuesday to discuss the budget, and officials said a deal was close after weeks of talks, while the opposition criticised the plan.</p>';
    const doc = page(`<html><body class="page two-col-sidebar-right"><div class="widget Blog"><div class="post-body">${paragraph.repeat(6)}</div></div></body></html>`);
    const { article } = extractArticleWithMap(doc);
    expect(article.text.match(/Ministers met/g)?.length).toBe(6);
  });

  it('keeps text that sits in divs separated by <br> rather than in paragraphs', () => {
    const doc = page(`<html><body><article><h1>Title</h1><div>First line of a long report about the harbour strike in Rotterdam.<br>Second line, citing Reuters, about ships waiting at anchor.</div></article></body></html>`);
    const { article } = extractArticleWithMap(doc);
    expect(article.text).toContain('harbour strike in Rotterdam. Second line, citing Reuters');
  });
});

describe('isProbablyArticle', () => {
  it('accepts JSON-LD or og:type articles and long-form pages, rejects section fronts', () => {
    expect(isProbablyArticle(page(FRENCH_PAGE))).toBe(true);
    const front = page(`<html><head><meta property="og:type" content="website"></head><body><h1>Monde</h1><ul>
      <li><a href="/1">Selon Reuters, les négociations reprennent</a></li><li><a href="/2">Inondations en Italie (AFP)</a></li></ul></body></html>`);
    expect(isProbablyArticle(front)).toBe(false);
    const long = '<p>' + 'Une phrase assez longue pour compter comme un vrai paragraphe de texte. '.repeat(6) + '</p>';
    expect(isProbablyArticle(page(`<html><body><div>${long.repeat(4)}</div></body></html>`))).toBe(true);
  });
});

describe('metadata', () => {
  it('reads JSON-LD inside @graph, and survives broken JSON-LD', () => {
    const meta = readMetadata(page(FRENCH_PAGE));
    expect(meta.publisher).toBe('Le Courrier du Nord');
    expect(meta.publishedAt).toBe('2025-03-02T08:00:00+01:00');
    expect(meta.jsonLdTypes).toContain('NewsArticle');
    const broken = readMetadata(page('<html><head><script type="application/ld+json">{"@type": "NewsArticle",</script></head><body></body></html>'));
    expect(broken.jsonLdTypes).toEqual([]);
  });

  it('tells the language from the script when the page declares none', () => {
    expect(languageOf(null, 'قال وزير الخارجية إن المحادثات مستمرة')).toBe('ar');
    expect(languageOf(null, 'Le ministre a déclaré que les discussions se poursuivent avec les syndicats')).toBe('fr');
    expect(languageOf(null, 'The minister said the talks would continue with the unions')).toBe('en');
    expect(languageOf('en', 'قال وزير الخارجية إن المحادثات مستمرة')).toBe('ar');
  });
});
