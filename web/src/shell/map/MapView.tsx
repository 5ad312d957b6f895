import { useEffect, useRef, useState } from 'react';
import type { Map as MapLibreMap, LngLatBoundsLike } from 'maplibre-gl';
import { api } from '../api';
import { useI18n } from '../i18n';
import { basemapStyle, type WebConfig } from './basemap';

export type MapLibre = typeof import('maplibre-gl');

export interface MapViewProps {
  /** Accessible name of the map region (the map itself is not keyboard-readable: say what it shows). */
  label?: string;
  className?: string;
  /** Initial view; when neither is given the map fits the road network's bounds. */
  center?: [number, number];
  zoom?: number;
  bounds?: LngLatBoundsLike;
  /** Called once the style has loaded: add your sources and layers here, keep the map for later. */
  onReady?: (map: MapLibreMap, maplibre: MapLibre) => void;
  /** Static maps (the customer page) ignore pointer and keyboard. */
  interactive?: boolean;
}

let config: Promise<WebConfig> | null = null;

/** The basemap configuration, fetched once per page. */
export function webConfig(): Promise<WebConfig> {
  config ??= api.get<WebConfig>('/api/v1/web/config', { authenticated: false });
  return config;
}

/**
 * A MapLibre map over the app's own road tiles. maplibre-gl (about 250 kB gzip) is imported here
 * lazily, so only screens that show a map load it. The map instance is handed to `onReady`.
 */
export function MapView({ label, className, center, zoom, bounds, onReady, interactive = true }: MapViewProps) {
  const { t } = useI18n();
  const container = useRef<HTMLDivElement>(null);
  const ready = useRef(onReady);
  ready.current = onReady;
  const [failed, setFailed] = useState<string | null>(null);

  useEffect(() => {
    let map: MapLibreMap | undefined;
    let cancelled = false;
    (async () => {
      const [maplibre, cfg, worker] = await Promise.all([
        import('maplibre-gl'),
        webConfig(),
        // maplibre-gl 6 finds its worker next to its own module, which a bundle moves: name it.
        import('maplibre-gl/dist/maplibre-gl-worker.mjs?url'),
        import('maplibre-gl/dist/maplibre-gl.css'),
      ]);
      maplibre.setWorkerUrl(worker.default);
      if (cancelled || !container.current) return;
      let initialBounds = bounds;
      if (!initialBounds && !center) {
        const tileJson = await fetch(cfg.basemap.tileJsonUrl).then((r) => r.json() as Promise<{ bounds?: number[] }>);
        if (tileJson.bounds?.length === 4) {
          const [w, s, e, n] = tileJson.bounds;
          initialBounds = [[w, s], [e, n]];
        }
      }
      if (cancelled || !container.current) return;
      map = new maplibre.Map({
        container: container.current,
        style: cfg.basemap.styleUrl ?? basemapStyle(cfg.basemap.tileJsonUrl),
        center: center ?? [0, 0],
        zoom: zoom ?? 12,
        bounds: center ? undefined : initialBounds,
        fitBoundsOptions: { padding: 24 },
        interactive,
        attributionControl: { compact: true },
      });
      if (interactive) map.addControl(new maplibre.NavigationControl({ showCompass: false }), 'top-right');
      map.on('error', (e) => console.error('map:', e.error?.message ?? e));
      map.on('load', () => {
        container.current?.setAttribute('data-map-ready', 'true');
        if (map) ready.current?.(map, maplibre);
      });
    })().catch((e: unknown) => {
      if (!cancelled) setFailed(e instanceof Error ? e.message : String(e));
    });
    return () => {
      cancelled = true;
      map?.remove();
    };
    // The view props are initial values: later changes go through the map instance.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  return (
    <div className={`mapview ${className ?? ''}`} role="region" aria-label={label ?? t('shell.map.label')}>
      <div ref={container} className="mapview-canvas" data-testid="map" />
      {failed && (
        <p className="mapview-failed" role="alert">
          {t('shell.map.unavailable')} ({failed})
        </p>
      )}
    </div>
  );
}
