import { useCallback, useState } from 'react';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { useI18n } from '../shell/i18n';
import { MapView } from '../shell/map/MapView';
import { largeDay } from './largeDay';
import { addConsoleLayers, boundsOf, colorsFor, planFeatures, setData } from './routeMap';
import './dispatcher.css';

/**
 * The benchmark's large day (web/bench/console.mjs): 100 generated routes with 2,000 stops on the
 * same layers as Plan mode, over the real basemap. Not in the navigation.
 */
export default function BenchDay() {
  const { t } = useI18n();
  const [count, setCount] = useState(0);
  const onReady = useCallback((m: MapLibreMap) => {
    addConsoleLayers(m);
    const b = m.getBounds();
    const routes = largeDay([b.getWest(), b.getSouth(), b.getEast(), b.getNorth()]);
    const colorOf = colorsFor(routes.map((r) => r.vehicleId));
    const { lines, stops } = planFeatures(routes, colorOf);
    setData(m, 'routes', lines);
    setData(m, 'stops', stops);
    const box = boundsOf(routes);
    if (box) m.fitBounds(box, { padding: 20, duration: 0 });
    m.once('idle', () => {
      m.getContainer().setAttribute('data-bench-ready', 'true');
      setCount(stops.features.length);
    });
  }, []);
  return (
    <section className="page page-map dc-plan">
      <h1>
        {t('dispatcher.plan.title')}: {count} {t('dispatcher.stops')}
      </h1>
      <div className="dc-body" style={{ gridTemplateColumns: '1fr' }}>
        <MapView className="dc-map" label={t('dispatcher.map.plan')} onReady={onReady} />
      </div>
    </section>
  );
}
