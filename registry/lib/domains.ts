// Domain handling for the registry. A domain here is a host name as a reader sees it in the address bar,
// reduced to the part that names the outlet: no protocol, no path, no `www.`, lower-case, IDN in punycode.
// Subdomains that name a distinct outlet (`arabic.rt.com`, `francais.rt.com`) are kept; lookups walk up
// the labels, so `edition.cnn.com` still finds `cnn.com`.
//
// Datasets also give URLs of platforms a channel merely streams on (pluto.tv, YouTube, the FCC's public
// files for US stations): those name no outlet and are dropped, otherwise every Pluto channel would "be"
// the same outlet.

import { domainToASCII } from 'node:url';

/** Hosts that are platforms, archives or catalogues, never an outlet's own site. */
const PLATFORM_HOSTS = [
  'pluto.tv',
  'fcc.gov',
  'youtube.com',
  'youtu.be',
  'facebook.com',
  'fb.com',
  'twitter.com',
  'x.com',
  'instagram.com',
  'tiktok.com',
  't.me',
  'telegram.me',
  'vk.com',
  'ok.ru',
  'dailymotion.com',
  'twitch.tv',
  'livestream.com',
  'ustream.tv',
  'linktr.ee',
  'google.com',
  'sites.google.com',
  'wikipedia.org',
  'wikidata.org',
  'archive.org',
  'loc.gov',
  'pressdisplay.com',
  'pressreader.com',
  'proquest.com',
  'newsbank.com',
  'nexis.com',
  'lexisnexis.com',
  'serialssolutions.com',
  'scholarsportal.info',
  'worldcat.org',
  'hotstar.com',
  'abema.tv',
  'lovetvchannels.com',
  'samsungtvplus.com',
  'plex.tv',
  'roku.com',
  'tubitv.com',
  'tvplayer.com',
  'rumble.com',
  'soundcloud.com',
  'tunein.com',
  'apple.com',
  'blogger.com',
  'cairn.info',
  'persee.fr',
  'jstor.org',
  'gallica.bnf.fr',
  'retronews.fr',
  'newspapers.com',
  'newspaperarchive.com',
  'issuu.com',
  'calameo.com',
  'europeana.eu',
  'nla.gov.au',
  'hathitrust.org',
  'delpher.nl',
  'e-newspaperarchives.ch',
  'ebscohost.com',
  'factiva.com',
  'paperturn-view.com',
  'yumpu.com',
];

const WELL_FORMED = /^(?=.{4,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+(?:[a-z]{2,63}|xn--[a-z0-9-]{2,59})$/;

/** True for a bare, lower-case host name with at least one dot and no `www.` prefix. */
export function isWellFormedDomain(domain: string): boolean {
  return WELL_FORMED.test(domain) && !domain.startsWith('www.');
}

/** `https://WWW.Example.com/path` → `example.com`. Returns null for something that is not a web host. */
export function normalizeDomain(input: string): string | null {
  let s = input.trim().toLowerCase();
  if (!s) return null;
  if (!/^[a-z][a-z0-9+.-]*:\/\//.test(s)) s = `http://${s.replace(/^\/+/, '')}`;
  let host: string;
  try {
    host = new URL(s).hostname;
  } catch {
    return null;
  }
  host = domainToASCII(host.replace(/\.$/, ''));
  if (!host) return null;
  host = host.replace(/^(?:www\d*|m|mobile|amp)\./, '');
  return isWellFormedDomain(host) ? host : null;
}

/** True when `host` is `platform` or one of its subdomains. */
export function isUnder(host: string, parent: string): boolean {
  return host === parent || host.endsWith(`.${parent}`);
}

/** True when the host belongs to a streaming platform, social network or library catalogue. */
export function isPlatformHost(host: string): boolean {
  return PLATFORM_HOSTS.some((p) => isUnder(host, p));
}

/** Dataset URL → outlet domain, dropping platform hosts and generic front-door subdomains (`edition.`). */
export function datasetDomain(url: string): string | null {
  const host = normalizeDomain(url);
  if (!host || isPlatformHost(host)) return null;
  return host.replace(/^(?:edition|web|portal|home)\.(?=[^.]+\.[^.]+)/, '');
}

/** The host and each parent domain with at least two labels: `a.b.example.com` → [`a.b.example.com`, `b.example.com`, `example.com`]. */
export function hostChain(host: string): string[] {
  const labels = host.split('.');
  const out: string[] = [];
  for (let i = 0; i + 2 <= labels.length; i++) out.push(labels.slice(i).join('.'));
  return out;
}

/** The label that names a site: `www.dailyrecord.co.uk` → `dailyrecord`, `tenders.rg.ru` → `rg`. */
function siteLabel(host: string): string {
  const labels = host.split('.');
  // Skip a second-level public suffix such as co.uk, com.au, org.eg, gov.kw.
  const sld = labels.length >= 3 && /^(co|com|org|net|gov|edu|ac|or|ne|go|gob|gouv|info|news|press|tv)$/.test(labels[labels.length - 2] ?? '');
  return labels[labels.length - (sld ? 3 : 2)] ?? host;
}

/**
 * True when two hosts plausibly belong to one outlet: one is under the other, or one site label contains the
 * other (`dailyrecord.com` / `thedailyrecord.com`). Wikidata lists every website an item ever had, sometimes a
 * sister paper's: `vecernji.hr` and `novilist.hr` are not one outlet.
 */
export function sameSite(a: string, b: string): boolean {
  if (isUnder(a, b) || isUnder(b, a)) return true;
  const la = siteLabel(a);
  const lb = siteLabel(b);
  return la.length >= 3 && lb.length >= 3 && (la.includes(lb) || lb.includes(la));
}
