import { Link } from 'react-router';
import { useI18n } from '../shell/i18n';
import { useSite } from './Floor';
import './floor.css';

const TASKS: { path: string; key: string }[] = [
  { path: '/warehouse/receiving', key: 'receiving' },
  { path: '/warehouse/putaway', key: 'putaway' },
  { path: '/warehouse/picking', key: 'picking' },
  { path: '/warehouse/packing', key: 'packing' },
  { path: '/warehouse/loading', key: 'loading' },
  { path: '/warehouse/stock', key: 'stock' },
  { path: '/warehouse/counts', key: 'counts' },
  { path: '/warehouse/supervisor', key: 'supervisor' },
];

/** The floor menu: one tile per kind of work, and the site the person works at. */
export default function FloorHome() {
  const { t } = useI18n();
  const [site, setSite, sites] = useSite();
  return (
    <section className="page floor">
      <h1>{t('warehouse.floor.title')}</h1>
      {sites.length > 1 && (
        <>
          <label htmlFor="floor-site">{t('floor.site')}</label>
          <select id="floor-site" value={site} onChange={(e) => setSite(e.target.value)}>
            {sites.map((s) => (
              <option key={s.code} value={s.code}>
                {s.code} – {s.name}
              </option>
            ))}
          </select>
        </>
      )}
      {sites.length <= 1 && site && <p>{t('floor.site')}: <b>{site}</b></p>}
      <ul className="tiles">
        {TASKS.map((task) => (
          <li key={task.key}>
            <Link to={task.path}>
              {t(`floor.${task.key}.title`)}
              <small>{t(`floor.${task.key}.hint`)}</small>
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
