import { api } from '../shell/api';

/** Wire types and calls of the warehouse floor API (/api/v1/warehouse, /api/v1/inventory). */

export interface DeliveryView {
  id: string;
  reference: string;
  supplier: string;
  expectedOn: string | null;
  blind: boolean;
  status: string;
  expected: { sku: string; quantity: number }[];
  receipts: { id: string; sku: string; lotNumber: string; expiryDate: string | null; quantity: number; damagedQuantity: number }[];
  discrepancies: { sku: string; kind: string; quantity: number }[];
}
export interface LineProgress { sku: string; name: string; expected: number; received: number; damaged: number; missing: number; over: number }
export interface DeliveryProgress { delivery: DeliveryView; lines: LineProgress[] }

export interface PutawayTask { id: string; sku: string; lotNumber: string; quantity: number; fromLocation: string; suggestedBin: string | null; status: string; confirmedBin: string | null }
export interface BinView { code: string; zone: string; temperatureClass: string; aisle: string | null; bay: number | null; level: number | null; kind: string }
export interface PutawayStep { task: PutawayTask; productName: string; temperatureClass: string; suggested: BinView | null; why: string[]; alternatives: BinView[]; takenBy: string }

export interface WaveSummary { id: string; zone: string; temperatureClass: string; status: string; lines: number; linesDone: number; scheduledStart: string; scheduledEnd: string; takenBy: string | null }
export interface RouteWaves { routeId: string; vehicleId: string; departure: string; waves: WaveSummary[] }
export interface PickLine { taskId: string; sequence: number; bin: string; aisle: string | null; bay: number | null; level: number | null; sku: string; productName: string; rotation: string | null; lotNumber: string; expiryDate: string | null; quantity: number; pickedQuantity: number; status: string; orderNumber: string | null; stop: number | null }
export interface PickList { waveId: string; routeId: string; vehicleId: string; zone: string; temperatureClass: string; status: string; departure: string; readyAt: string; distanceMeters: number; takenBy: string | null; lines: PickLine[] }
export interface TaskView { id: string; sequence: number; sku: string; lotNumber: string; bin: string; quantity: number; pickedQuantity: number; status: string }
export interface ShortPick { missing: number; bin: string; countTaskId: string; replacements: TaskView[]; unitsAtRisk: number; orderNumber: string; next: string[] }
export interface PickOutcome { task: TaskView; orderNumber: string; orderStatus: string; waveDone: boolean; shortPick: ShortPick | null }

export interface UnitView { id: string; label: string; kind: string; temperatureClass: string; weightGrams: number; volumeCm3: number; contents: Record<string, number> }
export interface PackedOrder { orderId: string; orderNumber: string; customerName: string; stop: number | null; status: string; units: { unit: UnitView; sealed: boolean }[] }
export interface PackingList { routeId: string; vehicleId: string | null; orders: PackedOrder[] }
export interface LoadStep { step: { position: number; item: { handlingUnitId: string; label: string; shipmentId: string; stopSequence: number; kind: string; temperatureClass: string; weightGrams: number }; compartment: string; problem: string | null }; inVan: boolean; scannedBy: string | null }
export interface LoadingProgress { routeId: string; vehicleId: string | null; refrigerated: boolean; dockDoor: string | null; loaded: boolean; waiting: string[]; steps: LoadStep[]; next: LoadStep | null; takenBy: string | null }

export interface StockLevel { sku: string; lotNumber: string; expiryDate: string | null; locationId: string; onHand: number; reserved: number; available: number }
export interface LotView { sku: string; lotNumber: string; expiryDate: string | null; receivedAt: string; blocked: boolean; blockReason: string | null; onHand: number; reserved: number }
export interface ExpiringLot { sku: string; name: string; lotNumber: string; expiryDate: string; daysLeft: number; expired: boolean; onHand: number; reserved: number }
export interface Page<T> { content: T[]; totalElements: number }
export interface ScanView { kind: 'BIN' | 'PRODUCT'; code: string }

export interface BlindCount { id: string; locationId: string; reason: string | null; skus: string[]; createdAt: string }
export interface CountResult { id: string; locationId: string; status: string; lines: { sku: string; lotNumber: string; expected: number; counted: number | null; variance: number | null }[] }
export interface ReplenishmentTask { id: string; sku: string; lotNumber: string; fromBin: string; toBin: string; quantity: number; status: string; reason: string; takenBy: string | null }

export interface Claim { type: string; taskId: string; by: string; since: string }
export interface WaveProgress { waveId: string; routeId: string; vehicleId: string; zone: string; status: string; scheduledStart: string; readyAt: string; departure: string; lines: number; linesDone: number; units: number; unitsPicked: number; takenBy: string | null; late: string | null }
export interface Board { site: string; date: string; at: string; openTasks: Record<string, number>; people: { person: string; tasks: Claim[] }[]; waves: WaveProgress[]; lateWaves: number }

const W = '/api/v1/warehouse';
const key = () => (crypto.randomUUID ? crypto.randomUUID() : `${Date.now()}-${Math.random()}`);
const idem = () => ({ headers: { 'Idempotency-Key': key() } });

