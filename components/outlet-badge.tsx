// The inline badge drawn after an attribution phrase, and the small card it opens on hover or focus.
// Rendered by Preact inside a shadow root, so page styles and ours never mix; every string is set as
// text, never as HTML.
import { useState } from 'preact/hooks';
import type { AttributionPattern, OutletRecord, OutletRef, PrimaryLink } from '../engine/types';
import { MediumIcon } from './medium-icon';
import { badgeText as t, countryName, mediumName, patternName, type UiLang } from '../lib/i18n-badge';

export interface BadgeProps {
  outlet: OutletRef;
  pattern: AttributionPattern;
  isOriginal: boolean;
  uiLang: UiLang;
  primaryLink: PrimaryLink | null;
  loadDetails: (id: string) => Promise<OutletRecord | null>;
}

export function OutletBadge({ outlet, pattern, isOriginal, uiLang, primaryLink, loadDetails }: BadgeProps) {
  const [open, setOpen] = useState(false);
  const [details, setDetails] = useState<OutletRecord | null>(null);
  const dir = uiLang === 'ar' ? 'rtl' : 'ltr';
  const show = () => {
    setOpen(true);
    if (outlet.id && !details) void loadDetails(outlet.id).then(setDetails, () => undefined);
  };
  // The country's full name needs Intl.DisplayNames, costly to create on every page: the label carries
  // the code, and the card (read on focus) spells the country out.
  const label = t(uiLang, 'badgeLabel', {
    outlet: outlet.name,
    medium: mediumName(uiLang, outlet.medium),
    country: outlet.country ?? '',
  });
  return (
    <span class="wrap" dir={dir} onMouseEnter={show} onMouseLeave={() => setOpen(false)}>
      <button
        type="button"
        class={`badge${isOriginal ? ' original' : ''}${outlet.known ? '' : ' unknown'}`}
        aria-label={label}
        aria-expanded={open}
        onFocus={show}
        onBlur={() => setOpen(false)}
        onKeyDown={(event) => {
          if (event.key === 'Escape') setOpen(false);
        }}
      >
        <MediumIcon medium={outlet.medium} />
        <span class="name">{outlet.name}</span>
        {outlet.country ? <span class="country">{outlet.country}</span> : null}
      </button>
      {open ? (
        <span class="card" role="tooltip">
          <span class="card-title">{outlet.name}</span>
          <span class="row">{patternName(uiLang, pattern)}</span>
          <span class="row">
            {mediumName(uiLang, outlet.medium)}
            {outlet.country ? ` · ${countryName(uiLang, outlet.country)}` : ''}
          </span>
          {details?.owner ? (
            <span class="row">
              {t(uiLang, 'owner')}: {details.owner.name}
              {details.owner.asOf ? ` (${details.owner.asOf})` : ''}
            </span>
          ) : null}
          {details?.stateAffiliation ? (
            <span class="row">
              {t(uiLang, 'stateAffiliation')}: {details.stateAffiliation.typology}
            </span>
          ) : null}
          {!outlet.known ? <span class="row">{t(uiLang, 'notInRegistry')}</span> : null}
          {isOriginal && primaryLink ? (
            <a class="row link" href={primaryLink.url} target="_blank" rel="noopener noreferrer">
              {t(uiLang, 'findPrimaryReport')}
            </a>
          ) : null}
        </span>
      ) : null}
    </span>
  );
}

export const BADGE_CSS = `
:host { all: initial; display: inline; }
.wrap { position: relative; display: inline-block; vertical-align: baseline; line-height: 1; margin-inline: 3px; }
.badge { all: unset; box-sizing: border-box; display: inline-flex; align-items: center; gap: 3px; height: 1.35em;
  padding: 0 5px; border-radius: 9px; font: 600 11px/1 system-ui, "Noto Sans Arabic", sans-serif; cursor: pointer;
  background: #fef3c7; color: #78350f; border: 1px solid #f59e0b; white-space: nowrap; }
.badge.original { background: #fde68a; }
.badge.unknown { background: #f1f5f9; color: #334155; border-color: #94a3b8; }
.badge:focus-visible { outline: 2px solid #1d4ed8; outline-offset: 1px; }
.country { font-weight: 400; opacity: .8; }
.card { position: absolute; z-index: 2147483647; inset-block-start: calc(100% + 4px); inset-inline-start: 0;
  display: flex; flex-direction: column; gap: 4px; min-width: 200px; max-width: 300px; padding: 10px 12px;
  border-radius: 8px; background: #fff; color: #1e293b; border: 1px solid #cbd5e1;
  box-shadow: 0 6px 20px rgba(15, 23, 42, .18); font: 12px/1.45 system-ui, "Noto Sans Arabic", sans-serif; white-space: normal; }
.card-title { font-weight: 700; font-size: 13px; }
.row { display: block; }
.link { color: #1d4ed8; text-decoration: underline; }
@media (prefers-color-scheme: dark) {
  .badge { background: #451a03; color: #fde68a; border-color: #b45309; }
  .badge.original { background: #78350f; }
  .badge.unknown { background: #1e293b; color: #cbd5e1; border-color: #475569; }
  .card { background: #0f172a; color: #e2e8f0; border-color: #334155; }
  .link { color: #93c5fd; }
}
`;
