import type { Feature, FeatureCollection } from 'geojson';
import type { GeoJSONSource, LngLatBoundsLike, Map as MapLibreMap, Marker } from 'maplibre-gl';
import type { MapLibre } from '../shell/map/MapView';
import { vehicleColor } from './format';
import type { Delivery, PlannedRoute } from './types';

type FC = FeatureCollection;
const empty = (): FC => ({ type: 'FeatureCollection', features: [] });

/** Above this many stops the numbers are left out (HTML markers cost too much); circles stay. */
export const NUMBERED_STOPS_MAX = 400;

/** Routes as line features (one per leg) and stops as points, coloured per vehicle. */
export function planFeatures(routes: PlannedRoute[], colorOf: (vehicleId: string) => string): { lines: FC; stops: FC } {
  const lines: Feature[] = [];
  const stops: Feature[] = [];
  for (const r of routes) {
    const color = colorOf(r.vehicleId);
    for (const leg of r.legs) {
      lines.push({
        type: 'Feature',
        properties: { vehicleId: r.vehicleId, routeId: r.routeId, color },
        geometry: { type: 'LineString', coordinates: leg.geometry.coordinates },
      });
    }
    for (const s of r.stops) {
      stops.push({
        type: 'Feature',
        properties: { stopId: s.stopId, shipmentId: s.shipmentId, vehicleId: r.vehicleId, sequence: s.sequence, color, done: s.status === 'DONE' },
        geometry: { type: 'Point', coordinates: [s.location.lon, s.location.lat] },
      });
    }
  }
  return { lines: { type: 'FeatureCollection', features: lines }, stops: { type: 'FeatureCollection', features: stops } };
}

/** The colour of each vehicle, in the order of the fleet codes (stable across versions). */
export function colorsFor(vehicleIds: string[]): (vehicleId: string) => string {
  const sorted = [...new Set(vehicleIds)].sort();
  const index = new Map(sorted.map((v, i) => [v, i]));
  return (v) => vehicleColor(index.get(v) ?? sorted.length);
}

/**
 * The console's layers over the basemap: route lines, unplanned deliveries, planned stops, the
 * selected stop, depots, vehicles and a vehicle's trail. Added once; data set through `setData`.
 */
export function addConsoleLayers(map: MapLibreMap): void {
  for (const id of ['routes', 'deliveries', 'stops', 'selected', 'depots', 'trail', 'vehicles']) {
    map.addSource(id, { type: 'geojson', data: empty() });
  }
  map.addLayer({ id: 'trail', type: 'line', source: 'trail', paint: { 'line-color': '#14171c', 'line-width': 3, 'line-dasharray': [1, 1.5], 'line-opacity': 0.8 } });
  map.addLayer({
    id: 'routes-casing',
    type: 'line',
    source: 'routes',
    layout: { 'line-cap': 'round', 'line-join': 'round' },
    paint: { 'line-color': '#ffffff', 'line-width': ['interpolate', ['linear'], ['zoom'], 10, 3, 16, 8] },
  });
  map.addLayer({
    id: 'routes',
    type: 'line',
    source: 'routes',
    layout: { 'line-cap': 'round', 'line-join': 'round' },
    paint: { 'line-color': ['get', 'color'], 'line-width': ['interpolate', ['linear'], ['zoom'], 10, 1.5, 16, 5] },
  });
  map.addLayer({
    id: 'deliveries',
    type: 'circle',
    source: 'deliveries',
    paint: {
      'circle-radius': 5,
      'circle-color': ['case', ['get', 'refrigerated'], '#00838f', '#6b7280'],
      'circle-stroke-color': '#ffffff',
      'circle-stroke-width': 1.5,
    },
  });
  map.addLayer({
    id: 'stops',
    type: 'circle',
    source: 'stops',
    paint: {
      'circle-radius': ['interpolate', ['linear'], ['zoom'], 10, 3, 15, 7],
      'circle-color': ['case', ['get', 'done'], '#9aa1ad', ['get', 'color']],
      'circle-stroke-color': '#ffffff',
      'circle-stroke-width': 1.5,
    },
  });
  map.addLayer({
    id: 'selected',
    type: 'circle',
    source: 'selected',
    paint: { 'circle-radius': 14, 'circle-color': 'rgba(255,191,0,0.35)', 'circle-stroke-color': '#14171c', 'circle-stroke-width': 3 },
  });
  map.addLayer({
    id: 'depots',
    type: 'circle',
    source: 'depots',
    paint: { 'circle-radius': 8, 'circle-color': '#12355b', 'circle-stroke-color': '#ffffff', 'circle-stroke-width': 2 },
  });
  map.addLayer({
    id: 'vehicles',
    type: 'circle',
    source: 'vehicles',
    paint: {
      'circle-radius': 9,
      'circle-color': ['get', 'color'],
      'circle-stroke-color': ['case', ['get', 'stale'], '#b3261e', '#14171c'],
      'circle-stroke-width': 3,
    },
  });
}

