// "About the data": the project's NOTICE (the registry's sources and their licences), shown as text.
// Addresses in it become links; nothing in it is ever parsed as HTML.
import { t, type UiLang } from '../../lib/i18n';

const URL_PATTERN = /(https?:\/\/[^\s<>()"']+[^\s<>()"'.,;:!?])/g;

/** Splits text into plain pieces and http(s) addresses. */
export function linkify(text: string): { text: string; href?: string }[] {
  const pieces: { text: string; href?: string }[] = [];
  let last = 0;
  for (const match of text.matchAll(URL_PATTERN)) {
    const index = match.index ?? 0;
    if (index > last) pieces.push({ text: text.slice(last, index) });
    pieces.push({ text: match[0], href: match[0] });
    last = index + match[0].length;
  }
  if (last < text.length) pieces.push({ text: text.slice(last) });
  return pieces;
}

export function AboutSection({ lang, notice }: { lang: UiLang; notice: string }) {
  return (
    <section id="about" aria-labelledby="about-title" class="panel">
      <h2 id="about-title">{t(lang, 'sectionAbout')}</h2>
      {notice.trim() ? (
        <>
          <p class="muted">{t(lang, 'aboutIntro')}</p>
          <pre class="notice-text" dir="ltr" lang="en" data-testid="notice">
            {linkify(notice).map((piece, index) =>
              piece.href ? (
                <a key={index} href={piece.href} target="_blank" rel="noopener noreferrer">
                  {piece.text}
                </a>
              ) : (
                piece.text
              ),
            )}
          </pre>
        </>
      ) : (
        <p class="muted">{t(lang, 'aboutMissing')}</p>
      )}
    </section>
  );
}
