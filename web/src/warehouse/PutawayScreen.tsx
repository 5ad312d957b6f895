import { useState } from 'react';
import { useI18n } from '../shell/i18n';
import { badCue, BinPlace, Cue, FloorPage, ScanField, useSite, type CueState } from './Floor';
import { floor, type PutawayStep } from './floorApi';

const REASONS = ['full', 'blocked', 'damaged', 'closer'] as const;

/** Putaway: the next task with the bin to go to and why; scan the bin, or another with a reason. */
export default function PutawayScreen() {
  const { t } = useI18n();
  const [site] = useSite();
  const [step, setStep] = useState<PutawayStep | null>(null);
  const [none, setNone] = useState(false);
  const [other, setOther] = useState<string | null>(null);
  const [cue, setCue] = useState<CueState | null>(null);
  const [busy, setBusy] = useState(false);

  async function next() {
    setBusy(true);
    try {
      const s = await floor.nextPutaway(site);
      setStep(s ?? null);
      setNone(!s);
      setOther(null);
    } catch (e) {
      setCue(badCue(e));
    } finally {
      setBusy(false);
    }
  }

  async function confirm(binScan: string, reason: string | null) {
    if (!step) return;
    setBusy(true);
    try {
      const done = await floor.confirmPutaway(step.task.id, binScan, reason);
      setCue({ kind: 'ok', text: t('floor.putaway.done', { quantity: done.quantity, sku: done.sku, bin: done.confirmedBin ?? '' }) });
      setStep(null);
      setOther(null);
    } catch (e) {
      const problem = badCue(e);
      // Another bin than the suggested one: ask why, then confirm again with the reason.
      if ((e as { code?: string }).code === 'reason-required') {
        setOther(binScan);
        setCue({ kind: 'info', text: problem.text });
      } else {
        setCue(problem);
      }
    } finally {
      setBusy(false);
    }
  }

  return (
    <FloorPage title={t('floor.putaway.title')} site={site}>
      <Cue cue={cue} />
      {!step && (
        <>
          {none && <p>{t('floor.putaway.none')}</p>}
          <button type="button" className="primary" onClick={next} disabled={busy || !site}>{t('floor.putaway.next')}</button>
        </>
      )}
      {step && (
        <>
          <div className="task-card">
            <p>{t('floor.putaway.take', { quantity: step.task.quantity, from: step.task.fromLocation })}</p>
            <p><b>{step.productName}</b> <code>{step.task.sku}</code> · {t('floor.lot')} <b>{step.task.lotNumber}</b></p>
            <p>{t('floor.putaway.to')}</p>
            <p className="big" data-testid="suggested-bin">{step.suggested?.code ?? '—'}</p>
            {step.suggested && <BinPlace aisle={step.suggested.aisle} bay={step.suggested.bay} level={step.suggested.level} />}
            <h2>{t('floor.putaway.why')}</h2>
            <ul>{step.why.map((w) => <li key={w}>{w}</li>)}</ul>
          </div>
          {other ? (
            <fieldset className="task-card">
              <legend>{t('floor.putaway.reasonFor', { bin: other })}</legend>
              <ul className="choices">
                {REASONS.map((r) => (
                  <li key={r}>
                    <button type="button" onClick={() => confirm(other, t(`floor.putaway.reason.${r}`))} disabled={busy}>
                      {t(`floor.putaway.reason.${r}`)}
                    </button>
                  </li>
                ))}
              </ul>
              <button type="button" onClick={() => setOther(null)}>{t('floor.cancel')}</button>
            </fieldset>
          ) : (
            <ScanField id="scan-bin" label={t('floor.scanBin')} onScan={(code) => confirm(code, null)} busy={busy} />
          )}
          {step.alternatives.length > 0 && (
            <details>
              <summary>{t('floor.putaway.alternatives')}</summary>
              <ul>{step.alternatives.map((b) => <li key={b.code}><code>{b.code}</code> · {b.zone} · {b.temperatureClass}</li>)}</ul>
            </details>
          )}
          <div className="row-actions">
            <button type="button" onClick={async () => { await floor.releasePutaway(step.task.id).catch(() => undefined); setStep(null); }}>{t('floor.release')}</button>
          </div>
        </>
      )}
    </FloorPage>
  );
}
