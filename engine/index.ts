// The engine's public API: pure functions over plain data (see analyze.ts for the pipeline).

export type * from './types';
export { analyzeArticle, emptyAnalysis, setEngineDebug, type EngineDeps } from './analyze';
export { normalizeForMatch, normalizeWithMap, hasArabic } from './normalize';
export { tokenize, wordForms, type Tokens } from './tokenize';
export { buildRegistryIndex, compileAliasIndex, aliasKey, normalizeHost, type RegistryIndex, type CompactAliasIndex, type AliasEntry } from './registry-index';
export { buildPeopleIndex, type PeopleIndex, type PersonEntry } from './people-index';
export { textToArticleInput } from './text-input';
export { compactSources, expandSources, DEFAULT_SOURCES_KEY } from './registry-sources';
export { detectLang } from './lang';
export { CUES, CueKind } from './cues/index';
