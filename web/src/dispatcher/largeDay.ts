import type { PlannedRoute } from './types';

/**
 * A generated large day for the frame-time benchmark: `routes` routes of `stopsPerRoute` stops in the
 * bounding box, each a chain of legs that run in axis-parallel steps (like a street grid) with
 * `pointsPerLeg` vertices, fed to the same layers as a real plan. Deterministic (seeded).
 */
export function largeDay(bounds: [number, number, number, number], routes = 100, stopsPerRoute = 20, pointsPerLeg = 12, seed = 7): PlannedRoute[] {
  let state = seed;
  const random = () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
  const [w, s, e, n] = bounds;
  const depot = { lon: (w + e) / 2, lat: (s + n) / 2 };
  const at = (h: number) => new Date(Date.UTC(2031, 2, 4, 7, 0, 0) + h * 3600_000).toISOString();
  const out: PlannedRoute[] = [];
  for (let r = 0; r < routes; r++) {
    const vehicleId = `BENCH-${String(r + 1).padStart(3, '0')}`;
    const points = [depot];
    for (let k = 0; k < stopsPerRoute; k++) points.push({ lon: w + random() * (e - w), lat: s + random() * (n - s) });
    points.push(depot);
    const legs = [];
    for (let k = 0; k + 1 < points.length; k++) {
      const a = points[k];
      const b = points[k + 1];
      const coordinates: [number, number][] = [];
      for (let i = 0; i <= pointsPerLeg; i++) {
        const f = i / pointsPerLeg;
        // first along the longitude, then the latitude: grid-like streets
        coordinates.push(f < 0.5 ? [a.lon + (b.lon - a.lon) * f * 2, a.lat] : [b.lon, a.lat + (b.lat - a.lat) * (f - 0.5) * 2]);
      }
      legs.push({ fromSequence: k, toSequence: k + 1, distanceMeters: 1000, travelSeconds: 120, geometry: { type: 'LineString' as const, coordinates }, pointSeconds: coordinates.map((_, i) => i * 10) });
    }
    out.push({
      routeId: `bench-${r}`,
      vehicleId,
      refrigerated: false,
      depot: { lat: depot.lat, lon: depot.lon },
      departure: at(0),
      returnAt: at(9),
      distanceMeters: 1000 * legs.length,
      drivingSeconds: 120 * legs.length,
      co2Grams: 0,
      stops: points.slice(1, -1).map((p, k) => ({
        stopId: `bench-${r}-${k}`,
        shipmentId: `bench-${r}-${k}`,
        orderNumber: `B-${r}-${k}`,
        sequence: k + 1,
        location: { lat: p.lat, lon: p.lon },
        plannedArrival: at(0.4 * (k + 1)),
        plannedDeparture: at(0.4 * (k + 1) + 0.05),
        serviceSeconds: 180,
        timeWindows: [],
      })),
      legs,
    });
  }
  return out;
}
