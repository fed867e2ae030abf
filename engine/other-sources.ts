// Sources that are not media: ministries, police, officials, "sources", statements, studies, social-network
// posts. They are listed apart (`otherSources`) and never counted as outlet attributions.
//
// Approach: from each According cue (حسب، selon, according to) and each Arabic reporting verb (قالت وزارة،
// أفادت مصادر) that did not lead to an outlet, walk right over at most three fillers to a source noun from the
// lists below, and take the noun phrase (Arabic: the noun and the definite words after it, at most four;
// French/English: the noun and a "de/of + word" complement). English and French subject-first reports
// ("officials said", "la police a indiqué") are caught from the noun right before the verb.
//
// Limits: a source named only by a person's name ("selon Jean Dupont") is an actor, not listed here.

import type { OtherSource } from './types';
import { arabicForms } from './arabic';
import { CueKind, type CueHits } from './cues/index';
import { LATIN_FILLER } from './lexicon';
import { normalizeForMatch } from './normalize';
import { isWord, TokKind, type Tokens } from './tokenize';

const SOURCE_NOUNS = new Set([
  'مصادر', 'مصدر', 'وزارة', 'الوزارة', 'الشرطة', 'السلطات', 'مسؤول', 'مسؤولون', 'مسؤولين', 'بيان', 'البيان', 'بلاغ', 'البلاغ', 'المديرية', 'مديرية', 'الحكومة',
  'الرئاسة', 'الجيش', 'مكتب', 'المتحدث', 'الناطق', 'متحدث', 'ناطق', 'شهود', 'خبراء', 'دراسة', 'تدوينة', 'منشور', 'تغريدة', 'معطيات', 'إحصائيات', 'أرقام', 'وثيقة',
  'وثائق', 'المندوبية', 'مندوبية', 'النيابة', 'الديوان', 'الأمم', 'منظمة', 'المنظمة', 'الهيئة', 'هيئة', 'المجلس', 'مجلس', 'الوكالة الوطنية', 'بنك', 'البنك',
  'sources', 'source', 'ministère', 'police', 'gendarmerie', 'préfecture', 'parquet', 'autorités', 'responsable', 'responsables', 'porte-parole', 'communiqué',
  'gouvernement', 'témoins', 'experts', 'étude', 'tweet', 'message', 'publication', 'chiffres', 'données', 'document', 'documents', 'proches', 'entourage', 'élysée', 'matignon',
  'officials', 'official', 'ministry', 'authorities', 'spokesperson', 'spokesman', 'spokeswoman', 'statement', 'government', 'witnesses', 'study', 'post',
  'data', 'figures', 'people', 'person', 'diplomats', 'diplomat', 'prosecutors', 'investigators', 'army', 'military', 'analysts', 'survey', 'poll',
].map((w) => normalizeForMatch(w)));

function sourceNounAt(t: Tokens, j: number): boolean {
  if (t.kind[j]! === TokKind.Arabic) {
    for (const f of arabicForms(t.norm[j]!)) if (SOURCE_NOUNS.has(f.form)) return true;
    return false;
  }
  return t.kind[j]! === TokKind.Latin && SOURCE_NOUNS.has(t.norm[j]!);
}

function phraseEnd(t: Tokens, j: number, blockOf: Int32Array): number {
  let e = j;
  if (t.kind[j]! === TokKind.Arabic) {
    for (let k = j + 1, n = 0; k < t.n && n < 4 && blockOf[k]! === blockOf[j]! && t.kind[k]! === TokKind.Arabic && t.norm[k]!.startsWith('ال'); k++, n++) e = k;
    return e;
  }
  const k = j + 1;
  if (k + 1 < t.n && (t.norm[k]! === 'de' || t.norm[k]! === 'du' || t.norm[k]! === 'of' || t.norm[k]! === 'des') && isWord(t, k + 1)) {
    let w = k + 1;
    if ((t.norm[w]! === 'la' || t.norm[w]! === 'l' || t.norm[w]! === 'the') && w + 1 < t.n) w++;
    if (t.norm[w]! === "'" && w + 1 < t.n) w++;
    if (isWord(t, w)) e = w;
  }
  return e;
}

export function findOtherSources(t: Tokens, cues: CueHits, blockOf: Int32Array, attributedCueStarts: ReadonlySet<number>): OtherSource[] {
  const out: OtherSource[] = [];
  let lastEnd = -1;
  for (let h = 0; h < cues.count; h++) {
    if ((cues.kinds[h]! & (CueKind.According | CueKind.Verb | CueKind.VerbAfter)) === 0) continue;
    // Read the hit from the arrays: a page made of cues must not allocate an object for each.
    const first = cues.first[h]!;
    const last = cues.last[h]!;
    const kinds = cues.kinds[h]!;
    const start = t.start[first]!;
    const end = t.end[last]!;
    if (attributedCueStarts.has(start) || start < lastEnd) continue;
    const arabic = t.kind[first]! === TokKind.Arabic;
    if ((kinds & CueKind.According) || (arabic && (kinds & CueKind.Verb))) {
      let j = last + 1;
      for (let s = 0; j < t.n && s < 3 && blockOf[j]! === blockOf[last]!; s++) {
        if (sourceNounAt(t, j)) {
          const e = phraseEnd(t, j, blockOf);
          out.push({ start, end: t.end[e]!, surface: t.text.slice(start, t.end[e]!) });
          lastEnd = t.end[e]!;
          break;
        }
        if (t.kind[j]! === TokKind.Latin && LATIN_FILLER.has(t.norm[j]!)) { j++; continue; }
        if (t.kind[j]! === TokKind.Punct && t.norm[j]! === "'") { j++; continue; }
        break;
      }
      continue;
    }
    if (!arabic && (kinds & CueKind.VerbAfter)) {
      const j = first - 1;
      if (j >= 0 && blockOf[j]! === blockOf[first]! && sourceNounAt(t, j)) {
        let s = j;
        if (s - 1 >= 0 && t.kind[s - 1]! === TokKind.Latin && LATIN_FILLER.has(t.norm[s - 1]!)) s--;
        if (t.start[s]! >= lastEnd) {
          out.push({ start: t.start[s]!, end, surface: t.text.slice(t.start[s]!, end) });
          lastEnd = end;
        }
      }
    }
  }
  return out;
}
