import type { StyleSpecification } from 'maplibre-gl';

/** What the app says about its basemap (GET /api/v1/web/config, public). */
export interface WebConfig {
  basemap: {
    /** An external MapLibre style for installations that have one (zaplecze.web.basemap.style-url), else null. */
    styleUrl: string | null;
    /** TileJSON of the app's own road-network vector tiles. */
    tileJsonUrl: string;
  };
}

/** Road classes of the `roads` layer (GraphHopper's road_class, lower case), drawn widest first. */
export const ROAD_CLASSES = [
  'motorway',
  'trunk',
  'primary',
  'secondary',
  'tertiary',
  'unclassified',
  'residential',
  'living_street',
  'service',
  'road',
  'track',
  'other',
] as const;

const MAJOR = ['motorway', 'trunk', 'primary'];
const MEDIUM = ['secondary', 'tertiary'];

/**
 * The console's style over the app's own tiles: a light, low-contrast basemap so routes and stops
 * drawn on top stand out. No labels: glyphs would need a font server, and the console draws its
 * own labels as HTML where it needs them.
 */
export function basemapStyle(tileJsonUrl: string): StyleSpecification {
  const absolute = new URL(tileJsonUrl, window.location.origin).toString();
  const width = (minor: number, major: number) =>
    ['interpolate', ['exponential', 1.6], ['zoom'], 10, minor * 0.4, 14, minor * 1.5, 18, major * 6] as unknown as number;
  return {
    version: 8,
    sources: {
      network: { type: 'vector', url: absolute, attribution: '© OpenStreetMap contributors' },
    },
    layers: [
      { id: 'background', type: 'background', paint: { 'background-color': '#f3f1ec' } },
      {
        id: 'roads-minor',
        type: 'line',
        source: 'network',
        'source-layer': 'roads',
        filter: ['!', ['in', ['get', 'class'], ['literal', [...MAJOR, ...MEDIUM]]]],
        layout: { 'line-cap': 'round', 'line-join': 'round' },
        paint: { 'line-color': '#c9c4b8', 'line-width': width(1, 1.5) },
      },
      {
        id: 'roads-medium-casing',
        type: 'line',
        source: 'network',
        'source-layer': 'roads',
        filter: ['in', ['get', 'class'], ['literal', MEDIUM]],
        layout: { 'line-cap': 'round', 'line-join': 'round' },
        paint: { 'line-color': '#b8ae98', 'line-width': width(2, 3) },
      },
      {
        id: 'roads-medium',
        type: 'line',
        source: 'network',
        'source-layer': 'roads',
        filter: ['in', ['get', 'class'], ['literal', MEDIUM]],
        layout: { 'line-cap': 'round', 'line-join': 'round' },
        paint: { 'line-color': '#ffffff', 'line-width': width(1.4, 2.2) },
      },
      {
        id: 'roads-major',
        type: 'line',
        source: 'network',
        'source-layer': 'roads',
        filter: ['in', ['get', 'class'], ['literal', MAJOR]],
        layout: { 'line-cap': 'round', 'line-join': 'round' },
        paint: { 'line-color': '#f2c46d', 'line-width': width(2.5, 4) },
      },
    ],
  };
}