export const floor = {
  sites: () => api.get<{ code: string; name: string }[]>(`${W}/sites`),
  readScan: (site: string, code: string) => api.get<ScanView>(`${W}/sites/${site}/scans`, { query: { code } }),

  receiving: (site: string, date: string) => api.get<DeliveryProgress[]>(`${W}/sites/${site}/receiving`, { query: { date } }),
  progress: (id: string) => api.get<DeliveryProgress>(`${W}/inbound-deliveries/${id}/progress`),
  openBlind: (site: string, reference: string, supplier: string) =>
    api.post<DeliveryView>(`${W}/sites/${site}/inbound-deliveries`, { reference, supplier, blind: true }),
  receive: (id: string, body: { productScan: string; lotScan: string; expiryDate: string | null; quantity: number; damagedQuantity: number }) =>
    api.post<DeliveryProgress>(`${W}/inbound-deliveries/${id}/scan-receipts`, body, idem()),
  closeDelivery: (id: string) => api.post<DeliveryView>(`${W}/inbound-deliveries/${id}/close`),

  nextPutaway: (site: string) => api.post<PutawayStep | undefined>(`${W}/sites/${site}/putaway-tasks/next`),
  confirmPutaway: (id: string, binScan: string, reason: string | null) =>
    api.post<PutawayTask>(`${W}/putaway-tasks/${id}/scan-confirm`, { binScan, reason }),
  releasePutaway: (id: string) => api.delete<void>(`${W}/putaway-tasks/${id}/claim`),

  pickRoutes: (site: string, date: string) => api.get<RouteWaves[]>(`${W}/sites/${site}/pick-routes`, { query: { date } }),
  pickList: (wave: string) => api.get<PickList>(`${W}/waves/${wave}/pick-list`),
  takeWave: (wave: string) => api.post<PickList>(`${W}/waves/${wave}/claim`),
  releaseWave: (wave: string) => api.delete<void>(`${W}/waves/${wave}/claim`),
  confirmPick: (task: string, body: { binScan: string; productScan: string; lotScan: string; quantity: number }) =>
    api.post<PickOutcome>(`${W}/pick-tasks/${task}/scan-confirm`, body, idem()),

  packing: (route: string) => api.get<PackingList>(`${W}/routes/${route}/packing`),
  seal: (route: string, labelScan: string) => api.post<unknown>(`${W}/routes/${route}/seals`, { labelScan }),
  units: (order: string) => api.get<UnitView[]>(`${W}/orders/${order}/handling-units`),
  order: (order: string) => api.get<{ id: string; orderNumber: string; customerName: string; address: string; requestedDate: string; stopSequence: number | null; vehicleId: string | null }>(`${W}/orders/${order}`),
  shipment: (order: string) => api.get<{ trackingCode: string }>(`/api/v1/tracking/shipments/${order}`),
  loading: (route: string) => api.get<LoadingProgress>(`${W}/routes/${route}/loading`),
  loadScan: (route: string, dockScan: string, labelScan: string) =>
    api.post<LoadingProgress>(`${W}/routes/${route}/load-scans`, { dockScan, labelScan }),
  loadComplete: (route: string) => api.post<LoadingProgress>(`${W}/routes/${route}/load-complete`),

  stock: (query: { sku?: string; locationId?: string }) => api.get<Page<StockLevel>>('/api/v1/inventory/stock', { query: { ...query, size: 200 } }),
  lots: (sku: string) => api.get<Page<LotView>>('/api/v1/inventory/lots', { query: { sku, size: 200 } }),
  expiring: (days: number) => api.get<ExpiringLot[] | Page<ExpiringLot>>('/api/v1/inventory/expiring', { query: { withinDays: days } }),

  counts: (site: string) => api.get<BlindCount[]>('/api/v1/inventory/blind-counts', { query: { siteId: site } }),
  countResult: (id: string, lines: { sku: string; lotNumber: string; countedQuantity: number }[]) =>
    api.post<CountResult>(`/api/v1/inventory/cycle-counts/${id}/results`, { lines, reason: 'Blind cycle count' }, idem()),
  replenishments: (site: string) => api.get<ReplenishmentTask[]>(`${W}/sites/${site}/replenishment-tasks`),
  generateReplenishments: (site: string) => api.post<ReplenishmentTask[]>(`${W}/sites/${site}/replenishment-tasks/generate`),
  takeReplenishment: (id: string) => api.post<ReplenishmentTask>(`${W}/replenishment-tasks/${id}/claim`),
  confirmReplenishment: (id: string, body: { fromBinScan: string; productScan: string; toBinScan: string }) =>
    api.post<ReplenishmentTask>(`${W}/replenishment-tasks/${id}/scan-confirm`, body),

  board: (site: string, date: string) => api.get<Board>(`${W}/sites/${site}/supervisor`, { query: { date } }),
};

/**
 * The working day: `?date=YYYY-MM-DD` in the address (picking tomorrow's waves the evening before),
 * else today in the browser's zone.
 */
export function today(): string {
  const asked = typeof window !== 'undefined' ? new URLSearchParams(window.location.search).get('date') : null;
  if (asked && /^\d{4}-\d{2}-\d{2}$/.test(asked)) return asked;
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}
