import { describe, expect, it } from 'vitest';
import { dayRange, hourTicks, layoutRoute, scale } from './timeline';
import { at, leg, route, stop } from './fixtures';
import type { RouteFigures } from './types';

const figures = (breakStart: string | null, breakSeconds: number) => ({ breakStart: breakStart && at(breakStart), breakSeconds }) as RouteFigures;
const sec = (hhmm: string) => Date.parse(at(hhmm)) / 1000;
const kinds = (l: ReturnType<typeof layoutRoute>) => l.segments.map((s) => s.kind);

describe('timeline layout', () => {
  // 07:00 leaves; 10 min to A (07:10, window opens 07:30: waits 20, serves 5, leaves 07:35);
  // 10 min to B (07:45, serves 5, leaves 07:50), then the 30-min break, 10 min to C (08:30 arrival);
  // C serves 5 and it drives 15 min back: home 08:50.
  const r = route('VAN-01', '07:00', '08:50', [
    stop('a', 1, '07:10', '07:35', 300, ['07:30', '09:00']),
    stop('b', 2, '07:45', '07:50', 300, ['07:00', '12:00']),
    stop('c', 3, '08:30', '08:35', 300, ['08:00', '08:20']),
  ], [leg(0, 1, 600), leg(1, 2, 600), leg(2, 3, 600), leg(3, 4, 900)]);

  it('covers the day from departure to return without gaps or overlaps', () => {
    const l = layoutRoute(r, figures('07:50', 1800));
    expect(l.segments[0].start).toBe(sec('07:00'));
    expect(l.segments[l.segments.length - 1].end).toBe(sec('08:50'));
    for (let i = 1; i < l.segments.length; i++) expect(l.segments[i].start).toBe(l.segments[i - 1].end);
    const total = l.segments.reduce((s, x) => s + x.end - x.start, 0);
    expect(total).toBe(sec('08:50') - sec('07:00'));
  });

  it('draws waiting for a window, service, the break after a service and the drive home', () => {
    const l = layoutRoute(r, figures('07:50', 1800));
    expect(kinds(l)).toEqual(['drive', 'wait', 'service', 'drive', 'service', 'break', 'drive', 'service', 'return']);
    const brk = l.segments.find((s) => s.kind === 'break')!;
    expect([brk.start, brk.end]).toEqual([sec('07:50'), sec('08:20')]);
    const wait = l.segments.find((s) => s.kind === 'wait')!;
    expect([wait.start, wait.end, wait.sequence]).toEqual([sec('07:10'), sec('07:30'), 1]);
  });

  it('puts a break that falls inside a long wait into the wait', () => {
    // Arrives 11:00, the window opens 12:30: the break (11:30, 30 min) sits inside the 90-min wait.
    const x = route('VAN-02', '10:50', '12:45', [stop('a', 1, '11:00', '12:35', 300, ['12:30', '13:00'])], [leg(0, 1, 600), leg(1, 2, 600)]);
    const l = layoutRoute(x, figures('11:30', 1800));
    expect(kinds(l)).toEqual(['drive', 'wait', 'break', 'wait', 'service', 'return']);
    expect(l.segments[2].start).toBe(sec('11:30'));
  });

  it('shows time between a drive and the next arrival (a reload, goods not ready) as waiting, and marks late stops', () => {
    const l = layoutRoute(r);
    // No figures: no break; the 30 min after B become waiting before C.
    expect(kinds(l)).toEqual(['drive', 'wait', 'service', 'drive', 'service', 'drive', 'wait', 'service', 'return']);
    expect(l.arrivals.map((a) => a.late)).toEqual([false, false, true]);
    expect(l.windows).toHaveLength(3);
  });

  it('scales whole hours of the day to the width', () => {
    const l = layoutRoute(r, figures('07:50', 1800));
    const range = dayRange([l]);
    expect(range).toEqual({ start: sec('07:00'), end: sec('10:00') });
    const x = scale(range, 300);
    expect(x(sec('08:00'))).toBe(100);
    expect(hourTicks(range)).toHaveLength(4);
  });
});
