import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { Map as MapLibreMap, Marker } from 'maplibre-gl';
import { Link } from 'react-router';
import { api } from '../shell/api';
import { hasAnyRole, useSession } from '../shell/auth';
import { useI18n } from '../shell/i18n';
import { MapView, type MapLibre } from '../shell/map/MapView';
import { ProblemMessage } from '../shell/ProblemMessage';
import { diffVersions } from './diff';
import { hoursMinutes, km, scoreLevel, todayIso } from './format';
import { ProgressChart, type ProgressPoint } from './ProgressChart';
import { addConsoleLayers, boundsOf, colorsFor, deliveriesFeatures, planFeatures, pointFeatures, setData, stopMarkers } from './routeMap';
import { openStream } from './sse';
import { Timeline } from './Timeline';
import { isLate } from './timeline';
import type { Delivery, FleetVehicle, Job, Pin, PlanFigures, PlannedRoute, PlannedStop, VersionResponse, VersionSummary } from './types';
import './messages';
import './dispatcher.css';

type Tab = 'routes' | 'unassigned' | 'score' | 'orders' | 'fleet' | 'compare' | 'pins';

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;

/**
 * Plan mode: the day's deliveries and fleet, planning with live progress, the result on the map
 * and the timeline with its figures, pins, re-planning, comparing versions and publishing.
 */
