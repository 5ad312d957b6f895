/** A Timefold score `-1hard/-2medium/-300soft` as numbers. */
export interface Score {
  hard: number;
  medium: number;
  soft: number;
}

export function parseScore(text: string | null | undefined): Score | null {
  // Timefold's short form leaves zero levels out: "-27306soft", "-2medium/-10soft", "0" …
  if (!text) return null;
  const parts = text.trim().split('/');
  const score: Score = { hard: 0, medium: 0, soft: 0 };
  for (const part of parts) {
    const m = /^(-?\d+)(hard|medium|soft)?$/.exec(part);
    if (!m) return null;
    if (m[2]) score[m[2] as keyof Score] = Number(m[1]);
    else if (parts.length !== 1 || Number(m[1]) !== 0) return null;
  }
  return score;
}

/** Which level a constraint's part of the score is on. */
export function scoreLevel(text: string): 'hard' | 'medium' | 'soft' {
  const s = parseScore(text);
  if (s && s.hard !== 0) return 'hard';
  if (s && s.medium !== 0) return 'medium';
  return 'soft';
}

/** `1 h 05 min`, `45 min`, `0 min`. */
export function hoursMinutes(seconds: number): string {
  const minutes = Math.round(seconds / 60);
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return h > 0 ? `${h} h ${String(m).padStart(2, '0')} min` : `${m} min`;
}

/** Kilometres with one decimal. */
export function km(meters: number): string {
  return (meters / 1000).toFixed(1);
}

/**
 * One colour per vehicle: twelve well-separated hues first, then golden-angle hues for large fleets;
 * all dark enough for white stop numbers on them (≥ 4.5:1) and to stand out on the light basemap.
 */
const PALETTE = ['#1f5fbf', '#c2185b', '#2e7d32', '#b34700', '#6a1b9a', '#00727d', '#ad1457', '#4d7a1f', '#4527a0', '#9a5400', '#00695c', '#795548'];

export function vehicleColor(index: number): string {
  if (index < PALETTE.length) return PALETTE[index];
  const hue = (index * 137.508) % 360;
  return `hsl(${hue.toFixed(0)} 70% 30%)`;
}

/** Local YYYY-MM-DD of today (the dispatcher's day). */
export function todayIso(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** Start and end of a local day as ISO instants (for position windows). */
export function dayBounds(date: string): { from: string; to: string } {
  const start = new Date(`${date}T00:00:00`);
  const end = new Date(start.getTime() + 24 * 3600 * 1000);
  return { from: start.toISOString(), to: end.toISOString() };
}
