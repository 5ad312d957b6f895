import type { PlannedRoute, RouteFigures } from './types';

/** What a vehicle does in a stretch of its day. */
export type SegmentKind = 'drive' | 'wait' | 'service' | 'break' | 'return';

export interface Segment {
  kind: SegmentKind;
  /** Epoch seconds. */
  start: number;
  end: number;
  /** The stop this stretch belongs to (drive: the stop driven to; return: none). */
  stopId?: string;
  sequence?: number;
}

export interface WindowMark {
  stopId: string;
  sequence: number;
  start: number;
  end: number;
}

export interface RouteTimelineLayout {
  routeId: string;
  vehicleId: string;
  segments: Segment[];
  windows: WindowMark[];
  /** Planned arrival per stop, for the stop ticks. */
  arrivals: { stopId: string; sequence: number; at: number; late: boolean }[];
  start: number;
  end: number;
}

const sec = (iso: string) => Math.round(Date.parse(iso) / 1000);

/**
 * Lays a route's day out as contiguous segments from departure to return, with the planner's rules
 * (the routing README): a stop's planned departure is its service start plus the service time, so
 * the rest of the dwell is waiting; the driver's break either follows a service (then the drive to
 * the next stop starts after it) or sits inside a long wait; any time between a drive's end and the
 * next arrival (a reload between trips, goods not ready) is waiting. `figures` (the server's figures
 * of the same version) says where the break is; without it no break is drawn.
 */
export function layoutRoute(route: PlannedRoute, figures?: RouteFigures): RouteTimelineLayout {
  const segments: Segment[] = [];
  const push = (s: Segment) => {
    if (s.end > s.start) segments.push(s);
  };
  const legInto = new Map<number, number>();
  for (const leg of route.legs) legInto.set(leg.toSequence, leg.travelSeconds);
  const breakAt = figures?.breakStart ? sec(figures.breakStart) : null;
  const breakLength = figures?.breakSeconds ?? 0;
  let t = sec(route.departure);
  const returnAt = sec(route.returnAt);
  const stops = route.stops;
  const placeGap = (from: number, to: number, driveSeconds: number, kind: 'drive' | 'return', stopId?: string, sequence?: number) => {
    // Leaving `from`: a break that starts here comes first, then the drive, then any waiting.
    let t0 = from;
    if (breakAt !== null && breakLength > 0 && Math.abs(breakAt - from) <= 5 && to - from >= driveSeconds + breakLength - 5) {
      push({ kind: 'break', start: t0, end: t0 + breakLength, stopId, sequence });
      t0 += breakLength;
    }
    const driveEnd = Math.min(to, t0 + driveSeconds);
    push({ kind, start: t0, end: driveEnd, stopId, sequence });
    push({ kind: 'wait', start: driveEnd, end: to, stopId, sequence });
  };
  for (const s of stops) {
    const arrival = sec(s.plannedArrival);
    const departure = sec(s.plannedDeparture);
    placeGap(t, Math.max(t, arrival), legInto.get(s.sequence) ?? Math.max(0, arrival - t), 'drive', s.stopId, s.sequence);
    const serviceStart = Math.max(arrival, departure - s.serviceSeconds);
    if (breakAt !== null && breakLength > 0 && breakAt >= arrival && breakAt + breakLength <= serviceStart) {
      push({ kind: 'wait', start: arrival, end: breakAt, stopId: s.stopId, sequence: s.sequence });
      push({ kind: 'break', start: breakAt, end: breakAt + breakLength, stopId: s.stopId, sequence: s.sequence });
      push({ kind: 'wait', start: breakAt + breakLength, end: serviceStart, stopId: s.stopId, sequence: s.sequence });
    } else {
      push({ kind: 'wait', start: arrival, end: serviceStart, stopId: s.stopId, sequence: s.sequence });
    }
    push({ kind: 'service', start: serviceStart, end: departure, stopId: s.stopId, sequence: s.sequence });
    t = Math.max(t, departure);
  }
  placeGap(t, Math.max(t, returnAt), legInto.get(stops.length + 1) ?? Math.max(0, returnAt - t), 'return');
  const windows: WindowMark[] = stops.flatMap((s) =>
    s.timeWindows.map((w) => ({ stopId: s.stopId, sequence: s.sequence, start: sec(w.start), end: sec(w.end) })),
  );
  const arrivals = stops.map((s) => {
    const at = sec(s.plannedArrival);
    return { stopId: s.stopId, sequence: s.sequence, at, late: isLate(at, s.timeWindows) };
  });
  return {
    routeId: route.routeId,
    vehicleId: route.vehicleId,
    segments: mergeAdjacent(segments),
    windows,
    arrivals,
    start: sec(route.departure),
    end: Math.max(returnAt, t),
  };
}

/** Arrival after the end of every window (the planner's lateness rule). */
export function isLate(arrival: number, windows: { start: string; end: string }[]): boolean {
  return windows.length > 0 && windows.every((w) => arrival > sec(w.end));
}

function mergeAdjacent(segments: Segment[]): Segment[] {
  const out: Segment[] = [];
  for (const s of segments) {
    const last = out[out.length - 1];
    if (last && last.kind === s.kind && last.end === s.start && last.stopId === s.stopId) last.end = s.end;
    else out.push({ ...s });
  }
  return out;
}

/** The hours the timeline shows: whole hours around every route. */
export function dayRange(layouts: RouteTimelineLayout[]): { start: number; end: number } {
  if (layouts.length === 0) return { start: 0, end: 3600 };
  const start = Math.min(...layouts.map((l) => Math.min(l.start, ...l.windows.map((w) => Math.max(w.start, l.start - 3600)))));
  const end = Math.max(...layouts.map((l) => Math.max(l.end, ...l.windows.map((w) => Math.min(w.end, l.end + 3600)))));
  return { start: Math.floor(start / 3600) * 3600, end: Math.ceil(end / 3600) * 3600 };
}

/** Maps epoch seconds in the range to pixels across `width`. */
export function scale(range: { start: number; end: number }, width: number): (t: number) => number {
  const span = Math.max(1, range.end - range.start);
  return (t) => ((t - range.start) / span) * width;
}

/** Hour ticks of a range. */
export function hourTicks(range: { start: number; end: number }): number[] {
  const ticks: number[] = [];
  for (let t = Math.ceil(range.start / 3600) * 3600; t <= range.end; t += 3600) ticks.push(t);
  return ticks;
}
