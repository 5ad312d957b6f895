import { isLate } from './timeline';
import type { PlanContent } from './types';

export interface Figure {
  before: number;
  after: number;
  delta: number;
}

export type StopChangeKind = 'added' | 'removed' | 'moved' | 'resequenced';

export interface StopChange {
  shipmentId: string;
  orderNumber: string;
  kind: StopChangeKind;
  from: { vehicleId: string; sequence: number } | null;
  to: { vehicleId: string; sequence: number } | null;
}

export interface VersionDiff {
  km: Figure;
  drivingHours: Figure;
  totalHours: Figure;
  vehicles: Figure;
  lateStops: Figure;
  unassigned: Figure;
  changes: StopChange[];
  /** Stops served by the same vehicle at the same position. */
  unchanged: number;
}

const figure = (before: number, after: number): Figure => ({ before, after, delta: Math.round((after - before) * 100) / 100 });

function totalSeconds(c: PlanContent): number {
  return c.routes.reduce((sum, r) => sum + Math.max(0, Date.parse(r.returnAt) - Date.parse(r.departure)) / 1000, 0);
}

function lateStops(c: PlanContent): number {
  return c.routes.reduce(
    (n, r) => n + r.stops.filter((s) => isLate(Math.round(Date.parse(s.plannedArrival) / 1000), s.timeWindows)).length,
    0,
  );
}

function placements(c: PlanContent): Map<string, { vehicleId: string; sequence: number; orderNumber: string }> {
  const m = new Map<string, { vehicleId: string; sequence: number; orderNumber: string }>();
  for (const r of c.routes) for (const s of r.stops) m.set(s.shipmentId, { vehicleId: r.vehicleId, sequence: s.sequence, orderNumber: s.orderNumber });
  return m;
}

const round = (v: number, digits: number) => Math.round(v * 10 ** digits) / 10 ** digits;

/**
 * What changes from one version of a day's plan to another: the day's figures (km, driving and total
 * hours, vehicles, late stops, unassigned) and every delivery that is added, removed, moved to another
 * vehicle or served at another position of the same vehicle. Changes are listed moved first, then
 * added, removed, re-sequenced; each group by order number.
 */
export function diffVersions(before: PlanContent, after: PlanContent): VersionDiff {
  const a = placements(before);
  const b = placements(after);
  const changes: StopChange[] = [];
  let unchanged = 0;
  for (const [id, to] of b) {
    const from = a.get(id);
    if (!from) changes.push({ shipmentId: id, orderNumber: to.orderNumber, kind: 'added', from: null, to: { vehicleId: to.vehicleId, sequence: to.sequence } });
    else if (from.vehicleId !== to.vehicleId)
      changes.push({ shipmentId: id, orderNumber: to.orderNumber, kind: 'moved', from: { vehicleId: from.vehicleId, sequence: from.sequence }, to: { vehicleId: to.vehicleId, sequence: to.sequence } });
    else if (from.sequence !== to.sequence)
      changes.push({ shipmentId: id, orderNumber: to.orderNumber, kind: 'resequenced', from: { vehicleId: from.vehicleId, sequence: from.sequence }, to: { vehicleId: to.vehicleId, sequence: to.sequence } });
    else unchanged++;
  }
  for (const [id, from] of a) {
    if (!b.has(id)) changes.push({ shipmentId: id, orderNumber: from.orderNumber, kind: 'removed', from: { vehicleId: from.vehicleId, sequence: from.sequence }, to: null });
  }
  const order: Record<StopChangeKind, number> = { moved: 0, added: 1, removed: 2, resequenced: 3 };
  changes.sort((x, y) => order[x.kind] - order[y.kind] || x.orderNumber.localeCompare(y.orderNumber));
  return {
    km: figure(round(before.totals.distanceMeters / 1000, 1), round(after.totals.distanceMeters / 1000, 1)),
    drivingHours: figure(round(before.totals.drivingSeconds / 3600, 2), round(after.totals.drivingSeconds / 3600, 2)),
    totalHours: figure(round(totalSeconds(before) / 3600, 2), round(totalSeconds(after) / 3600, 2)),
    vehicles: figure(before.routes.length, after.routes.length),
    lateStops: figure(lateStops(before), lateStops(after)),
    unassigned: figure(before.unassigned.length, after.unassigned.length),
    changes,
    unchanged,
  };
}
