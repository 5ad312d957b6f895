import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { api, ApiError } from '../shell/api';
import { hasAnyRole, useSession } from '../shell/auth';
import { useI18n } from '../shell/i18n';
import { MapView } from '../shell/map/MapView';
import { ProblemMessage } from '../shell/ProblemMessage';
import { diffVersions } from './diff';
import { dayBounds, todayIso } from './format';
import { ProgressChart, type ProgressPoint } from './ProgressChart';
import { addConsoleLayers, boundsOf, colorsFor, planFeatures, pointFeatures, setData } from './routeMap';
import { openStream, type StreamState } from './sse';
import type { Alert, Job, LiveVehicle, Position, PublishedPlan, Shipment, VersionResponse } from './types';
import './messages';
import './dispatcher.css';

interface LivePosition {
  lat: number;
  lon: number;
  at: string;
}

/**
 * Live mode: vehicles move on the map from the live feed, each route shows its stops done, current
 * and to go with planned and actual arrival and the current ETA, an alert list, re-planning from
 * the live state with the proposed change and publishing, a vehicle's trail for the day, and a
 * "stale" badge while the feed is down (it reconnects by itself).
 */
export default function LiveMode() {
  const { t, formatTime } = useI18n();
  const session = useSession();
  const canPlan = hasAnyRole(session, ['DISPATCHER']);
  const queries = useQueryClient();
  const [date] = useState(() => new URLSearchParams(window.location.search).get('date') ?? todayIso());
  const [feed, setFeed] = useState<StreamState>('connecting');
  const [selectedVehicle, setSelectedVehicle] = useState<string | null>(null);
  const [trail, setTrail] = useState<Position[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [job, setJob] = useState<Job | null>(null);
  const [progress, setProgress] = useState<ProgressPoint[]>([]);
  const [force, setForce] = useState(false);
  const positions = useRef(new Map<string, LivePosition>());
  const etas = useRef(new Map<string, { eta: string; late: boolean }>());
  const [tick, setTick] = useState(0);
  const [expanded, setExpanded] = useState<Set<string>>(new Set());

  const published = useQuery({
    queryKey: ['routing', 'published', date],
    queryFn: () => api.get<PublishedPlan>('/api/v1/routing/plans/published', { query: { date } }),
    retry: false,
  });
  const shipments = useQuery({
    queryKey: ['tracking', 'shipments', date],
    queryFn: () => api.get<Shipment[]>('/api/v1/tracking/shipments', { query: { date } }),
    refetchInterval: 15_000,
  });
  const vehicles = useQuery({ queryKey: ['tracking', 'vehicles'], queryFn: () => api.get<LiveVehicle[]>('/api/v1/tracking/vehicles') });
  const alerts = useQuery({
    queryKey: ['tracking', 'alerts', date],
    queryFn: () => api.get<Alert[]>('/api/v1/tracking/alerts', { query: { date } }),
    refetchInterval: 5_000,
  });

  // Vehicles' last fixes from the REST answer, then from the feed.
  useEffect(() => {
    for (const v of vehicles.data ?? []) {
      const known = positions.current.get(v.vehicleId);
      if (v.lat !== null && v.lon !== null && v.at && (!known || known.at < v.at)) positions.current.set(v.vehicleId, { lat: v.lat, lon: v.lon, at: v.at });
    }
    setTick((n) => n + 1);
  }, [vehicles.data]);

  const refetchSoon = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => {
    const close = openStream('/api/v1/tracking/feed', {
      reconnect: true,
      staleAfterMs: 25_000,
      onState: (s) => {
        setFeed(s);
        // After a reconnect, what was missed comes from the REST views.
        if (s === 'live') void queries.invalidateQueries({ queryKey: ['tracking'] });
      },
      onEvent: (name, data) => {
        const d = data as Record<string, unknown>;
        if (name === 'position') {
          positions.current.set(String(d.vehicleId), { lat: Number(d.lat), lon: Number(d.lon), at: String(d.at) });
          setTick((n) => n + 1);
        } else if (name === 'eta') {
          for (const s of (d.stops as { stopId: string; eta: string; late: boolean }[]) ?? []) etas.current.set(s.stopId, { eta: s.eta, late: s.late });
          setTick((n) => n + 1);
        } else if (name === 'stop' || name === 'delay') {
          clearTimeout(refetchSoon.current);
          refetchSoon.current = setTimeout(() => {
            void queries.invalidateQueries({ queryKey: ['tracking', 'shipments', date] });
            void queries.invalidateQueries({ queryKey: ['tracking', 'alerts', date] });
          }, 500);
        }
      },
    });
    return () => {
      close();
      clearTimeout(refetchSoon.current);
    };
  }, [queries, date]);

  const plan = published.data;
  const colorOf = useMemo(() => colorsFor(plan?.routes.map((r) => r.vehicleId) ?? []), [plan]);
  const byShipment = useMemo(() => new Map((shipments.data ?? []).map((s) => [s.shipmentId, s])), [shipments.data]);

  // --- the map ---
  const map = useRef<MapLibreMap | null>(null);
  const [mapReady, setMapReady] = useState(false);
  const onReady = useCallback((m: MapLibreMap) => {
    map.current = m;
    addConsoleLayers(m);
    m.on('click', 'vehicles', (e) => {
      const id = e.features?.[0]?.properties?.vehicleId;
      if (typeof id === 'string') setSelectedVehicle(id);
    });
    setMapReady(true);
  }, []);
  const fitted = useRef(false);
  useEffect(() => {
    const m = map.current;
    if (!mapReady || !m || !plan) return;
    const routes = plan.routes.map((r) => ({
      ...r,
      stops: r.stops.map((s) => ({ ...s, orderNumber: '', status: byShipment.get(s.shipmentId)?.outcome ? 'DONE' : 'PLANNED' })),
    }));
    const { lines, stops } = planFeatures(routes, colorOf);
    setData(m, 'routes', lines);
    setData(m, 'stops', stops);
    if (!fitted.current) {
      const b = boundsOf(routes);
      if (b) {
        m.resize();
        m.fitBounds(b, { padding: 40, duration: 0 });
      }
      fitted.current = true;
    }
  }, [mapReady, plan, byShipment, colorOf]);
  useEffect(() => {
    const m = map.current;
    if (!mapReady || !m) return;
    setData(
      m,
      'vehicles',
      pointFeatures(
        [...positions.current.entries()].map(([vehicleId, p]) => ({ lon: p.lon, lat: p.lat, props: { vehicleId, color: colorOf(vehicleId), stale: feed !== 'live' } })),
      ),
    );
    m.getContainer().setAttribute('data-vehicles', String(positions.current.size));
  }, [mapReady, tick, colorOf, feed]);
  useEffect(() => {
    const m = map.current;
    if (!mapReady || !m) return;
    const points = trail ? [...trail.map((p) => [p.lon, p.lat] as [number, number])] : [];
    const live = selectedVehicle ? positions.current.get(selectedVehicle) : undefined;
    if (trail && live) points.push([live.lon, live.lat]);
    setData(m, 'trail', { type: 'FeatureCollection', features: points.length > 1 ? [{ type: 'Feature', properties: {}, geometry: { type: 'LineString', coordinates: points } }] : [] });
  }, [mapReady, trail, selectedVehicle, tick]);

  const act = async (action: () => Promise<void>) => {
    setError(null);
    setNotice(null);
    try {
      await action();
    } catch (e) {
      setError(e);
    }
  };
  const showTrail = (vehicleId: string) =>
    act(async () => {
      setSelectedVehicle(vehicleId);
      const { from, to } = dayBounds(date);
      const r = await api.get<{ positions: Position[] }>(`/api/v1/tracking/vehicles/${encodeURIComponent(vehicleId)}/positions`, { query: { from, to, limit: 50000 } });
      setTrail(r.positions);
    });

  // --- re-plan from the live state ---
  const closeProgress = useRef<(() => void) | null>(null);
  useEffect(() => () => closeProgress.current?.(), []);
  const replan = (vehiclesOut: string[]) =>
    act(async () => {
      if (!plan) return;
      // The fleet's newest report is "now" for the re-plan (a simulated day runs ahead of or behind the wall clock).
      const latest = [...positions.current.values()].map((p) => p.at).sort().pop();
      const j = await api.post<Job>(`/api/v1/routing/plans/${plan.planId}/replan`, { timeLimitSeconds: 10, vehiclesOut, at: latest });
      setJob(j);
      setProgress([]);
      closeProgress.current?.();
      closeProgress.current = openStream(j.progress, {
        reconnect: false,
        staleAfterMs: 60_000,
        onEvent: (name, data) => {
          if (name === 'progress') {
            const p = data as { at: string; score: string };
            setProgress((list) => [...list, { at: Date.parse(p.at) / 1000, score: p.score }]);
          } else if (name === 'status') {
            setJob(data as Job);
            if ((data as Job).status === 'FAILED') setError(new Error((data as Job).error ?? 'failed'));
          }
        },
      });
    });
  const proposal = useQuery({
    queryKey: ['routing', 'version', job?.planId, job?.version],
    enabled: job?.status === 'SOLVED' && job.planId !== null,
    queryFn: () => api.get<VersionResponse>(`/api/v1/routing/plans/${job!.planId}/versions/${job!.version}`),
  });
  const current = useQuery({
    queryKey: ['routing', 'version', plan?.planId, plan?.version],
    enabled: plan !== undefined && job?.status === 'SOLVED',
    queryFn: () => api.get<VersionResponse>(`/api/v1/routing/plans/${plan!.planId}/versions/${plan!.version}`),
  });
  const change = proposal.data && current.data ? diffVersions(current.data.content, proposal.data.content) : null;
  const publish = () =>
    act(async () => {
      if (!job?.planId || job.version === null) return;
      await api.post(`/api/v1/routing/plans/${job.planId}/versions/${job.version}/publish`, undefined, { query: { force: force || undefined } });
      setNotice(t('dispatcher.plan.published', { version: job.version }));
      setJob(null);
      fitted.current = true;
      await queries.invalidateQueries({ queryKey: ['routing', 'published', date] });
      await queries.invalidateQueries({ queryKey: ['tracking'] });
    });

  const running = job !== null && (job.status === 'QUEUED' || job.status === 'SOLVING');
  const nothing = published.error instanceof ApiError && published.error.status === 404;
  const alertText = (a: Alert) =>
    t(`dispatcher.live.alert.${a.kind}`, {
      vehicle: a.vehicleId,
      order: a.orderNumber ?? '',
      customer: a.customerName ?? '',
      minutes: a.minutes,
      reason: a.reason ? t(`dispatcher.live.reason.${a.reason}`) : '',
    });

  return (
    <section className="page page-map dc-live">
      <div className="dc-toolbar">
        <h1>{t('dispatcher.live.title')}</h1>
        <span className={`badge dc-feed ${feed === 'live' ? 'ok' : feed === 'stale' ? 'bad' : 'warn'}`} role="status" data-testid="feed-state" data-state={feed}>
          {t(`dispatcher.live.feed.${feed}`)}
        </span>
        {plan && (
          <span className="dc-muted">
            {t('dispatcher.version')} {plan.version} · {formatTime(plan.publishedAt)}
          </span>
        )}
        {canPlan && plan && (
          <div className="dc-actions">
            <button type="button" onClick={() => replan([])} disabled={running}>
              {t('dispatcher.live.replan')}
            </button>
          </div>
        )}
      </div>
      <ProblemMessage error={error ?? (nothing ? null : published.error ?? shipments.error ?? alerts.error)} />
      {nothing && <p className="notice">{t('dispatcher.live.nothing')}</p>}
      {notice && (
        <p className="notice" role="status">
          {notice}
        </p>
      )}
      {job && (
        <div className="dc-proposal" data-testid="proposal">
          <strong>{job.version ? t('dispatcher.live.proposal', { version: job.version }) : t('dispatcher.progress.title')}</strong>{' '}
          <span className="badge">{t(`dispatcher.progress.status.${job.status}`)}</span>
          {running && <ProgressChart points={progress} startedAt={job.startedAt ? Date.parse(job.startedAt) / 1000 : Date.now() / 1000} limitSeconds={job.timeLimitSeconds} />}
          {change && (
            <>
              <p>
                {t('dispatcher.compare.km')}: {change.km.before} → {change.km.after} · {t('dispatcher.compare.lateStops')}: {change.lateStops.before} → {change.lateStops.after} ·{' '}
                {t('dispatcher.compare.unassigned')}: {change.unassigned.before} → {change.unassigned.after}
              </p>
              <p>{t('dispatcher.compare.changes', { count: change.changes.length, unchanged: change.unchanged })}</p>
              <ul className="dc-changes" data-testid="changes">
                {change.changes.slice(0, 12).map((c) => (
                  <li key={c.shipmentId}>
                    <strong>{c.orderNumber}</strong> {t(`dispatcher.compare.kind.${c.kind}`)}: {c.from ? `${c.from.vehicleId} #${c.from.sequence}` : '–'} → {c.to ? `${c.to.vehicleId} #${c.to.sequence}` : '–'}
                  </li>
                ))}
              </ul>
              {proposal.data && !proposal.data.content.feasible && (
                <label className="dc-check">
                  <input type="checkbox" checked={force} onChange={(e) => setForce(e.target.checked)} /> {t('dispatcher.plan.force')}
                </label>
              )}
              <div className="dc-alert-actions">
                <button type="button" className="primary" onClick={publish}>
                  {t('dispatcher.plan.publish')}
                </button>
                <button type="button" onClick={() => setJob(null)}>
                  {t('dispatcher.live.discard')}
                </button>
              </div>
            </>
          )}
        </div>
      )}
      <div className="dc-body">
        <MapView className="dc-map" label={t('dispatcher.map.live')} onReady={onReady} />
        <aside className="dc-side" aria-label={t('dispatcher.live.title')}>
          <div className="dc-tabpanel" tabIndex={0}>
            <h2>{t('dispatcher.live.alerts', { count: alerts.data?.length ?? 0 })}</h2>
            {(alerts.data ?? []).length === 0 ? (
              <p className="dc-muted">{t('dispatcher.live.alerts.none')}</p>
            ) : (
              <ul className="dc-alerts" data-testid="alerts">
                {(alerts.data ?? []).slice(0, 50).map((a) => (
                  <li key={a.id} className={a.severity} data-kind={a.kind} data-vehicle={a.vehicleId}>
                    {alertText(a)}
                    {canPlan && (
                      <div className="dc-alert-actions">
                        <button type="button" onClick={() => replan([])} disabled={running}>
                          {t('dispatcher.live.replan')}
                        </button>
                        {(a.kind === 'STATIONARY' || a.kind === 'SILENT') && (
                          <button type="button" onClick={() => replan([a.vehicleId])} disabled={running}>
                            {t('dispatcher.live.replanWithout', { vehicle: a.vehicleId })}
                          </button>
                        )}
                      </div>
                    )}
                  </li>
                ))}
              </ul>
            )}
            <div className="dc-live-routes" data-testid="live-routes">
              {(plan?.routes ?? []).map((r) => {
                const stops = r.stops.map((s) => {
                  const sh = byShipment.get(s.shipmentId);
                  const live = etas.current.get(s.stopId);
                  return { s, sh, eta: live?.eta ?? sh?.eta ?? null, late: live?.late ?? sh?.late ?? false };
                });
                const done = stops.filter((x) => x.sh?.outcome).length;
                const currentIndex = stops.findIndex((x) => !x.sh?.outcome && !x.sh?.departedAt);
                const fix = positions.current.get(r.vehicleId);
                return (
                  <section key={r.routeId} className="dc-live-route" data-vehicle={r.vehicleId} data-lat={fix?.lat} data-lon={fix?.lon} aria-label={r.vehicleId}>
                    <h3>
                      <span className="dc-swatch" style={{ background: colorOf(r.vehicleId) }} /> {r.vehicleId}
                      <span className="dc-muted">{t('dispatcher.live.progress', { done, remaining: stops.length - done })}</span>
                      <span className="dc-muted" data-testid="last-fix">
                        {fix ? t('dispatcher.live.lastFix', { time: formatTime(fix.at) }) : t('dispatcher.live.noFix')}
                      </span>
                      <button type="button" className="dc-link" onClick={() => (selectedVehicle === r.vehicleId && trail ? (setTrail(null), setSelectedVehicle(null)) : showTrail(r.vehicleId))}>
                        {selectedVehicle === r.vehicleId && trail ? t('dispatcher.live.trail.hide') : t('dispatcher.live.trail')}
                      </button>
                    </h3>
                    {selectedVehicle === r.vehicleId && trail && <p className="dc-muted" data-testid="trail-count">{t('dispatcher.live.trail.count', { count: trail.length })}</p>}
                    <table>
                      <thead>
                        <tr>
                          <th scope="col">#</th>
                          <th scope="col">{t('dispatcher.order')}</th>
                          <th scope="col">{t('dispatcher.live.planned')}</th>
                          <th scope="col">{t('dispatcher.live.actual')}</th>
                          <th scope="col">{t('dispatcher.live.eta')}</th>
                          <th scope="col">{t('dispatcher.window')}</th>
                        </tr>
                      </thead>
                      <tbody>
                        {stops.map(({ s, sh, eta, late }, i) => {
                          // Folded: the last stop done, the current one and the next four.
                          const from = Math.max(0, (currentIndex < 0 ? stops.length : currentIndex) - 1);
                          if (!expanded.has(r.routeId) && (i < from || i > from + 5)) return null;
                          const state = sh?.outcome ? 'done' : i === currentIndex ? 'current' : 'remaining';
                          return (
                            <tr key={s.stopId} className={state} data-stop-id={s.stopId}>
                              <td>{s.sequence}</td>
                              <td>
                                {sh?.orderNumber ?? ''} <span className="dc-muted">{sh?.customerName ?? ''}</span>
                              </td>
                              <td>{formatTime(s.plannedArrival)}</td>
                              <td>{sh?.arrivedAt ? formatTime(sh.arrivedAt) : '–'}</td>
                              <td data-testid="eta">
                                {sh?.outcome ? (
                                  <span className={`badge ${sh.outcome === 'DELIVERED' ? 'ok' : 'bad'}`}>
                                    {t(`dispatcher.live.state.${sh.outcome}`)}
                                    {sh.failureReason ? `: ${t(`dispatcher.live.reason.${sh.failureReason}`)}` : ''}
                                  </span>
                                ) : eta ? (
                                  <>
                                    {formatTime(eta)} {late && <span className="badge bad">{t('dispatcher.lateFlag')}</span>}
                                  </>
                                ) : (
                                  t(`dispatcher.live.state.${state}`)
                                )}
                              </td>
                              <td>{s.timeWindows.map((w) => `${formatTime(w.start)}–${formatTime(w.end)}`).join(', ')}</td>
                            </tr>
                          );
                        })}
                      </tbody>
                    </table>
                    {stops.length > 6 && (
                      <button
                        type="button"
                        className="dc-link"
                        aria-expanded={expanded.has(r.routeId)}
                        onClick={() =>
                          setExpanded((set) => {
                            const next = new Set(set);
                            if (next.has(r.routeId)) next.delete(r.routeId);
                            else next.add(r.routeId);
                            return next;
                          })
                        }
                      >
                        {expanded.has(r.routeId) ? t('dispatcher.live.fewer') : t('dispatcher.live.all', { count: stops.length })}
                      </button>
                    )}
                  </section>
                );
              })}
            </div>
          </div>
        </aside>
      </div>
    </section>
  );
}
