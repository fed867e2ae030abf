// The toolbar badge tells, per tab, whether the page relays another outlet: the number of outlets between
// this page and the original report (amber), or nothing on a first-hand or unanalysed page. Per-tab
// badge state lives in the browser, not in the worker, so it survives the worker being stopped.
import type { Analysis } from '../../engine/types';

export const RELAY_BADGE_COLOR = '#b45309';

export interface BadgeState {
  text: string;
  color: string | null;
  title: string;
}

/** True when the page's story comes from an outlet other than the page's own. */
export function relaysAnotherOutlet(analysis: Analysis | null): boolean {
  const original = analysis?.originalOutlet;
  if (!analysis || !original) return false;
  const host = analysis.hostOutlet;
  if (!host) return true;
  if (host.id !== null && original.id !== null) return host.id !== original.id;
  return host.name !== original.name;
}

export function badgeFor(analysis: Analysis | null): BadgeState {
  if (!analysis || !relaysAnotherOutlet(analysis)) {
    return { text: '', color: null, title: analysis ? 'Isnad: first-hand report' : 'Isnad' };
  }
  const original = analysis.originalOutlet!;
  // chain = this page → relays → original: the links after this page.
  const hops = Math.max(1, analysis.chain.length - 1);
  const via = analysis.chain.slice(1, -1).map((o) => o.name);
  const title = via.length ? `Isnad: relays ${original.name} (via ${via.join(' → ')})` : `Isnad: relays ${original.name}`;
  return { text: String(hops), color: RELAY_BADGE_COLOR, title };
}

/** The subset of `browser.action` the badge needs (chrome.action in MV3, browserAction's twin in MV2). */
export interface ActionApi {
  setBadgeText(details: { tabId: number; text: string }): Promise<void> | void;
  setBadgeBackgroundColor(details: { tabId: number; color: string }): Promise<void> | void;
  setTitle(details: { tabId: number; title: string }): Promise<void> | void;
}

export function createBadgeSetter(action: ActionApi | undefined): (tabId: number, analysis: Analysis | null) => Promise<void> {
  return async (tabId, analysis) => {
    if (!action) return;
    const state = badgeFor(analysis);
    try {
      await action.setBadgeText({ tabId, text: state.text });
      if (state.color) await action.setBadgeBackgroundColor({ tabId, color: state.color });
      await action.setTitle({ tabId, title: state.title });
    } catch {
      // The tab may have closed between the analysis and the badge; nothing to show then.
    }
  };
}
