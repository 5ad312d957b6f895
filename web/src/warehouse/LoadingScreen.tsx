import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useI18n } from '../shell/i18n';
import { badCue, Cue, FloorPage, focusScan, ScanField, useSite, type CueState } from './Floor';
import { floor } from './floorApi';
import { RoutePicker } from './RoutePicker';

/** Loading: at the route's dock door, scan each unit into the van, last stop first. */
export default function LoadingScreen() {
  const { t } = useI18n();
  const [site] = useSite();
  const [route, setRoute] = useState<string | null>(null);
  const [dock, setDock] = useState<string | null>(null);
  const [cue, setCue] = useState<CueState | null>(null);
  const progress = useQuery({ queryKey: ['floor', 'loading', route], queryFn: () => floor.loading(route!), enabled: !!route });
  const p = progress.data;

  function scanDock(code: string) {
    if (p?.dockDoor && code !== p.dockDoor) {
      setCue({ kind: 'bad', text: t('floor.loading.wrongDock', { code, door: p.dockDoor }) });
      return;
    }
    setDock(code);
    setCue({ kind: 'ok', text: t('floor.loading.atDock', { door: code }) });
  }

  async function scanUnit(code: string) {
    if (!route || !dock) return;
    try {
      const next = await floor.loadScan(route, dock, code);
      setCue({ kind: 'ok', text: next.loaded ? t('floor.loading.loaded', { vehicle: next.vehicleId ?? '' }) : t('floor.loading.inVan', { label: code }) });
      await progress.refetch();
    } catch (e) {
      setCue(badCue(e));
    }
  }

  async function complete() {
    if (!route) return;
    try {
      const done = await floor.loadComplete(route);
      setCue({ kind: 'ok', text: t('floor.loading.loaded', { vehicle: done.vehicleId ?? '' }) });
      await progress.refetch();
    } catch (e) {
      setCue(badCue(e));
    } finally {
      focusScan();
    }
  }

  const inVan = p?.steps.filter((s) => s.inVan).length ?? 0;
  return (
    <FloorPage title={t('floor.loading.title')} site={site}>
      <Cue cue={cue} />
      {!route && <RoutePicker site={site} onPick={(r) => { setRoute(r); setDock(null); setCue(null); }} />}
      {route && p && (
        <>
          <div className="task-card">
            <p>{t('floor.loading.vehicle', { vehicle: p.vehicleId ?? '' })} {p.refrigerated && <span className="badge ok">{t('floor.loading.refrigerated')}</span>} {p.loaded && <span className="badge ok">{t('floor.loading.isLoaded')}</span>}</p>
            <p>{t('floor.loading.door')}</p>
            <p className="big">{p.dockDoor ?? '—'}</p>
            <p>{t('floor.loading.count', { done: inVan, count: p.steps.length })}</p>
            {p.waiting.length > 0 && <p className="next-steps">{t('floor.loading.waiting', { orders: p.waiting.join(', ') })}</p>}
          </div>
          {!p.loaded && (!dock ? (
            <ScanField id="scan-dock" label={t('floor.loading.scanDock')} onScan={scanDock} />
          ) : (
            <>
              {p.next && <p className="task-card">{t('floor.loading.next')} <span className="big">{p.next.step.item.label}</span> · {t('floor.picking.stop', { stop: p.next.step.item.stopSequence })} · {p.next.step.compartment}</p>}
              <ScanField id="scan-unit" label={t('floor.loading.scanUnit')} onScan={scanUnit} />
            </>
          ))}
          <div className="table-wrap" tabIndex={0} role="region" aria-label={t('floor.table')}>
            <table>
              <thead><tr><th scope="col">#</th><th scope="col">{t('floor.loading.unit')}</th><th scope="col">{t('floor.loading.stop')}</th><th scope="col">{t('floor.loading.compartment')}</th><th scope="col">{t('floor.loading.inVanCol')}</th></tr></thead>
              <tbody>
                {p.steps.map((s) => (
                  <tr key={s.step.item.handlingUnitId} className={s.inVan ? 'done' : p.next === s ? 'current' : ''}>
                    <td>{s.step.position}</td><td><code>{s.step.item.label}</code></td><td>{s.step.item.stopSequence}</td><td>{s.step.compartment}</td>
                    <td>{s.inVan ? '✓' : '—'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <div className="row-actions">
            {!p.loaded && <button type="button" className="primary" onClick={complete}>{t('floor.loading.complete')}</button>}
            <button type="button" onClick={() => setRoute(null)}>{t('floor.back')}</button>
          </div>
        </>
      )}
    </FloorPage>
  );
}
