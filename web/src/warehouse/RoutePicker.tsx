import { useQuery } from '@tanstack/react-query';
import { useI18n } from '../shell/i18n';
import { floor, today } from './floorApi';

/** Choose one of the day's routes (departure order). */
export function RoutePicker({ site, onPick }: { site: string; onPick: (routeId: string) => void }) {
  const { t, formatTime } = useI18n();
  const routes = useQuery({ queryKey: ['floor', 'pick-routes', site], queryFn: () => floor.pickRoutes(site, today()), enabled: !!site });
  if (routes.isPending) return <p className="loading">{t('shell.loading')}</p>;
  if (!routes.data?.length) return <p>{t('floor.picking.none')}</p>;
  return (
    <ul className="choices">
      {routes.data.map((r) => {
        const lines = r.waves.reduce((n, w) => n + w.lines, 0);
        const done = r.waves.reduce((n, w) => n + w.linesDone, 0);
        return (
          <li key={r.routeId}>
            <button type="button" onClick={() => onPick(r.routeId)}>
              <span>{t('floor.picking.route', { vehicle: r.vehicleId, time: formatTime(r.departure) })}</span>
              <span>{t('floor.packing.picked', { done, count: lines })}</span>
            </button>
          </li>
        );
      })}
    </ul>
  );
}
