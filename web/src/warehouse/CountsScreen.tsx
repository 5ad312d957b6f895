import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useI18n } from '../shell/i18n';
import { badCue, Cue, FloorPage, ScanField, useSite, type CueState } from './Floor';
import { floor, type BlindCount, type CountResult, type ReplenishmentTask } from './floorApi';

/** Counts (blind: the books are never shown) and replenishment moves, as tasks. */
export default function CountsScreen() {
  const { t } = useI18n();
  const [site] = useSite();
  const [count, setCount] = useState<BlindCount | null>(null);
  const [move, setMove] = useState<ReplenishmentTask | null>(null);
  const [cue, setCue] = useState<CueState | null>(null);
  const counts = useQuery({ queryKey: ['floor', 'counts', site], queryFn: () => floor.counts(site), enabled: !!site });
  const moves = useQuery({ queryKey: ['floor', 'replenishments', site], queryFn: () => floor.replenishments(site), enabled: !!site });

  async function takeMove(task: ReplenishmentTask) {
    try {
      setMove(await floor.takeReplenishment(task.id));
      setCue(null);
    } catch (e) {
      setCue(badCue(e));
    }
  }

  if (count) return <Count task={count} site={site} onDone={() => { setCount(null); void counts.refetch(); }} />;
  if (move) return <Move task={move} site={site} onDone={() => { setMove(null); void moves.refetch(); }} />;
  return (
    <FloorPage title={t('floor.counts.title')} site={site}>
      <Cue cue={cue} />
      <h2>{t('floor.counts.counts')}</h2>
      {counts.data?.length === 0 && <p>{t('floor.counts.none')}</p>}
      <ul className="choices">
        {counts.data?.map((c) => (
          <li key={c.id}>
            <button type="button" onClick={() => setCount(c)}>
              <span><code>{c.locationId}</code></span>
              <span>{c.reason ?? ''}</span>
            </button>
          </li>
        ))}
      </ul>
      <h2>{t('floor.counts.moves')}</h2>
      {moves.data?.length === 0 && <p>{t('floor.counts.noMoves')}</p>}
      <ul className="choices">
        {moves.data?.map((m) => (
          <li key={m.id}>
            <button type="button" onClick={() => takeMove(m)}>
              <span>{m.quantity} × <code>{m.sku}</code>: {m.fromBin} → {m.toBin}</span>
              <span>{m.takenBy ?? ''}</span>
            </button>
          </li>
        ))}
      </ul>
      <button type="button" onClick={async () => { try { await floor.generateReplenishments(site); await moves.refetch(); } catch (e) { setCue(badCue(e)); } }}>
        {t('floor.counts.generate')}
      </button>
    </FloorPage>
  );
}

