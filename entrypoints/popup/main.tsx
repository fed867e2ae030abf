import { render } from 'preact';
import { browser } from 'wxt/browser';
import { PopupApp } from '../../components/popup/popup-app';
import '../../components/popup/popup.css';

/** `popup.html?tab=<id>` shows that tab's analysis (the "open in a tab" view); else the active tab. */
async function targetTabId(): Promise<number | null> {
  const fromQuery = Number(new URLSearchParams(location.search).get('tab'));
  if (Number.isInteger(fromQuery) && fromQuery > 0) return fromQuery;
  const [active] = await browser.tabs.query({ active: true, currentWindow: true });
  return active?.id ?? null;
}

const root = document.getElementById('app');
if (root) {
  void targetTabId().then((tabId) => render(<PopupApp tabId={tabId} standalone={location.search.includes('tab=')} />, root));
}
