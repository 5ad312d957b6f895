import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useI18n } from '../shell/i18n';
import { badCue, Cue, FloorPage, ScanField, useSite, type CueState } from './Floor';
import { floor, type LotView, type StockLevel } from './floorApi';

const SOON_DAYS = 7;

/** Stock lookup: scan or type a bin, a product (GTIN or SKU) or a lot number. */
export default function StockScreen() {
  const { t, formatDate } = useI18n();
  const [site] = useSite();
  const [cue, setCue] = useState<CueState | null>(null);
  const [title, setTitle] = useState<string | null>(null);
  const [rows, setRows] = useState<StockLevel[]>([]);
  const [lots, setLots] = useState<LotView[]>([]);
  const expiring = useQuery({ queryKey: ['floor', 'expiring'], queryFn: () => floor.expiring(SOON_DAYS) });
  const soon = new Set((Array.isArray(expiring.data) ? expiring.data : expiring.data?.content ?? []).map((l) => `${l.sku}/${l.lotNumber}`));

  async function look(code: string) {
    try {
      let read: { kind: string; code: string } | null = null;
      try {
        read = await floor.readScan(site, code);
      } catch {
        read = null;
      }
      if (read?.kind === 'BIN') {
        const stock = await floor.stock({ locationId: read.code });
        setTitle(t('floor.stock.inBin', { bin: read.code }));
        setRows(stock.content);
        setLots([]);
      } else if (read?.kind === 'PRODUCT') {
        const [stock, lotList] = await Promise.all([floor.stock({ sku: read.code }), floor.lots(read.code)]);
        setTitle(t('floor.stock.ofProduct', { sku: read.code }));
        setRows(stock.content.filter((s) => s.locationId.startsWith(`${site}-`)));
        setLots(lotList.content);
      } else {
        // A lot number: search the lots expiring soon and the stock of products with that lot.
        const match = (Array.isArray(expiring.data) ? expiring.data : expiring.data?.content ?? []).find((l) => l.lotNumber === code);
        if (!match) {
          setCue({ kind: 'bad', text: t('floor.stock.unknown', { code }) });
          return;
        }
        const stock = await floor.stock({ sku: match.sku });
        setTitle(t('floor.stock.ofLot', { lot: code, sku: match.sku }));
        setRows(stock.content.filter((s) => s.lotNumber === code));
        setLots((await floor.lots(match.sku)).content.filter((l) => l.lotNumber === code));
      }
      setCue(null);
    } catch (e) {
      setCue(badCue(e));
    }
  }

  const total = rows.reduce((a, r) => ({ onHand: a.onHand + r.onHand, reserved: a.reserved + r.reserved, available: a.available + r.available }), { onHand: 0, reserved: 0, available: 0 });
  return (
    <FloorPage title={t('floor.stock.title')} site={site} wide>
      <ScanField id="scan-lookup" label={t('floor.stock.scan')} onScan={look} hint={t('floor.stock.hint')} />
      <Cue cue={cue} />
      {title && (
        <>
          <h2>{title}</h2>
          <ul className="counts">
            <li>{t('floor.stock.onHand')}<b>{total.onHand}</b></li>
            <li>{t('floor.stock.reserved')}<b>{total.reserved}</b></li>
            <li>{t('floor.stock.available')}<b>{total.available}</b></li>
          </ul>
          <div className="table-wrap" tabIndex={0} role="region" aria-label={t('floor.table')}>
            <table>
              <thead><tr><th scope="col">{t('floor.product')}</th><th scope="col">{t('floor.lot')}</th><th scope="col">{t('floor.expiry')}</th><th scope="col">{t('floor.bin')}</th><th scope="col">{t('floor.stock.onHand')}</th><th scope="col">{t('floor.stock.reserved')}</th><th scope="col">{t('floor.stock.available')}</th></tr></thead>
              <tbody>
                {rows.map((r) => {
                  const expiringSoon = soon.has(`${r.sku}/${r.lotNumber}`);
                  return (
                    <tr key={`${r.sku}/${r.lotNumber}/${r.locationId}`} className={expiringSoon ? 'expiring' : ''}>
                      <td><code>{r.sku}</code></td><td>{r.lotNumber}</td>
                      <td>{r.expiryDate ? formatDate(r.expiryDate) : '—'} {expiringSoon && <span className="badge warn">{t('floor.stock.soon')}</span>}</td>
                      <td><code>{r.locationId}</code> {r.locationId.endsWith('-QUAR') && <span className="badge bad">{t('floor.stock.quarantine')}</span>}</td>
                      <td>{r.onHand}</td><td>{r.reserved}</td><td>{r.available}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
          {lots.length > 0 && (
            <>
              <h2>{t('floor.stock.lots')}</h2>
              <ul>
                {lots.map((l) => (
                  <li key={l.lotNumber}>
                    <b>{l.lotNumber}</b> · {l.expiryDate ? formatDate(l.expiryDate) : t('floor.stock.noExpiry')} · {l.onHand} / {l.reserved}
                    {l.blocked && <span className="badge bad"> {t('floor.stock.hold', { reason: l.blockReason ?? '' })}</span>}
                    {soon.has(`${l.sku}/${l.lotNumber}`) && <span className="badge warn"> {t('floor.stock.soon')}</span>}
                  </li>
                ))}
              </ul>
            </>
          )}
        </>
      )}
    </FloorPage>
  );
}
