import { useState } from 'react';
import { Link } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { useI18n } from '../shell/i18n';
import { badCue, Cue, FloorPage, ScanField, useSite, type CueState } from './Floor';
import { floor } from './floorApi';
import { RoutePicker } from './RoutePicker';

/** Packing: a route's orders and their handling units; print each label, scan it to close the unit. */
export default function PackingScreen() {
  const { t } = useI18n();
  const [site] = useSite();
  const [route, setRoute] = useState<string | null>(null);
  const [cue, setCue] = useState<CueState | null>(null);
  const packing = useQuery({ queryKey: ['floor', 'packing', route], queryFn: () => floor.packing(route!), enabled: !!route });

  async function seal(code: string) {
    if (!route) return;
    try {
      await floor.seal(route, code);
      setCue({ kind: 'ok', text: t('floor.packing.sealed', { label: code }) });
      await packing.refetch();
    } catch (e) {
      setCue(badCue(e));
    }
  }

  return (
    <FloorPage title={t('floor.packing.title')} site={site}>
      <Cue cue={cue} />
      {!route && <RoutePicker site={site} onPick={setRoute} />}
      {route && packing.data && (
        <>
          <p>{t('floor.packing.vehicle', { vehicle: packing.data.vehicleId ?? '' })}</p>
          <ScanField id="scan-label" label={t('floor.packing.scanLabel')} onScan={seal} />
          {packing.data.orders.map((o) => (
            <section key={o.orderId} className="task-card">
              <h2>{t('floor.picking.stop', { stop: o.stop ?? '-' })} · {o.orderNumber}</h2>
              <p>{o.customerName} · <span className="badge">{o.status}</span></p>
              {o.units.length === 0 && <p>{t('floor.packing.notPicked')}</p>}
              <ul className="choices">
                {o.units.map((u) => (
                  <li key={u.unit.id} className="row-actions">
                    <span><code>{u.unit.label}</code> · {u.unit.kind} · {u.unit.temperatureClass} · {(u.unit.weightGrams / 1000).toFixed(1)} kg {u.sealed ? <span className="badge ok">{t('floor.packing.closed')}</span> : ''}</span>
                    <Link className="button" to={`/warehouse/label/${o.orderId}`} target="_blank">{t('floor.packing.print')}</Link>
                  </li>
                ))}
              </ul>
            </section>
          ))}
          <button type="button" onClick={() => setRoute(null)}>{t('floor.back')}</button>
        </>
      )}
    </FloorPage>
  );
}
