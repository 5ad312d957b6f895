/** The public lookup's answer (GET /api/v1/track/{code}; tracking module, TrackingLookup). */
export type ShipmentStatus =
  | 'CREATED'
  | 'ALLOCATED'
  | 'PLANNED'
  | 'PICKED'
  | 'LOADED'
  | 'OUT_FOR_DELIVERY'
  | 'ARRIVING'
  | 'DELIVERED'
  | 'FAILED'
  | 'CANCELLED';

export interface PublicTracking {
  status: ShipmentStatus;
  statusAt: string | null;
  deliveryDate: string | null;
  window: { from: string; to: string } | null;
  eta: { from: string; to: string } | null;
  arrivedAt: string | null;
  stopsBefore: number | null;
  vehicle: { lat: number; lon: number; at: string } | null;
  destination: { lat: number; lon: number } | null;
  delivery: { outcome: string; at: string | null; recipientName: string | null; failureReason: string | null } | null;
  timeline: { status: ShipmentStatus; at: string }[];
}

/** The normal course of a shipment, as the timeline shows it (CREATED and ALLOCATED folded in). */
const COURSE: ShipmentStatus[] = ['PLANNED', 'PICKED', 'LOADED', 'OUT_FOR_DELIVERY', 'ARRIVING', 'DELIVERED'];

export interface TimelineStep {
  status: ShipmentStatus;
  at: string | null;
  state: 'done' | 'current' | 'pending';
}

/**
 * The steps to show: every status reached (latest time per status), then the steps still to come
 * in the normal course; a final status (DELIVERED, FAILED, CANCELLED) ends the list.
 */
export function timelineSteps(tracking: Pick<PublicTracking, 'status' | 'timeline'>): TimelineStep[] {
  const reached = new Map<ShipmentStatus, string>();
  for (const step of tracking.timeline) reached.set(step.status, step.at);
  const steps: TimelineStep[] = [];
  const order = [...new Set([...tracking.timeline.map((s) => s.status), tracking.status])];
  for (const status of order) {
    steps.push({ status, at: reached.get(status) ?? null, state: status === tracking.status ? 'current' : 'done' });
  }
  const final = ['DELIVERED', 'FAILED', 'CANCELLED'].includes(tracking.status);
  if (!final) {
    const rank = COURSE.indexOf(tracking.status);
    for (const status of COURSE.slice(rank + 1)) {
      if (!reached.has(status)) steps.push({ status, at: null, state: 'pending' });
    }
  }
  return steps;
}

export function isFinal(status: ShipmentStatus): boolean {
  return status === 'DELIVERED' || status === 'FAILED' || status === 'CANCELLED';
}
