import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { useParams } from 'react-router';
import type { Feature, FeatureCollection } from 'geojson';
import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import { ApiError, api } from '../shell/api';
import { LangSwitch, useI18n } from '../shell/i18n';
import { MapView } from '../shell/map/MapView';
import './messages';
import './tracking.css';
import { isFinal, timelineSteps, type PublicTracking } from './tracking';

/** Polling while the shipment moves; the lookup itself caches answers for 5 s. */
const REFRESH_MS = 20_000;

/**
 * The customer's page for one tracking code (public, no login): status, promised window, ETA
 * range, stops before theirs, the van on a small map once theirs is among its next three stops,
 * proof of delivery or the failure and what happens next, and the timeline. Mobile first.
 */
export default function TrackingPage() {
  const { code = '' } = useParams();
  const { t, formatTime, formatDate } = useI18n();
  const query = useQuery({
    queryKey: ['customer', 'track', code],
    queryFn: () => api.get<PublicTracking>(`/api/v1/track/${encodeURIComponent(code)}`, { authenticated: false }),
    refetchInterval: (q) => (q.state.data && isFinal(q.state.data.status) ? false : REFRESH_MS),
    retry: (count, error) => !(error instanceof ApiError && error.status >= 400 && error.status < 500) && count < 2,
  });

  useEffect(() => {
    document.title = `${t('customer.track.title')} · Zaplecze`;
  }, [t]);

  const data = query.data;
  return (
    <div className="track-page">
      <header className="track-header">
        <span className="brand">Zaplecze</span>
        <LangSwitch />
      </header>
      <main id="content" className="track">
        <h1>{t('customer.track.heading')}</h1>
        <p className="track-code">{t('customer.track.code', { code })}</p>
        {query.isPending && <p role="status">{t('customer.track.loading')}</p>}
        {query.isError && <LookupError error={query.error} onRetry={() => query.refetch()} />}
        {data && (
          <>
            <section className={`track-status status-${data.status.toLowerCase()}`} aria-live="polite">
              <p className="track-status-label" data-testid="status">
                {t(`customer.status.${data.status}`)}
              </p>
              <Outcome data={data} />
              {data.stopsBefore !== null && data.delivery === null && (
                <p className="track-stops" data-testid="stops-before">
                  {data.stopsBefore === 0
                    ? t('customer.track.stopsBefore.zero')
                    : t('customer.track.stopsBefore', { count: data.stopsBefore })}
                </p>
              )}
              {data.arrivedAt && data.delivery === null && (
                <p>{t('customer.track.arrived', { time: formatTime(data.arrivedAt) })}</p>
              )}
            </section>
            <dl className="track-facts">
              {data.deliveryDate && (
                <div>
                  <dt>{t('customer.track.date')}</dt>
                  <dd>{formatDate(`${data.deliveryDate}T12:00:00`)}</dd>
                </div>
              )}
              {data.window && (
                <div>
                  <dt>{t('customer.track.window')}</dt>
                  <dd data-testid="window">
                    {formatTime(data.window.from)}–{formatTime(data.window.to)}
                  </dd>
                </div>
              )}
              {data.eta && (
                <div>
                  <dt>{t('customer.track.eta')}</dt>
                  <dd data-testid="eta">
                    {t('customer.track.etaRange', { from: formatTime(data.eta.from), to: formatTime(data.eta.to) })}
                  </dd>
                </div>
              )}
            </dl>
            {data.vehicle && data.destination && <VanMap data={data} />}
            <Timeline data={data} />
            {query.dataUpdatedAt > 0 && (
              <p className="track-updated">{t('customer.track.updated', { time: formatTime(new Date(query.dataUpdatedAt)) })}</p>
            )}
          </>
        )}
      </main>
    </div>
  );
}

