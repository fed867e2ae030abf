import type { Medium } from '../engine/types';

// Small line icons drawn inline so no image has to be fetched by a page we run in.
const PATHS: Record<Medium, string> = {
  agency: 'M3 5h18v3H3zM3 10h12v2H3zM3 14h18v2H3zM3 18h10v2H3z',
  newspaper: 'M4 4h13v16H6a2 2 0 0 1-2-2zM17 8h3v10a2 2 0 0 1-2 2h-1zM7 7h7v4H7zM7 13h7v1.5H7zM7 16h7v1.5H7z',
  magazine: 'M6 3h12v18H6zM8 6h8v6H8zM8 14h8v1.5H8zM8 17h5v1.5H8z',
  radio: 'M4 9h16v11H4zM7 4l10 5M8 12a2.5 2.5 0 1 0 0.01 0zM13 12h5v1.5h-5zM13 15h5v1.5h-5z',
  tv: 'M3 6h18v12H3zM8 21h8M9 2l3 4 3-4',
  online: 'M12 3a9 9 0 1 0 0.01 0zM3 12h18M12 3c3 3.5 3 14.5 0 18M12 3c-3 3.5-3 14.5 0 18',
  group: 'M4 10h7v10H4zM13 4h7v16h-7zM6 13h3M6 16h3M15 7h3M15 10h3M15 13h3',
};

export function MediumIcon({ medium, size = 12 }: { medium: Medium | null; size?: number }) {
  const path = PATHS[medium ?? 'online'];
  return (
    <svg width={size} height={size} viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <path d={path} fill="none" stroke="currentColor" stroke-width="1.8" stroke-linejoin="round" />
    </svg>
  );
}
