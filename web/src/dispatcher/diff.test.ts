import { describe, expect, it } from 'vitest';
import { diffVersions } from './diff';
import { content, leg, route, stop } from './fixtures';

describe('plan version diff', () => {
  const v1 = content(
    [
      route('VAN-01', '07:00', '09:00', [stop('a', 1, '07:10', '07:15', 300, ['07:00', '08:00']), stop('b', 2, '07:30', '07:35', 300, ['07:00', '08:00'])], [leg(0, 1, 600), leg(1, 2, 600), leg(2, 3, 600)]),
      route('VAN-02', '07:00', '08:00', [stop('c', 1, '07:20', '07:25', 300, ['07:00', '07:10'])], [leg(0, 1, 1200, 12000), leg(1, 2, 1200, 12000)]),
    ],
    [{ shipmentId: 'd', orderNumber: 'ORD-d', priority: 5, reason: 'no room' }],
  );
  // v2: c moves to VAN-01 first (now on time), a and b shift, d is planned on VAN-01, VAN-02 stays home.
  const v2 = content([
    route('VAN-01', '07:00', '09:30', [
      stop('c', 1, '07:05', '07:10', 300, ['07:00', '07:10']),
      stop('a', 2, '07:20', '07:25', 300, ['07:00', '08:00']),
      stop('b', 3, '07:40', '07:45', 300, ['07:00', '08:00']),
      stop('d', 4, '08:00', '08:05', 300, ['07:00', '09:00']),
    ], [leg(0, 1, 300), leg(1, 2, 600), leg(2, 3, 600), leg(3, 4, 600), leg(4, 5, 900)]),
  ]);

  it('compares the day: km, hours, vehicles, late stops, unassigned', () => {
    const d = diffVersions(v1, v2);
    expect(d.km).toEqual({ before: 39, after: 25, delta: -14 });
    expect(d.drivingHours).toEqual({ before: 1.17, after: 0.83, delta: -0.34 });
    expect(d.totalHours).toEqual({ before: 3, after: 2.5, delta: -0.5 });
    expect(d.vehicles.delta).toBe(-1);
    expect(d.lateStops).toEqual({ before: 1, after: 0, delta: -1 });
    expect(d.unassigned).toEqual({ before: 1, after: 0, delta: -1 });
  });

  it('lists moved, added and re-sequenced stops, moved first', () => {
    const d = diffVersions(v1, v2);
    expect(d.changes.map((c) => [c.orderNumber, c.kind])).toEqual([
      ['ORD-c', 'moved'],
      ['ORD-d', 'added'],
      ['ORD-a', 'resequenced'],
      ['ORD-b', 'resequenced'],
    ]);
    expect(d.changes[0].from).toEqual({ vehicleId: 'VAN-02', sequence: 1 });
    expect(d.changes[0].to).toEqual({ vehicleId: 'VAN-01', sequence: 1 });
    expect(d.unchanged).toBe(0);
  });

  it('finds removed stops and nothing else when a version is compared with itself plus one removal', () => {
    expect(diffVersions(v1, v1).changes).toEqual([]);
    expect(diffVersions(v1, v1).unchanged).toBe(3);
    const d = diffVersions(v2, v1);
    expect(d.changes.find((c) => c.orderNumber === 'ORD-d')).toMatchObject({ kind: 'removed', to: null });
  });
});
