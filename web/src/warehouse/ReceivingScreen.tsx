import { useState } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useI18n } from '../shell/i18n';
import { badCue, Cue, FloorPage, ScanField, useSite, type CueState } from './Floor';
import { floor, today, type DeliveryProgress, type DeliveryView } from './floorApi';

/** Receiving: the day's announced deliveries (or a blind receipt); scan, count, close. */
export default function ReceivingScreen() {
  const { t } = useI18n();
  const [site] = useSite();
  const [open, setOpen] = useState<string | null>(null);
  const [cue, setCue] = useState<CueState | null>(null);
  const deliveries = useQuery({ queryKey: ['floor', 'receiving', site], queryFn: () => floor.receiving(site, today()), enabled: !!site });
  const client = useQueryClient();

  async function blind() {
    try {
      const d = await floor.openBlind(site, `BLIND-${new Date().toISOString().slice(0, 16).replace(/[-:T]/g, '')}`, t('floor.receiving.blindSupplier'));
      await client.invalidateQueries({ queryKey: ['floor', 'receiving'] });
      setOpen(d.id);
    } catch (e) {
      setCue(badCue(e));
    }
  }

  if (open) return <Delivery id={open} site={site} onBack={() => { setOpen(null); void deliveries.refetch(); }} />;
  return (
    <FloorPage title={t('floor.receiving.title')} site={site}>
      <Cue cue={cue} />
      <h2>{t('floor.receiving.today')}</h2>
      {deliveries.isPending && <p className="loading">{t('shell.loading')}</p>}
      {deliveries.data?.length === 0 && <p>{t('floor.receiving.none')}</p>}
      <ul className="choices">
        {deliveries.data?.map((d) => (
          <li key={d.delivery.id}>
            <button type="button" onClick={() => setOpen(d.delivery.id)}>
              <span>
                <b>{d.delivery.reference}</b> · {d.delivery.supplier}
              </span>
              <span>{d.delivery.blind ? t('floor.receiving.blind') : t('floor.receiving.lines', { count: d.lines.length })}</span>
            </button>
          </li>
        ))}
      </ul>
      <div className="row-actions">
        <button type="button" onClick={blind}>{t('floor.receiving.startBlind')}</button>
      </div>
    </FloorPage>
  );
}