export function setData(map: MapLibreMap, source: string, data: FC): void {
  (map.getSource(source) as GeoJSONSource | undefined)?.setData(data);
}

export function deliveriesFeatures(deliveries: Delivery[]): FC {
  return {
    type: 'FeatureCollection',
    features: deliveries.map((d) => ({
      type: 'Feature',
      properties: { shipmentId: d.shipmentId, refrigerated: d.needsRefrigeration },
      geometry: { type: 'Point', coordinates: [d.location.lon, d.location.lat] },
    })),
  };
}

export function pointFeatures(points: { lon: number; lat: number; props?: Record<string, unknown> }[]): FC {
  return {
    type: 'FeatureCollection',
    features: points.map((p) => ({ type: 'Feature', properties: p.props ?? {}, geometry: { type: 'Point', coordinates: [p.lon, p.lat] } })),
  };
}

/** Bounds around every coordinate of the routes (and extra points), or null. */
export function boundsOf(routes: PlannedRoute[], extra: { lat: number; lon: number }[] = []): LngLatBoundsLike | null {
  let w = Infinity, s = Infinity, e = -Infinity, n = -Infinity;
  const add = (lon: number, lat: number) => {
    w = Math.min(w, lon); e = Math.max(e, lon); s = Math.min(s, lat); n = Math.max(n, lat);
  };
  for (const r of routes) {
    add(r.depot.lon, r.depot.lat);
    for (const st of r.stops) add(st.location.lon, st.location.lat);
  }
  for (const p of extra) add(p.lon, p.lat);
  return Number.isFinite(w) ? [[w, s], [e, n]] : null;
}

/**
 * Numbered stop markers (HTML: the basemap has no glyphs). Each is a button that selects its stop.
 * Returns the markers, to be removed when the plan changes.
 */
export function stopMarkers(
  maplibre: MapLibre,
  map: MapLibreMap,
  routes: PlannedRoute[],
  colorOf: (vehicleId: string) => string,
  onSelect: (stopId: string) => void,
  label: (vehicleId: string, sequence: number, orderNumber: string) => string,
): Marker[] {
  const total = routes.reduce((n, r) => n + r.stops.length, 0);
  if (total > NUMBERED_STOPS_MAX) return [];
  const markers: Marker[] = [];
  for (const r of routes) {
    for (const s of r.stops) {
      const el = document.createElement('button');
      el.type = 'button';
      el.className = `dc-stop-marker${s.status === 'DONE' ? ' done' : ''}`;
      el.style.background = s.status === 'DONE' ? '#6b7280' : colorOf(r.vehicleId);
      el.textContent = String(s.sequence);
      el.dataset.stopId = s.stopId;
      el.setAttribute('aria-label', label(r.vehicleId, s.sequence, s.orderNumber));
      el.addEventListener('click', (ev) => {
        ev.stopPropagation();
        onSelect(s.stopId);
      });
      markers.push(new maplibre.Marker({ element: el }).setLngLat([s.location.lon, s.location.lat]).addTo(map));
    }
  }
  return markers;
}
