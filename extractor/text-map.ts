// Maps offsets of the extracted article text back to live DOM positions, using the pieces the
// extractor recorded. Binary search over pieces keeps each lookup O(log n).
import type { TextPiece } from './extract-article';

export interface DomPoint {
  node: Text;
  offset: number;
}

function pieceIndexAt(pieces: TextPiece[], offset: number): number {
  let lo = 0;
  let hi = pieces.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const piece = pieces[mid]!;
    if (offset < piece.start) hi = mid - 1;
    else if (offset >= piece.end) lo = mid + 1;
    else return mid;
  }
  // Between two pieces (a folded space): the start of the next piece.
  return lo < pieces.length ? lo : -1;
}

/** The DOM point at a text offset; `atEnd` puts a boundary offset at the end of the previous piece. */
export function domPointAt(pieces: TextPiece[], offset: number, atEnd = false): DomPoint | null {
  if (pieces.length === 0) return null;
  const target = atEnd ? Math.max(0, offset - 1) : offset;
  const index = pieceIndexAt(pieces, target);
  if (index < 0) return null;
  const piece = pieces[index]!;
  const inside = Math.min(Math.max(target - piece.start, 0), piece.end - piece.start);
  const nodeOffset = piece.nodeOffset + inside + (atEnd && target >= piece.start ? 1 : 0);
  if (!piece.node.isConnected) return null;
  return { node: piece.node, offset: Math.min(nodeOffset, piece.node.data.length) };
}

export function rangeFor(pieces: TextPiece[], start: number, end: number): Range | null {
  const from = domPointAt(pieces, start);
  const to = domPointAt(pieces, end, true);
  if (!from || !to) return null;
  const range = from.node.ownerDocument.createRange();
  try {
    // End first: a fresh range starts at the document's start, so this order is valid in every DOM.
    range.setEnd(to.node, to.offset);
    range.setStart(from.node, from.offset);
  } catch {
    return null;
  }
  return range;
}