function Count({ task, site, onDone }: { task: BlindCount; site: string; onDone: () => void }) {
  const { t } = useI18n();
  const [atBin, setAtBin] = useState(false);
  const [sku, setSku] = useState<string | null>(null);
  const [lot, setLot] = useState('');
  const [qty, setQty] = useState('');
  const [lines, setLines] = useState<{ sku: string; lotNumber: string; countedQuantity: number }[]>([]);
  const [cue, setCue] = useState<CueState | null>(null);
  const [result, setResult] = useState<CountResult | null>(null);

  async function scan(code: string) {
    try {
      const read = await floor.readScan(site, code);
      if (!atBin) {
        if (read.kind !== 'BIN' || read.code !== task.locationId) {
          setCue({ kind: 'bad', text: t('floor.picking.wrongBin', { code: read.code, expected: task.locationId }) });
          return;
        }
        setAtBin(true);
        setCue({ kind: 'ok', text: t('floor.picking.binOk', { bin: task.locationId }) });
      } else if (read.kind === 'PRODUCT') {
        setSku(read.code);
        setCue({ kind: 'ok', text: read.code });
      } else {
        setCue({ kind: 'bad', text: t('floor.receiving.notProduct', { code }) });
      }
    } catch (e) {
      setCue(badCue(e));
    }
  }

  async function submit() {
    try {
      setResult(await floor.countResult(task.id, lines));
      setCue({ kind: 'ok', text: t('floor.counts.done') });
    } catch (e) {
      setCue(badCue(e));
    }
  }

  return (
    <FloorPage title={t('floor.counts.countTitle', { bin: task.locationId })} site={site}>
      <p>{task.reason} · {t('floor.counts.blind')}</p>
      <Cue cue={cue} />
      {result ? (
        <>
          <ul>{result.lines.map((l) => <li key={l.sku + l.lotNumber}>{l.sku} {l.lotNumber}: {l.counted} {l.variance ? <span className="badge warn">{l.variance > 0 ? '+' : ''}{l.variance}</span> : <span className="badge ok">=</span>}</li>)}</ul>
          <button type="button" className="primary" onClick={onDone}>{t('floor.back')}</button>
        </>
      ) : (
        <>
          {!sku ? (
            <ScanField id={atBin ? 'scan-count-product' : 'scan-count-bin'} label={atBin ? t('floor.counts.scanProduct') : t('floor.scanBin')} onScan={scan} />
          ) : (
            <form className="task-card" onSubmit={(e) => { e.preventDefault(); setLines((l) => [...l, { sku, lotNumber: lot.trim(), countedQuantity: Number(qty) }]); setSku(null); setLot(''); setQty(''); }}>
              <p className="big">{sku}</p>
              <label htmlFor="count-lot">{t('floor.lot')}</label>
              <input id="count-lot" value={lot} onChange={(e) => setLot(e.target.value)} required autoFocus autoComplete="off" />
              <label htmlFor="count-qty">{t('floor.counts.counted')}</label>
              <input id="count-qty" type="number" inputMode="numeric" min={0} value={qty} onChange={(e) => setQty(e.target.value)} required />
              <div className="row-actions"><button type="submit" className="primary">{t('floor.counts.add')}</button></div>
            </form>
          )}
          {task.skus.length > 0 && <p>{t('floor.counts.expect', { skus: task.skus.join(', ') })}</p>}
          <ul>{lines.map((l, i) => <li key={i}>{l.countedQuantity} × {l.sku} · {l.lotNumber}</li>)}</ul>
          <div className="row-actions">
            <button type="button" className="primary" disabled={!atBin} onClick={submit}>{t('floor.counts.finish')}</button>
            <button type="button" onClick={onDone}>{t('floor.back')}</button>
          </div>
        </>
      )}
    </FloorPage>
  );
}

function Move({ task, site, onDone }: { task: ReplenishmentTask; site: string; onDone: () => void }) {
  const { t } = useI18n();
  const [scans, setScans] = useState<string[]>([]);
  const [cue, setCue] = useState<CueState | null>(null);
  const labels = [t('floor.counts.scanFrom', { bin: task.fromBin }), t('floor.counts.scanProduct'), t('floor.counts.scanTo', { bin: task.toBin })];

  async function scan(code: string) {
    const next = [...scans, code];
    if (next.length < 3) {
      setScans(next);
      setCue({ kind: 'info', text: code });
      return;
    }
    try {
      await floor.confirmReplenishment(task.id, { fromBinScan: next[0], productScan: next[1], toBinScan: next[2] });
      setCue({ kind: 'ok', text: t('floor.counts.moved', { quantity: task.quantity, sku: task.sku, bin: task.toBin }) });
      setScans([]);
      setTimeout(onDone, 800);
    } catch (e) {
      setCue(badCue(e));
      setScans([]);
    }
  }

  return (
    <FloorPage title={t('floor.counts.moveTitle')} site={site}>
      <div className="task-card">
        <p className="big">{task.quantity} × {task.sku}</p>
        <p>{t('floor.lot')} {task.lotNumber}: <b>{task.fromBin}</b> → <b>{task.toBin}</b></p>
        <p>{task.reason}</p>
      </div>
      <Cue cue={cue} />
      <ScanField id={`scan-move-${scans.length}`} label={labels[scans.length]} onScan={scan} />
      <button type="button" onClick={onDone}>{t('floor.back')}</button>
    </FloorPage>
  );
}
