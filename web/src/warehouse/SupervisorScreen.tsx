import { useQuery } from '@tanstack/react-query';
import { useI18n } from '../shell/i18n';
import { FloorPage, useSite } from './Floor';
import { floor, today } from './floorApi';

/** The supervisor's board: open tasks by type and by person, wave progress, late waves. */
export default function SupervisorScreen() {
  const { t, formatTime } = useI18n();
  const [site] = useSite();
  const board = useQuery({ queryKey: ['floor', 'board', site], queryFn: () => floor.board(site, today()), enabled: !!site, refetchInterval: 15_000 });
  const b = board.data;
  return (
    <FloorPage title={t('floor.supervisor.title')} site={site} wide>
      {!b && <p className="loading">{t('shell.loading')}</p>}
      {b && (
        <>
          <h2>{t('floor.supervisor.open')}</h2>
          <ul className="counts">
            {Object.entries(b.openTasks).map(([type, n]) => <li key={type}>{t(`floor.supervisor.type.${type}`)}<b>{n}</b></li>)}
            <li className={b.lateWaves > 0 ? 'expiring' : ''}>{t('floor.supervisor.late')}<b>{b.lateWaves}</b></li>
          </ul>
          <h2>{t('floor.supervisor.people')}</h2>
          {b.people.length === 0 ? <p>{t('floor.supervisor.nobody')}</p> : (
            <ul>{b.people.map((p) => <li key={p.person}><b>{p.person}</b>: {p.tasks.map((c) => `${t(`floor.supervisor.claim.${c.type}`)} (${formatTime(c.since)})`).join(', ')}</li>)}</ul>
          )}
          <h2>{t('floor.supervisor.waves')}</h2>
          <div className="table-wrap" tabIndex={0} role="region" aria-label={t('floor.table')}>
            <table>
              <thead><tr><th scope="col">{t('floor.supervisor.vehicle')}</th><th scope="col">{t('floor.supervisor.zone')}</th><th scope="col">{t('floor.supervisor.progress')}</th><th scope="col">{t('floor.supervisor.ready')}</th><th scope="col">{t('floor.supervisor.departure')}</th><th scope="col">{t('floor.supervisor.picker')}</th><th scope="col">{t('floor.supervisor.state')}</th></tr></thead>
              <tbody>
                {b.waves.map((w) => (
                  <tr key={w.waveId} className={w.late ? 'expiring' : ''}>
                    <td>{w.vehicleId}</td><td>{w.zone}</td>
                    <td>
                      <div className="progress" role="progressbar" aria-label={t('floor.supervisor.linesOf', { done: w.linesDone, count: w.lines })} aria-valuemin={0} aria-valuemax={w.lines} aria-valuenow={w.linesDone}>
                        <span style={{ width: `${w.lines ? (100 * w.linesDone) / w.lines : 0}%` }} />
                      </div>
                      {w.linesDone}/{w.lines}
                    </td>
                    <td>{formatTime(w.readyAt)}</td><td>{formatTime(w.departure)}</td><td>{w.takenBy ?? '—'}</td>
                    <td>{w.late ? <span className="badge bad">{w.late}</span> : <span className="badge ok">{w.status}</span>}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </FloorPage>
  );
}
