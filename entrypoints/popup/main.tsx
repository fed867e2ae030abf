import { render } from 'preact';
import { browser } from 'wxt/browser';
import { PopupApp } from '../../components/popup/popup-app';
import { request } from '../../lib/messaging';
import { getSettings, DEFAULT_SETTINGS } from '../../lib/settings';
// oxlint-disable-next-line import/no-unassigned-import -- a stylesheet is imported for its effect
import '../../components/popup/popup.css';

/** `popup.html?tab=<id>` shows that tab's analysis (the "open in a tab" view); else the active tab. */
async function targetTabId(): Promise<number | null> {
  const raw = new URLSearchParams(location.search).get('tab');
  const fromQuery = raw === null ? Number.NaN : Number(raw);
  if (Number.isInteger(fromQuery) && fromQuery >= 0) return fromQuery;
  const [active] = await browser.tabs.query({ active: true, currentWindow: true });
  return active?.id ?? null;
}

/** Opened in a tab with ?tab=<id>; `&view=popup` keeps the toolbar popup's frame (screenshots, tests). */
function isStandalone(): boolean {
  const params = new URLSearchParams(location.search);
  return params.has('tab') && params.get('view') !== 'popup';
}

performance.mark?.('isnad:popup-script');
const root = document.getElementById('app');
if (root) {
  // Every read the first paint needs starts at once: the interface language and the tab's analysis.
  const tabId = targetTabId();
  const state = tabId.then((id) => (id === null ? null : request('analysis:get-for-tab', { tabId: id }).catch(() => null)));
  void Promise.all([tabId, getSettings().catch(() => DEFAULT_SETTINGS), state]).then(([id, settings, initialState]) => {
    performance.mark?.('isnad:popup-data');
    render(<PopupApp tabId={id} standalone={isStandalone()} settings={settings} initialState={initialState} />, root);
  });
}
