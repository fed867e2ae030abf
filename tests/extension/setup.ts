// oxlint-disable-next-line import/no-unassigned-import -- installs indexedDB on globalThis for Dexie
import 'fake-indexeddb/auto';
import { beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

beforeEach(() => {
  fakeBrowser.reset();
});