export default function PlanMode() {
  const { t, formatTime, formatNumber } = useI18n();
  const session = useSession();
  const canPlan = hasAnyRole(session, ['DISPATCHER']);
  const queries = useQueryClient();
  const [date, setDate] = useState(() => new URLSearchParams(window.location.search).get('date') ?? todayIso());
  const [depot, setDepot] = useState('all');
  const [versionNo, setVersionNo] = useState<number | null>(null);
  const [tab, setTab] = useState<Tab>('routes');
  const [selected, setSelected] = useState<string | null>(null);
  const [job, setJob] = useState<Job | null>(null);
  const [progress, setProgress] = useState<ProgressPoint[]>([]);
  const [limit, setLimit] = useState(15);
  const [error, setError] = useState<unknown>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [force, setForce] = useState(false);
  const [now, setNow] = useState(() => Date.now());
  const closeStream = useRef<(() => void) | null>(null);

  const deliveries = useQuery({
    queryKey: ['routing', 'deliveries', date],
    queryFn: () => api.get<Delivery[]>('/api/v1/routing/deliveries', { query: { date } }),
  });
  const fleet = useQuery({ queryKey: ['routing', 'vehicles'], queryFn: () => api.get<FleetVehicle[]>('/api/v1/routing/vehicles') });
  const versions = useQuery({
    queryKey: ['routing', 'versions', date],
    queryFn: () => api.get<VersionSummary[]>('/api/v1/routing/plans', { query: { date } }),
  });
  const sortedVersions = useMemo(() => [...(versions.data ?? [])].sort((a, b) => b.version - a.version), [versions.data]);
  const summary = sortedVersions.find((v) => v.version === versionNo) ?? sortedVersions[0];
  const planId = summary?.planId;
  const current = summary?.version;
  const version = useQuery({
    queryKey: ['routing', 'version', planId, current],
    enabled: planId !== undefined,
    queryFn: () => api.get<VersionResponse>(`/api/v1/routing/plans/${planId}/versions/${current}`),
  });
  const figures = useQuery({
    queryKey: ['routing', 'figures', planId, current],
    enabled: planId !== undefined,
    queryFn: () => api.get<PlanFigures>(`/api/v1/routing/plans/${planId}/versions/${current}/figures`),
  });
  const pins = useQuery({
    queryKey: ['routing', 'pins', planId],
    enabled: planId !== undefined,
    queryFn: () => api.get<Pin[]>(`/api/v1/routing/plans/${planId}/pins`),
  });
  const [baseNo, setBaseNo] = useState<number | null>(null);
  const base = sortedVersions.find((v) => v.version === baseNo) ?? sortedVersions.find((v) => current !== undefined && v.version < current);
  const baseVersion = useQuery({
    queryKey: ['routing', 'version', base?.planId, base?.version],
    enabled: tab === 'compare' && base !== undefined,
    queryFn: () => api.get<VersionResponse>(`/api/v1/routing/plans/${base!.planId}/versions/${base!.version}`),
  });

  // Depots: where the fleet's vehicles start.
  const depots = useMemo(() => {
    const m = new Map<string, { id: string; lat: number; lon: number; vehicles: number }>();
    for (const v of fleet.data ?? []) {
      const id = v.depotId ?? `${v.depot.lat},${v.depot.lon}`;
      const d = m.get(id) ?? { id, lat: v.depot.lat, lon: v.depot.lon, vehicles: 0 };
      d.vehicles++;
      m.set(id, d);
    }
    return [...m.values()];
  }, [fleet.data]);
  const depotOf = (v: FleetVehicle) => v.depotId ?? `${v.depot.lat},${v.depot.lon}`;
  const vehicles = (fleet.data ?? []).filter((v) => depot === 'all' || depotOf(v) === depot);
  const vehicleCodes = new Set(vehicles.map((v) => v.code));
  const dayDeliveries = (deliveries.data ?? []).filter((d) => !d.cancelledReason && (depot === 'all' || d.depotId === depot || !d.depotId));
  const content = version.data?.content;
  const routes: PlannedRoute[] = useMemo(
    () => (content?.routes ?? []).filter((r) => depot === 'all' || vehicleCodes.has(r.vehicleId)),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [content, depot, fleet.data],
  );
  const colorOf = useMemo(() => colorsFor((fleet.data ?? []).map((v) => v.code).concat(content?.routes.map((r) => r.vehicleId) ?? [])), [fleet.data, content]);
  const orderOf = useMemo(() => {
    const m = new Map<string, string>();
    for (const d of deliveries.data ?? []) m.set(d.shipmentId, d.orderNumber);
    return m;
  }, [deliveries.data]);
  const stopIndex = useMemo(() => {
    const m = new Map<string, { route: PlannedRoute; stop: PlannedStop }>();
    for (const r of content?.routes ?? []) for (const s of r.stops) m.set(s.stopId, { route: r, stop: s });
    return m;
  }, [content]);
  const selectedStop = selected ? stopIndex.get(selected) : undefined;

  // --- the map ---
  const map = useRef<MapLibreMap | null>(null);
  const lib = useRef<MapLibre | null>(null);
  const markers = useRef<Marker[]>([]);
  const [mapReady, setMapReady] = useState(false);
  const onReady = useCallback((m: MapLibreMap, maplibre: MapLibre) => {
    map.current = m;
    lib.current = maplibre;
    addConsoleLayers(m);
    m.on('click', 'stops', (e) => {
      const id = e.features?.[0]?.properties?.stopId;
      if (typeof id === 'string') setSelected(id);
    });
    m.on('mouseenter', 'stops', () => (m.getCanvas().style.cursor = 'pointer'));
    m.on('mouseleave', 'stops', () => (m.getCanvas().style.cursor = ''));
    setMapReady(true);
  }, []);
  const fitted = useRef<string>('');
  useEffect(() => {
    const m = map.current;
    if (!mapReady || !m || !lib.current) return;
    const planned = new Set(routes.flatMap((r) => r.stops.map((s) => s.shipmentId)));
    const { lines, stops } = planFeatures(routes, colorOf);
    setData(m, 'routes', lines);
    setData(m, 'stops', stops);
    setData(m, 'deliveries', deliveriesFeatures(dayDeliveries.filter((d) => !planned.has(d.shipmentId))));
    setData(m, 'depots', pointFeatures(depots.filter((d) => depot === 'all' || d.id === depot).map((d) => ({ lon: d.lon, lat: d.lat }))));
    markers.current.forEach((mk) => mk.remove());
    markers.current = stopMarkers(lib.current, m, routes, colorOf, setSelected, (v, s, o) => t('dispatcher.marker', { vehicle: v, sequence: s, order: o }));
    const key = `${date}/${depot}/${planId}/${current}/${dayDeliveries.length}`;
    if (fitted.current !== key) {
      const b = boundsOf(routes, dayDeliveries.map((d) => d.location));
      if (b) {
        m.resize();
        m.fitBounds(b, { padding: 40, duration: 0 });
      }
      fitted.current = key;
    }
    m.getContainer().setAttribute('data-routes', String(routes.length));
    if (routes.length > 0 && current !== undefined) {
      const drawn = `dc-routes-drawn-v${current}`;
      m.once('idle', () => {
        if (performance.getEntriesByName(drawn).length === 0) performance.mark(drawn);
        m.getContainer().setAttribute('data-drawn-version', String(current));
      });
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [mapReady, routes, dayDeliveries.length, depots, depot, colorOf, t]);
  useEffect(() => {
    const m = map.current;
    if (!mapReady || !m) return;
    setData(m, 'selected', pointFeatures(selectedStop ? [{ lon: selectedStop.stop.location.lon, lat: selectedStop.stop.location.lat }] : []));
    markers.current.forEach((mk) => mk.getElement().classList.toggle('selected', mk.getElement().dataset.stopId === selected));
    if (selectedStop) {
      const p: [number, number] = [selectedStop.stop.location.lon, selectedStop.stop.location.lat];
      if (!m.getBounds().contains(p)) m.easeTo({ center: p, duration: 300 });
    }
  }, [mapReady, selected, selectedStop]);

  // --- planning ---
  const follow = useCallback(
    (j: Job) => {
      closeStream.current?.();
      setJob(j);
      setProgress([]);
      closeStream.current = openStream(j.progress, {
        reconnect: false,
        staleAfterMs: 60_000,
        onEvent: (name, data) => {
          if (name === 'progress') {
            const p = data as { at: string; score: string };
            setProgress((list) => [...list, { at: Date.parse(p.at) / 1000, score: p.score }]);
          } else if (name === 'status') {
            const done = data as Job;
            setJob(done);
            if (done.status === 'SOLVED' && done.version !== null) {
              performance.mark(`dc-job-solved-v${done.version}`);
              // Fetch the new version and its figures at once, beside the refreshed version list.
              const base = `/api/v1/routing/plans/${done.planId}/versions/${done.version}`;
              void queries.prefetchQuery({ queryKey: ['routing', 'version', done.planId, done.version], queryFn: () => api.get<VersionResponse>(base) });
              void queries.prefetchQuery({ queryKey: ['routing', 'figures', done.planId, done.version], queryFn: () => api.get<PlanFigures>(`${base}/figures`) });
              setVersionNo(done.version);
              setNotice(t('dispatcher.plan.solved', { version: done.version, score: done.bestScore ?? '' }));
              void queries.invalidateQueries({ queryKey: ['routing', 'versions', done.date] });
            } else if (done.status === 'FAILED') {
              setError(new Error(done.error ?? 'failed'));
            }
          }
        },
      });
    },
    [queries, t],
  );
  useEffect(() => () => closeStream.current?.(), []);
  const running = job !== null && (job.status === 'QUEUED' || job.status === 'SOLVING');
  useEffect(() => {
    if (!running) return;
    const timer = setInterval(() => setNow(Date.now()), 500);
    return () => clearInterval(timer);
  }, [running]);

  const act = async (action: () => Promise<void>) => {
    setError(null);
    setNotice(null);
    try {
      await action();
    } catch (e) {
      setError(e);
    }
  };
  const plan = () =>
    act(async () => {
      const j = await api.post<Job>('/api/v1/routing/plans/jobs', { date, timeLimitSeconds: limit });
      follow(j);
    });
  const stop = () => act(async () => void setJob(await api.post<Job>(`/api/v1/routing/plans/jobs/${job!.jobId}/stop`)));
  const publish = () =>
    act(async () => {
      await api.post(`/api/v1/routing/plans/${planId}/versions/${current}/publish`, undefined, { query: { force: force || undefined } });
      setNotice(t('dispatcher.plan.published', { version: current! }));
      await queries.invalidateQueries({ queryKey: ['routing', 'versions', date] });
    });
  const [pinVehicle, setPinVehicle] = useState('');
  const [pinPosition, setPinPosition] = useState('');
  const pin = () =>
    act(async () => {
      if (!selectedStop) return;
      const vehicle = pinVehicle || selectedStop.route.vehicleId;
      await api.post(`/api/v1/routing/plans/${planId}/pins`, {
        shipmentId: selectedStop.stop.shipmentId,
        vehicleId: vehicle,
        sequence: pinPosition ? Number(pinPosition) : undefined,
      });
      setNotice(t('dispatcher.pin.added', { order: selectedStop.stop.orderNumber, vehicle }));
      await queries.invalidateQueries({ queryKey: ['routing', 'pins', planId] });
    });
  const unpin = (shipmentId: string) =>
    act(async () => {
      await api.delete(`/api/v1/routing/plans/${planId}/pins/${shipmentId}`);
      await queries.invalidateQueries({ queryKey: ['routing', 'pins', planId] });
    });

  const loadError = deliveries.error ?? fleet.error ?? versions.error ?? version.error ?? figures.error;
  const f = figures.data;
  const named = (text: string) => text.replace(UUID, (id) => orderOf.get(id) ?? id).replace(/\((\d+) cents\)/g, (_, c: string) => `(${formatNumber(Number(c) / 100, { minimumFractionDigits: 2, maximumFractionDigits: 2 })})`);
  const elapsed = job?.startedAt ? Math.max(0, Math.round((now - Date.parse(job.startedAt)) / 1000)) : 0;

  return (
    <section className="page page-map dc-plan">
      <div className="dc-toolbar">
        <h1>{t('dispatcher.plan.title')}</h1>
        <div className="dc-field">
          <label htmlFor="dc-date">{t('dispatcher.date')}</label>
          <input id="dc-date" type="date" value={date} onChange={(e) => { setDate(e.target.value); setVersionNo(null); setSelected(null); }} />
        </div>
        <div className="dc-field">
          <label htmlFor="dc-depot">{t('dispatcher.depot')}</label>
          <select id="dc-depot" value={depot} onChange={(e) => setDepot(e.target.value)}>
            <option value="all">{t('dispatcher.depot.all')}</option>
            {depots.map((d, i) => (
              <option key={d.id} value={d.id}>
                {t('dispatcher.depot.option', { n: i + 1, vehicles: d.vehicles })}
              </option>
            ))}
          </select>
        </div>
        <div className="dc-field">
          <label htmlFor="dc-version">{t('dispatcher.version')}</label>
          <select id="dc-version" value={current ?? ''} onChange={(e) => { setVersionNo(Number(e.target.value)); setSelected(null); }} disabled={sortedVersions.length === 0}>
            {sortedVersions.length === 0 && <option value="">{t('dispatcher.version.none')}</option>}
            {sortedVersions.map((v) => (
              <option key={v.version} value={v.version}>
                {t('dispatcher.version.option', { version: v.version, status: t(`dispatcher.status.${v.status}`), score: v.score })}
              </option>
            ))}
          </select>
        </div>
        {canPlan && (
          <div className="dc-actions">
            <Link to="/plan/import" className="dc-import-link">
              {t('dispatcher.import.link')}
            </Link>
            <div className="dc-field dc-narrow">
              <label htmlFor="dc-limit">{t('dispatcher.plan.limit')}</label>
              <input id="dc-limit" type="number" min={1} max={600} value={limit} onChange={(e) => setLimit(Number(e.target.value) || 1)} />
            </div>
            <button type="button" className="primary" onClick={plan} disabled={running}>
              {sortedVersions.length > 0 ? t('dispatcher.plan.rerun') : t('dispatcher.plan.run')}
            </button>
            {summary && summary.status !== 'PUBLISHED' && (
              <>
                {!summary.feasible && (
                  <label className="dc-check">
                    <input type="checkbox" checked={force} onChange={(e) => setForce(e.target.checked)} /> {t('dispatcher.plan.force')}
                  </label>
                )}
                <button type="button" onClick={publish} disabled={running}>
                  {t('dispatcher.plan.publish')}
                </button>
              </>
            )}
          </div>
        )}
      </div>
      {!canPlan && <p className="notice">{t('dispatcher.plan.readOnly')}</p>}
      <ProblemMessage error={error ?? loadError} />
      {notice && (
        <p className="notice" role="status">
          {notice}
        </p>
      )}
      {job && (running || job.status !== 'SOLVED') && (
        <div className="dc-progress" role="status" aria-live="polite" data-testid="progress">
          <strong>{t('dispatcher.progress.title')}</strong> <span className="badge">{t(`dispatcher.progress.status.${job.status}`)}</span>
          <span data-testid="elapsed">{t('dispatcher.progress.elapsed', { elapsed: Math.min(elapsed, job.timeLimitSeconds), limit: job.timeLimitSeconds })}</span>
          <ProgressChart points={progress} startedAt={job.startedAt ? Date.parse(job.startedAt) / 1000 : now / 1000} limitSeconds={job.timeLimitSeconds} />
          {running && canPlan && (
            <button type="button" className="danger" onClick={stop}>
              {t('dispatcher.plan.stop')}
            </button>
          )}
        </div>
      )}
      <div className="dc-body">
        <MapView className="dc-map" label={t('dispatcher.map.plan')} onReady={onReady} />
        <aside className="dc-side" aria-label={t('dispatcher.tabs')}>
          <div className="dc-tabs" role="tablist" aria-label={t('dispatcher.tabs')}>
            {(
              [
                ['routes', t('dispatcher.tab.routes')],
                ['unassigned', t('dispatcher.tab.unassigned', { count: content?.unassigned.length ?? 0 })],
                ['score', t('dispatcher.tab.score')],
                ['compare', t('dispatcher.tab.compare')],
                ['pins', t('dispatcher.tab.pins', { count: pins.data?.length ?? 0 })],
                ['orders', t('dispatcher.tab.orders', { count: dayDeliveries.length })],
                ['fleet', t('dispatcher.tab.fleet', { count: vehicles.length })],
              ] as [Tab, string][]
            ).map(([id, label]) => (
              <button key={id} type="button" role="tab" id={`dc-tab-${id}`} aria-selected={tab === id} aria-controls="dc-tabpanel" className={tab === id ? 'active' : undefined} onClick={() => setTab(id)}>
                {label}
              </button>
            ))}
          </div>
          <div className="dc-tabpanel" id="dc-tabpanel" role="tabpanel" aria-labelledby={`dc-tab-${tab}`} tabIndex={0}>
            {selectedStop && (
              <div className="dc-selected" data-testid="selected-stop">
                <h2>{t('dispatcher.pin.title', { sequence: selectedStop.stop.sequence, vehicle: selectedStop.route.vehicleId, order: selectedStop.stop.orderNumber })}</h2>
                <p>
                  {t('dispatcher.arrival')} {formatTime(selectedStop.stop.plannedArrival)} · {t('dispatcher.window')}{' '}
                  {selectedStop.stop.timeWindows.map((w) => `${formatTime(w.start)}–${formatTime(w.end)}`).join(', ')}
                </p>
                {canPlan && planId && (
                  <div className="dc-pin-form">
                    <div className="dc-field">
                      <label htmlFor="dc-pin-vehicle">{t('dispatcher.pin.vehicle')}</label>
                      <select id="dc-pin-vehicle" value={pinVehicle || selectedStop.route.vehicleId} onChange={(e) => setPinVehicle(e.target.value)}>
                        {(fleet.data ?? []).map((v) => (
                          <option key={v.code} value={v.code}>
                            {v.code}
                          </option>
                        ))}
                      </select>
                    </div>
                    <div className="dc-field dc-narrow">
                      <label htmlFor="dc-pin-position">{t('dispatcher.pin.position')}</label>
                      <input id="dc-pin-position" type="number" min={1} max={1000} value={pinPosition} onChange={(e) => setPinPosition(e.target.value)} />
                    </div>
                    <button type="button" onClick={pin}>
                      {t('dispatcher.pin.submit')}
                    </button>
                  </div>
                )}
              </div>
            )}
            {tab === 'routes' && (
              <RoutesTable routes={routes} figures={f} colorOf={colorOf} selected={selected} onSelect={setSelected} />
            )}
            {tab === 'unassigned' &&
              (content && content.unassigned.length > 0 ? (
                <table data-testid="unassigned">
                  <thead>
                    <tr>
                      <th scope="col">{t('dispatcher.order')}</th>
                      <th scope="col">{t('dispatcher.priority')}</th>
                      <th scope="col">{t('dispatcher.reason')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {content.unassigned.map((u) => (
                      <tr key={u.shipmentId}>
                        <td>{u.orderNumber}</td>
                        <td>{u.priority}</td>
                        <td>{u.reason}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              ) : (
                <p className="dc-muted">{content ? t('dispatcher.unassigned.none') : t('dispatcher.version.none')}</p>
              ))}
            {tab === 'score' && content && (
              <div data-testid="explanation">
                <p>{t('dispatcher.score.total', { score: content.score })}</p>
                <ul className="dc-explanation">
                  {content.explanation.map((e) => {
                    const level = scoreLevel(e.score);
                    return (
                      <li key={e.constraint} className={`dc-level-${level}`}>
                        <div className="dc-explanation-head">
                          <strong>{t(`dispatcher.constraint.${e.constraint}`) === `dispatcher.constraint.${e.constraint}` ? e.constraint : t(`dispatcher.constraint.${e.constraint}`)}</strong>
                          <span className="badge">{t(`dispatcher.level.${level}`)}</span>
                          <span>{t('dispatcher.score.matches', { count: e.matches })}</span>
                          <code>{e.score}</code>
                        </div>
                        <ul>
                          {e.details.slice(0, 6).map((d, i) => (
                            <li key={i}>{named(d)}</li>
                          ))}
                        </ul>
                      </li>
                    );
                  })}
                </ul>
              </div>
            )}
            {tab === 'compare' && (
              <Compare
                current={content}
                currentNo={current}
                base={baseVersion.data?.content}
                baseNo={base?.version}
                options={sortedVersions.filter((v) => v.version !== current)}
                onBase={setBaseNo}
              />
            )}
            {tab === 'pins' &&
              ((pins.data ?? []).length === 0 ? (
                <p className="dc-muted">{t('dispatcher.pin.none')}</p>
              ) : (
                <ul className="dc-pins" data-testid="pins">
                  {(pins.data ?? []).map((p) => (
                    <li key={p.shipmentId}>
                      {orderOf.get(p.shipmentId) ?? p.shipmentId} → {p.vehicleId} ({p.sequence ?? t('dispatcher.pin.anyPosition')})
                      {canPlan && (
                        <button type="button" onClick={() => unpin(p.shipmentId)}>
                          {t('dispatcher.pin.remove')}
                        </button>
                      )}
                    </li>
                  ))}
                </ul>
              ))}
            {tab === 'orders' &&
              (dayDeliveries.length === 0 ? (
                <p className="dc-muted">{t('dispatcher.plan.empty')}</p>
              ) : (
                <table>
                  <thead>
                    <tr>
                      <th scope="col">{t('dispatcher.order')}</th>
                      <th scope="col">{t('dispatcher.customer')}</th>
                      <th scope="col">{t('dispatcher.window')}</th>
                      <th scope="col">{t('dispatcher.demand')}</th>
                      <th scope="col">{t('dispatcher.reefer')}</th>
                      <th scope="col">{t('dispatcher.priority')}</th>
                      <th scope="col">{t('dispatcher.readyAt')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {dayDeliveries.map((d) => (
                      <tr key={d.shipmentId}>
                        <td>{d.orderNumber}</td>
                        <td>{d.customerName}</td>
                        <td>{d.timeWindows.map((w) => `${formatTime(w.start)}–${formatTime(w.end)}`).join(', ')}</td>
                        <td>
                          {formatNumber(d.weightGrams / 1000, { maximumFractionDigits: 1 })} kg · {formatNumber(d.volumeCm3 / 1e6, { maximumFractionDigits: 2 })} m³ · {d.pallets} pal
                        </td>
                        <td>{d.needsRefrigeration ? t('dispatcher.yes') : t('dispatcher.no')}</td>
                        <td>{d.priority}</td>
                        <td>{d.readyAt ? formatTime(d.readyAt) : '–'}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              ))}
            {tab === 'fleet' && (
              <table>
                <thead>
                  <tr>
                    <th scope="col">{t('dispatcher.vehicle')}</th>
                    <th scope="col">{t('dispatcher.capacity')}</th>
                    <th scope="col">{t('dispatcher.reefer')}</th>
                    <th scope="col">{t('dispatcher.shift')}</th>
                    <th scope="col">{t('dispatcher.break')}</th>
                  </tr>
                </thead>
                <tbody>
                  {vehicles.map((v) => (
                    <tr key={v.id}>
                      <td>
                        <span className="dc-swatch" style={{ background: colorOf(v.code) }} /> {v.code}
                      </td>
                      <td>
                        {formatNumber(v.capacityGrams / 1000)} kg · {formatNumber(v.capacityCm3 / 1e6)} m³ · {v.capacityPallets} pal
                      </td>
                      <td>{v.refrigerated ? t('dispatcher.yes') : t('dispatcher.no')}</td>
                      <td>
                        {v.shiftStart.slice(0, 5)}–{v.shiftEnd.slice(0, 5)}
                      </td>
                      <td>{v.breakStart ? `${v.breakStart.slice(0, 5)}–${v.breakEnd?.slice(0, 5)}, ${Math.round(v.breakSeconds / 60)} min` : '–'}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </div>
        </aside>
      </div>
      <Timeline routes={routes} figures={f?.routes} colorOf={colorOf} selectedStopId={selected} onSelect={setSelected} />
    </section>
  );
}

function RoutesTable({
  routes,
  figures,
  colorOf,
  selected,
  onSelect,
}: {
  routes: PlannedRoute[];
  figures?: PlanFigures;
  colorOf: (v: string) => string;
  selected: string | null;
  onSelect: (stopId: string) => void;
}) {
  const { t, formatTime, formatNumber } = useI18n();
  const [open, setOpen] = useState<string | null>(null);
  if (routes.length === 0) return <p className="dc-muted">{t('dispatcher.version.none')}</p>;
  const totals = figures?.totals;
  const load = (percent: number | undefined) => (percent === undefined ? '–' : `${formatNumber(percent, { maximumFractionDigits: 0 })} %`);
  return (
    <table className="dc-routes" data-testid="routes">
      <thead>
        <tr>
          <th scope="col">{t('dispatcher.vehicle')}</th>
          <th scope="col">{t('dispatcher.stops')}</th>
          <th scope="col">{t('dispatcher.km')}</th>
          <th scope="col">{t('dispatcher.driving')}</th>
          <th scope="col">{t('dispatcher.total')}</th>
          <th scope="col">{t('dispatcher.load')}</th>
          <th scope="col">{t('dispatcher.late')}</th>
          <th scope="col">{t('dispatcher.co2')}</th>
        </tr>
      </thead>
      <tbody>
        {totals && (
          <tr className="dc-day" data-testid="day-totals">
            <th scope="row">{t('dispatcher.day')}</th>
            <td>{totals.stops}</td>
            <td>{km(totals.distanceMeters)}</td>
            <td>{hoursMinutes(totals.drivingSeconds)}</td>
            <td>{hoursMinutes(totals.totalSeconds)}</td>
            <td>–</td>
            <td>{totals.lateStops}</td>
            <td>{formatNumber(totals.co2Grams / 1000, { maximumFractionDigits: 1 })}</td>
          </tr>
        )}
        {routes.map((r) => {
          const f = figures?.routes.find((x) => x.routeId === r.routeId);
          const expanded = open === r.routeId || r.stops.some((s) => s.stopId === selected);
          return [
            <tr key={r.routeId} className="dc-route-row" data-vehicle={r.vehicleId}>
              <th scope="row">
                <button type="button" className="dc-link" aria-expanded={expanded} onClick={() => setOpen(expanded ? null : r.routeId)}>
                  <span className="dc-swatch" style={{ background: colorOf(r.vehicleId) }} /> {r.vehicleId}
                </button>
              </th>
              <td>{r.stops.length}</td>
              <td>{km(r.distanceMeters)}</td>
              <td>{hoursMinutes(r.drivingSeconds)}</td>
              <td>{f ? hoursMinutes(f.totalSeconds) : '–'}</td>
              <td>{f ? f.load.map((l) => load(l.percent)).join(' / ') : '–'}</td>
              <td>{f ? f.lateStops : '–'}</td>
              <td title={f?.co2Basis === 'default' ? t('dispatcher.co2.default', { g: f.co2GramsPerKm }) : undefined}>
                {formatNumber((f?.co2Grams ?? r.co2Grams) / 1000, { maximumFractionDigits: 1 })}
                {f?.co2Basis === 'default' ? '*' : ''}
              </td>
            </tr>,
            expanded && (
              <tr key={`${r.routeId}-stops`} className="dc-route-stops">
                <td colSpan={8}>
                  <ol>
                    {r.stops.map((s) => {
                      const sf = f?.stops.find((x) => x.stopId === s.stopId);
                      const late = isLate(Date.parse(s.plannedArrival) / 1000, s.timeWindows);
                      return (
                        <li key={s.stopId} className={s.stopId === selected ? 'selected' : undefined}>
                          <button type="button" className="dc-link" onClick={() => onSelect(s.stopId)}>
                            {s.sequence}. {s.orderNumber}
                          </button>{' '}
                          {sf?.customerName ?? ''} · {formatTime(s.plannedArrival)} ({s.timeWindows.map((w) => `${formatTime(w.start)}–${formatTime(w.end)}`).join(', ')})
                          {sf && sf.waitingSeconds > 60 ? ` · ${t('dispatcher.waiting')} ${hoursMinutes(sf.waitingSeconds)}` : ''}
                          {sf && sf.breakSeconds > 0 ? ` · ${t('dispatcher.break')} ${hoursMinutes(sf.breakSeconds)}` : ''}
                          {late && <span className="badge bad"> {t('dispatcher.lateFlag')}</span>}
                        </li>
                      );
                    })}
                  </ol>
                </td>
              </tr>
            ),
          ];
        })}
      </tbody>
    </table>
  );
}

function Compare({
  current,
  currentNo,
  base,
  baseNo,
  options,
  onBase,
}: {
  current?: VersionResponse['content'];
  currentNo?: number;
  base?: VersionResponse['content'];
  baseNo?: number;
  options: VersionSummary[];
  onBase: (v: number) => void;
}) {
  const { t, formatNumber } = useI18n();
  if (!current || options.length === 0) return <p className="dc-muted">{t('dispatcher.compare.none')}</p>;
  const d = base ? diffVersions(base, current) : null;
  const rows: [string, { before: number; after: number; delta: number }][] = d
    ? [
        ['km', d.km],
        ['drivingHours', d.drivingHours],
        ['totalHours', d.totalHours],
        ['vehicles', d.vehicles],
        ['lateStops', d.lateStops],
        ['unassigned', d.unassigned],
      ]
    : [];
  return (
    <div data-testid="compare">
      <div className="dc-field">
        <label htmlFor="dc-base">{t('dispatcher.compare.with', { version: currentNo ?? '' })}</label>
        <select id="dc-base" value={baseNo ?? ''} onChange={(e) => onBase(Number(e.target.value))}>
          {options.map((v) => (
            <option key={v.version} value={v.version}>
              v{v.version} · {t(`dispatcher.status.${v.status}`)}
            </option>
          ))}
        </select>
      </div>
      {d && (
        <>
          <table>
            <thead>
              <tr>
                <th scope="col">{t('dispatcher.compare.figure')}</th>
                <th scope="col">{t('dispatcher.compare.before')}</th>
                <th scope="col">{t('dispatcher.compare.after')}</th>
                <th scope="col">{t('dispatcher.compare.change')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map(([k, v]) => (
                <tr key={k}>
                  <th scope="row">{t(`dispatcher.compare.${k}`)}</th>
                  <td>{formatNumber(v.before)}</td>
                  <td>{formatNumber(v.after)}</td>
                  <td className={v.delta > 0 ? 'dc-up' : v.delta < 0 ? 'dc-down' : undefined}>
                    {v.delta > 0 ? '+' : ''}
                    {formatNumber(v.delta)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <h2>{t('dispatcher.compare.changes', { count: d.changes.length, unchanged: d.unchanged })}</h2>
          <ul className="dc-changes" data-testid="changes">
            {d.changes.slice(0, 200).map((c) => (
              <li key={c.shipmentId}>
                <strong>{c.orderNumber}</strong> {t(`dispatcher.compare.kind.${c.kind}`)}: {c.from ? `${c.from.vehicleId} #${c.from.sequence}` : '–'} → {c.to ? `${c.to.vehicleId} #${c.to.sequence}` : '–'}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