function LookupError({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const { t } = useI18n();
  const status = error instanceof ApiError ? error.status : 0;
  if (status === 404) {
    return (
      <section className="track-missing" role="alert">
        <h2>{t('customer.track.notFound.title')}</h2>
        <p>{t('customer.track.notFound.body')}</p>
      </section>
    );
  }
  return (
    <section className="track-missing" role="alert">
      <p>{status === 429 ? t('customer.track.tooMany') : t('customer.track.error')}</p>
      <button type="button" onClick={onRetry}>
        {t('customer.track.retry')}
      </button>
    </section>
  );
}

function Outcome({ data }: { data: PublicTracking }) {
  const { t, formatTime } = useI18n();
  const d = data.delivery;
  if (data.status === 'CANCELLED') {
    return <p className="track-next">{t('customer.next.CANCELLED')}</p>;
  }
  if (!d) return null;
  const time = formatTime(d.at ?? data.statusAt ?? new Date());
  if (d.outcome === 'DELIVERED') {
    return (
      <div className="track-outcome" data-testid="proof">
        <p>{t('customer.track.delivered', { time })}</p>
        {d.recipientName && <p>{t('customer.track.deliveredTo', { name: d.recipientName })}</p>}
      </div>
    );
  }
  const reason = d.failureReason ?? 'OTHER';
  const known = ['CUSTOMER_ABSENT', 'ADDRESS_NOT_FOUND', 'REFUSED', 'DAMAGED', 'NO_ACCESS', 'OTHER'].includes(reason);
  return (
    <div className="track-outcome" data-testid="failure">
      <p>{t('customer.track.failed', { time })}</p>
      <p>{t('customer.track.reason', { reason: t(`customer.reason.${known ? reason : 'OTHER'}`) })}</p>
      <h2>{t('customer.track.next')}</h2>
      <p className="track-next">{t(`customer.next.${known ? reason : 'OTHER'}`)}</p>
    </div>
  );
}

function Timeline({ data }: { data: PublicTracking }) {
  const { t, formatTime } = useI18n();
  return (
    <section className="track-timeline">
      <h2>{t('customer.track.timeline')}</h2>
      <ol>
        {timelineSteps(data).map((step) => (
          <li key={step.status} className={`step-${step.state}`} aria-current={step.state === 'current' ? 'step' : undefined}>
            <span className="step-name">{t(`customer.status.${step.status}`)}</span>
            <span className="step-time">{step.at ? formatTime(step.at) : t('customer.track.step.pending')}</span>
          </li>
        ))}
      </ol>
    </section>
  );
}

/** The van and the customer's address, updated in place on every refresh. */
function VanMap({ data }: { data: PublicTracking }) {
  const { t } = useI18n();
  const map = useRef<MapLibreMap | null>(null);
  const points = pointsOf(data);

  useEffect(() => {
    (map.current?.getSource('points') as GeoJSONSource | undefined)?.setData(points);
    fit(map.current, data);
  }, [points, data]);

  return (
    <section className="track-map">
      <MapView
        label={t('customer.track.map')}
        className="track-mapview"
        interactive={false}
        center={[data.vehicle!.lon, data.vehicle!.lat]}
        zoom={14}
        onReady={(m) => {
          map.current = m;
          m.addSource('points', { type: 'geojson', data: pointsOf(data) });
          m.addLayer({
            id: 'points',
            type: 'circle',
            source: 'points',
            paint: {
              'circle-radius': ['match', ['get', 'kind'], 'van', 9, 7],
              'circle-color': ['match', ['get', 'kind'], 'van', '#0b5fcc', '#b3261e'],
              'circle-stroke-color': '#ffffff',
              'circle-stroke-width': 3,
            },
          });
          fit(m, data);
        }}
      />
      <ul className="track-legend">
        <li>
          <span className="dot dot-van" aria-hidden="true" /> {t('customer.track.mapLegendVan')}
        </li>
        <li>
          <span className="dot dot-you" aria-hidden="true" /> {t('customer.track.mapLegendYou')}
        </li>
      </ul>
      <p className="track-map-note">{t('customer.track.mapWhen')}</p>
    </section>
  );
}

function pointsOf(data: PublicTracking): FeatureCollection {
  const features: Feature[] = [];
  if (data.destination)
    features.push({ type: 'Feature', properties: { kind: 'you' }, geometry: { type: 'Point', coordinates: [data.destination.lon, data.destination.lat] } });
  if (data.vehicle)
    features.push({ type: 'Feature', properties: { kind: 'van' }, geometry: { type: 'Point', coordinates: [data.vehicle.lon, data.vehicle.lat] } });
  return { type: 'FeatureCollection', features };
}

function fit(map: MapLibreMap | null, data: PublicTracking) {
  if (!map || !data.vehicle || !data.destination) return;
  const w = Math.min(data.vehicle.lon, data.destination.lon);
  const e = Math.max(data.vehicle.lon, data.destination.lon);
  const s = Math.min(data.vehicle.lat, data.destination.lat);
  const n = Math.max(data.vehicle.lat, data.destination.lat);
  map.fitBounds([[w, s], [e, n]], { padding: 40, maxZoom: 16, duration: 0 });
}
