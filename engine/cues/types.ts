// Shapes shared by the per-language cue lists.

/** What a cue phrase does in the attribution grammar (a bit set: a verb may be several things at once). */
export const CueKind = {
  /** Stands before the source: حسب، وفق ما، نقلا عن، selon, d'après, according to. */
  According: 1,
  /** A reporting verb before its subject outlet: كشفت صحيفة، ", rapporte Le Monde", ", said the BBC". */
  Verb: 2,
  /** A reporting verb after its subject outlet: "أوروب 1 تكشف", "Le Monde a révélé", "Reuters reported". */
  VerbAfter: 4,
  /** Names a piece the outlet published: تقرير نشرته، publié par, published by. */
  Published: 8,
  /** Stands before the outlet that interviewed someone: told, interrogé par, في مقابلة مع. */
  Interview: 16,
  /** A speech verb or noun: with ل / à / au before the outlet it makes an interview (قال لوكالة, a déclaré à l'AFP). */
  Speech: 32,
  /** Marks a relay: the outlet after it is the one cited by the outlet before (نقلا عن, citing, citant). */
  Cites: 64,
  /** A source footer word: المصدر: X, Source : X. */
  Footer: 128,
  /** Arabic عن: a source only in a byline (المحرر عن اوروب1) or right after a cited outlet (نقلت نوفوستي عن). */
  An: 256,
} as const;

export interface CueDef {
  /** Phrases as newsrooms write them; normalised and tokenised at load. */
  phrases: readonly string[];
  kinds: number;
}
