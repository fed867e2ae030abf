// Article language from the text itself: Arabic letters against Latin letters, then French against English
// by their commonest function words. Cheap: it samples at most the first 20,000 characters.
//
// Limits: three languages only (the product's); a Latin-script text in another language is called French or
// English, whichever its function words resemble more.

import type { Lang } from './types';

const FR = new Set(['le', 'la', 'les', 'des', 'du', 'une', 'est', 'et', 'que', 'qui', 'dans', 'pour', 'pas', 'sur', 'au', 'aux', 'avec', 'ont', 'été', 'selon', 'il', 'elle']);
const EN = new Set(['the', 'and', 'of', 'to', 'is', 'in', 'that', 'was', 'for', 'with', 'on', 'are', 'by', 'has', 'have', 'it', 'he', 'she', 'said', 'from']);

export function detectLang(text: string): Lang {
  const s = text.length > 20000 ? text.slice(0, 20000) : text;
  let ar = 0;
  let lat = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x600 && c <= 0x6ff) ar++;
    else if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0xc0 && c <= 0x24f)) lat++;
  }
  if (ar > 0 && ar >= lat * 0.5) return 'ar';
  let fr = 0;
  let en = 0;
  const words = s.toLowerCase().split(/[^a-zà-ÿ]+/);
  for (const w of words) {
    if (FR.has(w)) fr++;
    if (EN.has(w)) en++;
  }
  return fr > en ? 'fr' : 'en';
}
