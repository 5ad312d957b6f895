import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useI18n } from '../shell/i18n';
import { badCue, BinPlace, Cue, FloorPage, focusScan, ScanField, useSite, type CueState } from './Floor';
import { floor, today, type PickLine, type ShortPick } from './floorApi';

type Step = 'bin' | 'product' | 'lot' | 'quantity';

/** Picking: the day's waves per route (departure order), then one line at a time in walking order. */
export default function PickingScreen() {
  const { t, formatTime } = useI18n();
  const [site] = useSite();
  const [wave, setWave] = useState<string | null>(null);
  const [cue, setCue] = useState<CueState | null>(null);
  const routes = useQuery({ queryKey: ['floor', 'pick-routes', site], queryFn: () => floor.pickRoutes(site, today()), enabled: !!site && !wave });

  async function take(id: string) {
    try {
      await floor.takeWave(id);
      setCue(null);
      setWave(id);
    } catch (e) {
      setCue(badCue(e));
    }
  }

  if (wave) return <Wave id={wave} site={site} onBack={() => { setWave(null); void routes.refetch(); }} />;
  return (
    <FloorPage title={t('floor.picking.title')} site={site}>
      <Cue cue={cue} />
      {routes.isPending && <p className="loading">{t('shell.loading')}</p>}
      {routes.data?.length === 0 && <p>{t('floor.picking.none')}</p>}
      {routes.data?.map((r) => (
        <section key={r.routeId} className="task-card">
          <h2>{t('floor.picking.route', { vehicle: r.vehicleId, time: formatTime(r.departure) })}</h2>
          <ul className="choices">
            {r.waves.map((w) => (
              <li key={w.id}>
                <button type="button" onClick={() => take(w.id)} disabled={w.status === 'DONE'} aria-label={t('floor.picking.takeWave', { zone: w.zone, vehicle: r.vehicleId })}>
                  <span>{t('floor.picking.zone', { zone: w.zone })} · {w.temperatureClass}</span>
                  <span>{w.linesDone}/{w.lines} {w.takenBy ? `· ${w.takenBy}` : ''} {w.status === 'DONE' ? '✓' : ''}</span>
                </button>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </FloorPage>
  );
}

function Wave({ id, site, onBack }: { id: string; site: string; onBack: () => void }) {
  const { t, formatDate } = useI18n();
  const list = useQuery({ queryKey: ['floor', 'pick-list', id], queryFn: () => floor.pickList(id) });
  const [step, setStep] = useState<Step>('bin');
  const [scans, setScans] = useState<{ bin?: string; product?: string; lot?: string }>({});
  const [quantity, setQuantity] = useState('');
  const [cue, setCue] = useState<CueState | null>(null);
  const [shortPick, setShortPick] = useState<ShortPick | null>(null);
  const [busy, setBusy] = useState(false);
  const lines = list.data?.lines ?? [];
  const line: PickLine | undefined = lines.find((l) => l.status === 'OPEN');
  const done = lines.filter((l) => l.status !== 'OPEN').length;

  function reset() {
    setStep('bin');
    setScans({});
    setQuantity('');
  }

  async function scan(code: string) {
    if (!line) return;
    try {
      if (step === 'lot') {
        if (code !== line.lotNumber) {
          setCue({ kind: 'bad', text: t('floor.picking.wrongLot', { lot: code, expected: line.lotNumber }) });
          return;
        }
        setScans((s) => ({ ...s, lot: code }));
        setQuantity(String(line.quantity));
        setStep('quantity');
        setCue({ kind: 'ok', text: t('floor.picking.lotOk', { lot: code }) });
        return;
      }
      const read = await floor.readScan(site, code);
      if (step === 'bin') {
        if (read.kind !== 'BIN' || read.code !== line.bin) {
          setCue({ kind: 'bad', text: t('floor.picking.wrongBin', { code: read.code, expected: line.bin }) });
          return;
        }
        setScans({ bin: code });
        setStep('product');
        setCue({ kind: 'ok', text: t('floor.picking.binOk', { bin: line.bin }) });
      } else if (step === 'product') {
        if (read.kind !== 'PRODUCT' || read.code !== line.sku) {
          setCue({ kind: 'bad', text: t('floor.picking.wrongProduct', { code: read.code, expected: line.sku }) });
          return;
        }
        setScans((s) => ({ ...s, product: code }));
        setStep('lot');
        setCue({ kind: 'ok', text: line.productName });
      }
    } catch (e) {
      setCue(badCue(e));
    }
  }

  async function confirm() {
    if (!line || !scans.bin || !scans.product || !scans.lot) return;
    setBusy(true);
    try {
      const outcome = await floor.confirmPick(line.taskId, { binScan: scans.bin, productScan: scans.product, lotScan: scans.lot, quantity: Number(quantity) });
      setShortPick(outcome.shortPick);
      setCue(outcome.shortPick
        ? { kind: 'info', text: t('floor.picking.short', { found: outcome.task.pickedQuantity, asked: outcome.task.quantity }) }
        : { kind: 'ok', text: t('floor.picking.picked', { quantity: outcome.task.pickedQuantity, sku: outcome.task.sku }) });
      reset();
      await list.refetch();
    } catch (e) {
      setCue(badCue(e));
      reset();
    } finally {
      setBusy(false);
    }
  }

  const STEPS: Step[] = ['bin', 'product', 'lot', 'quantity'];
  return (
    <FloorPage title={list.data ? t('floor.picking.waveTitle', { zone: list.data.zone, vehicle: list.data.vehicleId }) : t('floor.picking.title')} site={site}>
      <p>{t('floor.picking.progress', { done, count: lines.length })}</p>
      <Cue cue={cue} />
      {shortPick && (
        <div className="next-steps" role="status">
          <h2>{t('floor.picking.whatNext')}</h2>
          <ul>{shortPick.next.map((n) => <li key={n}>{n}</li>)}</ul>
          <button type="button" onClick={() => { setShortPick(null); focusScan(); }}>{t('floor.understood')}</button>
        </div>
      )}
      {!line && list.data && (
        <>
          <p className="task-card">{t('floor.picking.waveDone')}</p>
          <button type="button" className="primary" onClick={onBack}>{t('floor.back')}</button>
        </>
      )}
      {line && (
        <>
          <div className="task-card" data-testid="pick-line">
            <p>{t('floor.picking.line', { n: line.sequence })} · {line.orderNumber} · {t('floor.picking.stop', { stop: line.stop ?? '-' })}</p>
            <p className="big">{line.bin}</p>
            <BinPlace aisle={line.aisle} bay={line.bay} level={line.level} />
            <dl>
              <dt>{t('floor.product')}</dt>
              <dd>{line.productName} <code>{line.sku}</code></dd>
              <dt>{t('floor.lot')}</dt>
              <dd>{line.lotNumber} {line.expiryDate && `· ${t('floor.expiry')} ${formatDate(line.expiryDate)}`} {line.rotation && <span className="badge ok">{line.rotation}</span>}</dd>
              <dt>{t('floor.quantity')}</dt>
              <dd className="big">{line.quantity}</dd>
            </dl>
          </div>
          <ol className="steps" aria-label={t('floor.steps')}>
            {STEPS.map((s) => (
              <li key={s} className={s === step ? 'current' : STEPS.indexOf(s) < STEPS.indexOf(step) ? 'done' : ''} aria-current={s === step ? 'step' : undefined}>
                {t(`floor.picking.step.${s}`)}
              </li>
            ))}
          </ol>
          {step !== 'quantity' ? (
            <ScanField id={`scan-${step}`} label={t(`floor.picking.scan.${step}`)} onScan={scan} />
          ) : (
            <form className="task-card" onSubmit={(e) => { e.preventDefault(); void confirm(); }}>
              <label htmlFor="pick-qty">{t('floor.picking.found')}</label>
              <input id="pick-qty" type="number" inputMode="numeric" min={0} max={line.quantity} value={quantity} onChange={(e) => setQuantity(e.target.value)} autoFocus />
              <p className="scan-hint">{t('floor.picking.shortHint')}</p>
              <div className="row-actions">
                <button type="submit" className="primary" disabled={busy}>{t('floor.picking.confirm')}</button>
                <button type="button" onClick={reset}>{t('floor.cancel')}</button>
              </div>
            </form>
          )}
        </>
      )}
      <details>
        <summary>{t('floor.picking.list')}</summary>
        <div className="table-wrap" tabIndex={0} role="region" aria-label={t('floor.table')}>
          <table>
            <thead><tr><th scope="col">#</th><th scope="col">{t('floor.bin')}</th><th scope="col">{t('floor.product')}</th><th scope="col">{t('floor.lot')}</th><th scope="col">{t('floor.quantity')}</th></tr></thead>
            <tbody>
              {lines.map((l) => (
                <tr key={l.taskId} className={l.status !== 'OPEN' ? 'done' : l === line ? 'current' : ''}>
                  <td>{l.sequence}</td><td><code>{l.bin}</code></td><td>{l.sku}</td><td>{l.lotNumber}</td>
                  <td>{l.status === 'OPEN' ? l.quantity : `${l.pickedQuantity}/${l.quantity}`}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
      <div className="row-actions">
        <button type="button" onClick={onBack}>{t('floor.back')}</button>
        <button type="button" onClick={async () => { await floor.releaseWave(id).catch(() => undefined); onBack(); }}>{t('floor.release')}</button>
      </div>
    </FloorPage>
  );
}
