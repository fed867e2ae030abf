// Reader settings live in extension storage, versioned so that an older saved shape is migrated, never
// dropped. Each version's saved example is tested. The shape and checks are in settings-core.ts.
import { storage } from 'wxt/utils/storage';
import { coerceSettings, DEFAULT_SETTINGS, migrateV1, type Settings, type SettingsV1 } from './settings-core';

export * from './settings-core';

function defineSettingsItem() {
  return storage.defineItem<Settings>('local:settings', {
    fallback: DEFAULT_SETTINGS,
    version: 2,
    migrations: {
      2: (old: SettingsV1) => migrateV1(old),
    },
  });
}

let definedItem: ReturnType<typeof defineSettingsItem> | null = null;
function item(): ReturnType<typeof defineSettingsItem> {
  definedItem ??= defineSettingsItem();
  return definedItem;
}

/**
 * The settings item, defined on first use: defining a versioned item reads storage at once to run its
 * migrations, and the content script must not touch storage on pages that are not articles.
 */
export const settingsItem = {
  getValue: (): Promise<Settings> => item().getValue(),
  setValue: (value: Settings): Promise<void> => item().setValue(value),
  watch: (callback: (value: Settings, old: Settings) => void): (() => void) => item().watch(callback),
  migrate: (): Promise<void> => item().migrate(),
};


export async function getSettings(): Promise<Settings> {
  return coerceSettings(await settingsItem.getValue());
}
