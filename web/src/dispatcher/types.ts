// Wire types of the APIs the dispatcher's console reads (routing and tracking READMEs).

export interface GeoPoint {
  lat: number;
  lon: number;
}

export interface TimeWindow {
  start: string;
  end: string;
}

export interface LineGeometry {
  type: 'LineString';
  coordinates: [number, number][];
}

export interface Leg {
  fromSequence: number;
  toSequence: number;
  distanceMeters: number;
  travelSeconds: number;
  geometry: LineGeometry;
  pointSeconds: number[];
}

export interface PlannedStop {
  stopId: string;
  shipmentId: string;
  orderNumber: string;
  sequence: number;
  location: GeoPoint;
  plannedArrival: string;
  plannedDeparture: string;
  serviceSeconds: number;
  timeWindows: TimeWindow[];
  trip?: number;
  /** PLANNED, or in a re-plan DONE / IN_PROGRESS. */
  status?: string;
}

export interface PlannedRoute {
  routeId: string;
  vehicleId: string;
  refrigerated: boolean;
  depot: GeoPoint;
  departure: string;
  returnAt: string;
  distanceMeters: number;
  drivingSeconds: number;
  co2Grams: number;
  stops: PlannedStop[];
  legs: Leg[];
}

export interface UnassignedDelivery {
  shipmentId: string;
  orderNumber: string;
  priority: number;
  reason: string;
}

export interface ConstraintExplanation {
  constraint: string;
  score: string;
  matches: number;
  details: string[];
}

export interface PlanContent {
  date: string;
  score: string;
  feasible: boolean;
  routes: PlannedRoute[];
  unassigned: UnassignedDelivery[];
  explanation: ConstraintExplanation[];
  totals: { vehicles: number; stops: number; distanceMeters: number; drivingSeconds: number; co2Grams: number };
}

export interface VersionSummary {
  planId: string;
  version: number;
  status: string;
  score: string;
  feasible: boolean;
  totals: PlanContent['totals'];
  unassigned: number;
  createdAt: string;
  publishedAt: string | null;
}

export interface VersionResponse {
  planId: string;
  version: number;
  date: string;
  status: string;
  score: string;
  jobId: string;
  createdAt: string;
  publishedAt: string | null;
  content: PlanContent;
}

export interface Load {
  dimension: 'weight' | 'volume' | 'pallets';
  used: number;
  capacity: number;
  percent: number;
}

export interface StopFigures {
  stopId: string;
  shipmentId: string;
  sequence: number;
  customerName: string | null;
  address: string | null;
  weightGrams: number;
  volumeCm3: number;
  pallets: number;
  refrigerated: boolean;
  priority: number;
  readyAt: string | null;
  waitingSeconds: number;
  breakSeconds: number;
  lateSeconds: number;
}

export interface RouteFigures {
  routeId: string;
  vehicleId: string;
  departure: string;
  returnAt: string;
  distanceMeters: number;
  drivingSeconds: number;
  serviceSeconds: number;
  waitingSeconds: number;
  breakSeconds: number;
  totalSeconds: number;
  breakStart: string | null;
  trips: number;
  lateStops: number;
  load: Load[];
  co2Grams: number;
  co2GramsPerKm: number;
  co2Basis: 'vehicle' | 'default';
  stops: StopFigures[];
}

export interface PlanFigures {
  planId: string;
  version: number;
  date: string;
  routes: RouteFigures[];
  totals: {
    vehicles: number;
    stops: number;
    unassigned: number;
    lateStops: number;
    distanceMeters: number;
    drivingSeconds: number;
    serviceSeconds: number;
    waitingSeconds: number;
    breakSeconds: number;
    totalSeconds: number;
    co2Grams: number;
  };
}

export interface Job {
  jobId: string;
  date: string;
  kind: string;
  status: string;
  timeLimitSeconds: number;
  requestedAt: string;
  startedAt: string | null;
  finishedAt: string | null;
  bestScore: string | null;
  planId: string | null;
  version: number | null;
  error: string | null;
  progress: string;
  plan: string | null;
}

export interface Delivery {
  shipmentId: string;
  orderNumber: string;
  customerName: string;
  address: string;
  location: GeoPoint;
  deliveryDate: string;
  timeWindows: TimeWindow[];
  serviceSeconds: number;
  weightGrams: number;
  volumeCm3: number;
  pallets: number;
  needsRefrigeration: boolean;
  priority: number;
  depotId: string | null;
  readyAt: string | null;
  cancelledReason: string | null;
}

export interface FleetVehicle {
  id: string;
  code: string;
  profile: string;
  depotId: string | null;
  depot: GeoPoint;
  shiftStart: string;
  shiftEnd: string;
  capacityGrams: number;
  capacityCm3: number;
  capacityPallets: number;
  refrigerated: boolean;
  breakStart: string | null;
  breakEnd: string | null;
  breakSeconds: number;
  co2GramsPerKm: number;
  available: boolean;
}

export interface Pin {
  shipmentId: string;
  vehicleId: string;
  sequence: number | null;
}

export interface PublishedPlan {
  planId: string;
  version: number;
  date: string;
  publishedAt: string;
  routes: PlannedRoute[];
}

export interface LiveVehicle {
  vehicleId: string;
  lat: number | null;
  lon: number | null;
  speedKmh: number | null;
  at: string | null;
  routeId: string | null;
  startedAt: string | null;
  nextStopId: string | null;
  nextStopEta: string | null;
  stopsDone: number;
  stops: number;
  phase: string;
}

export interface Shipment {
  shipmentId: string;
  orderNumber: string | null;
  customerName: string | null;
  status: string;
  statusAt: string | null;
  trackingCode: string;
  vehicleId: string | null;
  routeId: string | null;
  stopId: string | null;
  stopSequence: number | null;
  eta: string | null;
  etaFrom: string | null;
  etaTo: string | null;
  windowStart: string | null;
  windowEnd: string | null;
  late: boolean;
  arrivedAt: string | null;
  departedAt: string | null;
  outcome: string | null;
  outcomeAt: string | null;
  recipientName: string | null;
  failureReason: string | null;
}

export type AlertKind = 'LATE' | 'FAILED' | 'SILENT' | 'STATIONARY';

export interface Alert {
  id: string;
  kind: AlertKind;
  severity: 'high' | 'medium';
  vehicleId: string;
  routeId: string;
  stopId: string | null;
  shipmentId: string | null;
  orderNumber: string | null;
  customerName: string | null;
  at: string | null;
  windowEnd: string | null;
  reason: string | null;
  minutes: number;
  message: string;
}

export interface Position {
  seq: number;
  deviceTime: string;
  lat: number;
  lon: number;
  speedKmh: number | null;
}
