// State Media Monitor typology codes (state-media-profiles README, statemediamonitor.com/typology), spelled
// out as the registry ships them. The three questions behind each code: does the state control the funding,
// the governing structures and ownership, the editorial line?

export const TYPOLOGY: Readonly<Record<string, string>> = {
  /** funding yes, governance yes, editorial yes */
  SC: 'state-controlled',
  /** funding no, governance yes, editorial yes */
  CaPu: 'captured public/state-managed',
  /** funding yes/no, governance no, editorial yes */
  CaPr: 'captured private',
  /** funding yes, governance yes, editorial no */
  ISFM: 'independent state-funded and state-managed',
  /** funding yes, governance no, editorial no */
  ISF: 'independent state-funded',
  /** funding no, governance yes, editorial no */
  ISM: 'independent state-managed',
  /** funding no, governance no, editorial no */
  IP: 'independent public',
};

/** The spelled-out typology for a code; null for an empty or doubtful ("ISFM?") code. */
export function spellTypology(code: string): string | null {
  return TYPOLOGY[code.trim()] ?? null;
}
