// Small hand-made plans for the unit tests (times in UTC on 2031-03-04).
import type { Leg, PlanContent, PlannedRoute, PlannedStop } from './types';

export const at = (hhmm: string) => `2031-03-04T${hhmm}:00Z`;

export function stop(shipmentId: string, sequence: number, arrival: string, departure: string, service: number, window: [string, string]): PlannedStop {
  return {
    stopId: `stop-${shipmentId}`,
    shipmentId,
    orderNumber: `ORD-${shipmentId}`,
    sequence,
    location: { lat: 52.2, lon: 21 },
    plannedArrival: at(arrival),
    plannedDeparture: at(departure),
    serviceSeconds: service,
    timeWindows: [{ start: at(window[0]), end: at(window[1]) }],
  };
}

export function leg(from: number, to: number, seconds: number, meters = 5000): Leg {
  return { fromSequence: from, toSequence: to, distanceMeters: meters, travelSeconds: seconds, geometry: { type: 'LineString', coordinates: [[21, 52.2], [21.01, 52.21]] }, pointSeconds: [0, seconds] };
}

export function route(vehicleId: string, departure: string, returnAt: string, stops: PlannedStop[], legs: Leg[]): PlannedRoute {
  return {
    routeId: `route-${vehicleId}`,
    vehicleId,
    refrigerated: false,
    depot: { lat: 52.2, lon: 21 },
    departure: at(departure),
    returnAt: at(returnAt),
    distanceMeters: legs.reduce((s, l) => s + l.distanceMeters, 0),
    drivingSeconds: legs.reduce((s, l) => s + l.travelSeconds, 0),
    co2Grams: 0,
    stops,
    legs,
  };
}

export function content(routes: PlannedRoute[], unassigned: PlanContent['unassigned'] = []): PlanContent {
  return {
    date: '2031-03-04',
    score: '0hard/0medium/-1soft',
    feasible: true,
    routes,
    unassigned,
    explanation: [],
    totals: {
      vehicles: routes.length,
      stops: routes.reduce((n, r) => n + r.stops.length, 0),
      distanceMeters: routes.reduce((n, r) => n + r.distanceMeters, 0),
      drivingSeconds: routes.reduce((n, r) => n + r.drivingSeconds, 0),
      co2Grams: 0,
    },
  };
}