function Delivery({ id, site, onBack }: { id: string; site: string; onBack: () => void }) {
  const { t } = useI18n();
  const progress = useQuery({ queryKey: ['floor', 'delivery', id], queryFn: () => floor.progress(id) });
  const [product, setProduct] = useState<string | null>(null);
  const [lot, setLot] = useState('');
  const [expiry, setExpiry] = useState('');
  const [good, setGood] = useState('');
  const [damaged, setDamaged] = useState('0');
  const [cue, setCue] = useState<CueState | null>(null);
  const [busy, setBusy] = useState(false);
  const [closed, setClosed] = useState<DeliveryView | null>(null);
  const data: DeliveryProgress | undefined = progress.data;

  async function scanProduct(code: string) {
    try {
      const read = await floor.readScan(site, code);
      if (read.kind !== 'PRODUCT') {
        setCue({ kind: 'bad', text: t('floor.receiving.notProduct', { code }) });
        return;
      }
      setProduct(read.code);
      const line = data?.lines.find((l) => l.sku === read.code);
      setGood(line && line.missing > 0 ? String(line.missing) : '');
      setCue({ kind: 'ok', text: line ? `${line.name} (${line.sku})` : t('floor.receiving.unexpected', { sku: read.code }) });
    } catch (e) {
      setCue(badCue(e));
    }
  }

  async function book() {
    if (!product) return;
    setBusy(true);
    try {
      await floor.receive(id, { productScan: product, lotScan: lot.trim(), expiryDate: expiry || null, quantity: Number(good || 0), damagedQuantity: Number(damaged || 0) });
      setCue({ kind: 'ok', text: t('floor.receiving.booked', { good: Number(good || 0), damaged: Number(damaged || 0), sku: product }) });
      setProduct(null);
      setLot('');
      setExpiry('');
      setGood('');
      setDamaged('0');
      await progress.refetch();
    } catch (e) {
      setCue(badCue(e));
    } finally {
      setBusy(false);
    }
  }

  async function close() {
    try {
      setClosed(await floor.closeDelivery(id));
      setCue({ kind: 'ok', text: t('floor.receiving.closed') });
    } catch (e) {
      setCue(badCue(e));
    }
  }

  return (
    <FloorPage title={data ? `${t('floor.receiving.title')}: ${data.delivery.reference}` : t('floor.receiving.title')} site={site}>
      <Cue cue={cue} />
      {closed ? (
        <>
          <h2>{t('floor.receiving.discrepancies')}</h2>
          {closed.discrepancies.length === 0 ? <p>{t('floor.receiving.noDiscrepancies')}</p> : (
            <ul>{closed.discrepancies.map((x) => <li key={x.sku + x.kind}><b>{t(`floor.receiving.kind.${x.kind}`)}</b> {x.quantity} × {x.sku}</li>)}</ul>
          )}
          <button type="button" className="primary" onClick={onBack}>{t('floor.back')}</button>
        </>
      ) : !product ? (
        <ScanField id="scan-product" label={t('floor.receiving.scanProduct')} onScan={scanProduct} hint={t('floor.receiving.scanHint')} />
      ) : (
        <form className="task-card" onSubmit={(e) => { e.preventDefault(); void book(); }}>
          <p className="big">{product}</p>
          <div className="grid-2">
            <div>
              <label htmlFor="rcv-lot">{t('floor.lot')}</label>
              <input id="rcv-lot" value={lot} onChange={(e) => setLot(e.target.value)} required autoFocus autoComplete="off" />
            </div>
            <div>
              <label htmlFor="rcv-expiry">{t('floor.expiry')}</label>
              <input id="rcv-expiry" type="date" value={expiry} onChange={(e) => setExpiry(e.target.value)} />
            </div>
            <div>
              <label htmlFor="rcv-good">{t('floor.receiving.good')}</label>
              <input id="rcv-good" type="number" inputMode="numeric" min={0} value={good} onChange={(e) => setGood(e.target.value)} required />
            </div>
            <div>
              <label htmlFor="rcv-damaged">{t('floor.receiving.damaged')}</label>
              <input id="rcv-damaged" type="number" inputMode="numeric" min={0} value={damaged} onChange={(e) => setDamaged(e.target.value)} />
            </div>
          </div>
          <p className="scan-hint">{t('floor.receiving.damagedHint')}</p>
          <div className="row-actions">
            <button type="submit" className="primary" disabled={busy}>{t('floor.receiving.book')}</button>
            <button type="button" onClick={() => setProduct(null)}>{t('floor.cancel')}</button>
          </div>
        </form>
      )}
      {data && !closed && (
        <>
          <div className="table-wrap" tabIndex={0} role="region" aria-label={t('floor.table')}>
            <table>
              <caption className="sr-only">{t('floor.receiving.lines', { count: data.lines.length })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('floor.product')}</th>
                  <th scope="col">{t('floor.receiving.expected')}</th>
                  <th scope="col">{t('floor.receiving.good')}</th>
                  <th scope="col">{t('floor.receiving.damaged')}</th>
                  <th scope="col">{t('floor.receiving.open')}</th>
                </tr>
              </thead>
              <tbody>
                {data.lines.map((l) => (
                  <tr key={l.sku} className={l.missing === 0 ? 'done' : ''}>
                    <td>{l.name}<br /><code>{l.sku}</code></td>
                    <td>{l.expected}</td>
                    <td>{l.received}</td>
                    <td>{l.damaged}</td>
                    <td>{l.over > 0 ? <span className="badge warn">+{l.over}</span> : l.missing}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <div className="row-actions">
            <button type="button" onClick={close}>{t('floor.receiving.close')}</button>
            <button type="button" onClick={onBack}>{t('floor.back')}</button>
          </div>
        </>
      )}
    </FloorPage>
  );
}
