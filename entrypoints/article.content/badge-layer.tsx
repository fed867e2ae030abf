// Draws badges after attribution phrases. Each badge is a <span> host with its own shadow root (a
// content script's isolated world has no custom-element registry in Chrome, and a page could already
// own any tag name we picked). Hosts are inserted from the last attribution to the first: inserting
// splits a text node, which leaves every earlier offset of the recorded map valid.
import { render } from 'preact';
import { OutletBadge, BADGE_CSS } from '../../components/outlet-badge';
import type { Analysis, Attribution, OutletRecord } from '../../engine/types';
import type { TextPiece } from '../../extractor/extract-article';
import { domPointAt } from '../../extractor/text-map';
import type { UiLang } from '../../lib/i18n-badge';
import type { BadgeDensity } from '../../lib/settings-core';

export const BADGE_HOST_ATTR = 'data-isnad-badge';

export interface BadgeLayer {
  clear(): void;
  count(): number;
}

/** Picks the attributions that get a badge: by default the first two per outlet. */
export function chooseBadged(attributions: Attribution[], density: BadgeDensity): Attribution[] {
  const perOutlet = density === 'all' ? Infinity : density === 'first' ? 1 : 2;
  const counts = new Map<string, number>();
  const chosen: Attribution[] = [];
  for (const attribution of [...attributions].sort((a, b) => a.start - b.start)) {
    const key = attribution.outlet.id ?? `?${attribution.outlet.name}`;
    const n = counts.get(key) ?? 0;
    if (n >= perOutlet) continue;
    counts.set(key, n + 1);
    chosen.push(attribution);
  }
  return chosen;
}

export function drawBadges(options: {
  doc: Document;
  analysis: Analysis;
  pieces: TextPiece[];
  density: BadgeDensity;
  uiLang: UiLang;
  loadDetails: (id: string) => Promise<OutletRecord | null>;
}): BadgeLayer {
  const { doc, analysis, pieces, density, uiLang, loadDetails } = options;
  const hosts: HTMLElement[] = [];
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(BADGE_CSS);
  const siteSearch = analysis.primaryLinks.find((link) => link.kind === 'in_article') ?? analysis.primaryLinks.find((link) => link.kind === 'site_search') ?? null;
  const chosen = chooseBadged(analysis.attributions, density).sort((a, b) => b.end - a.end);
  for (const attribution of chosen) {
    const point = domPointAt(pieces, attribution.end, true);
    if (!point) continue;
    const host = doc.createElement('span');
    host.setAttribute(BADGE_HOST_ATTR, attribution.outlet.id ?? '');
    host.style.setProperty('all', 'initial');
    host.style.setProperty('display', 'inline');
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.adoptedStyleSheets = [sheet];
    const range = doc.createRange();
    try {
      range.setStart(point.node, point.offset);
      range.collapse(true);
      range.insertNode(host);
    } catch {
      continue;
    }
    render(
      <OutletBadge
        outlet={attribution.outlet}
        pattern={attribution.pattern}
        isOriginal={analysis.originalOutlet !== null && analysis.originalOutlet.id === attribution.outlet.id && analysis.originalOutlet.name === attribution.outlet.name}
        uiLang={uiLang}
        primaryLink={siteSearch}
        loadDetails={loadDetails}
      />,
      shadow,
    );
    hosts.push(host);
  }
  return {
    clear() {
      for (const host of hosts) {
        if (host.shadowRoot) render(null, host.shadowRoot);
        const parent = host.parentNode;
        host.remove();
        // Re-join the text node we split so the page's text is as it was.
        parent?.normalize();
      }
      hosts.length = 0;
    },
    count() {
      return hosts.length;
    },
  };
}
