import { useEffect, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { Link } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { ApiError } from '../shell/api';
import { useI18n } from '../shell/i18n';
import { floor } from './floorApi';
import './floor.css';

/** The result of the last scan or step: a big, colour-and-text cue (no sound, no vibration). */
export interface CueState {
  kind: 'ok' | 'bad' | 'info';
  text: string;
}

export function Cue({ cue }: { cue: CueState | null }) {
  const { t } = useI18n();
  if (!cue) return <div className="cue cue-empty" aria-hidden="true" />;
  const icon = cue.kind === 'ok' ? '✓' : cue.kind === 'bad' ? '✗' : 'i';
  const word = cue.kind === 'ok' ? t('floor.cue.ok') : cue.kind === 'bad' ? t('floor.cue.bad') : '';
  return (
    <div className={`cue cue-${cue.kind}`} role={cue.kind === 'bad' ? 'alert' : 'status'} data-cue={cue.kind}>
      <span className="cue-icon" aria-hidden="true">{icon}</span>
      <span>
        {word && <strong>{word} </strong>}
        {cue.text}
      </span>
    </div>
  );
}

/** A cue from a failed call: the problem detail's text. */
export function badCue(error: unknown): CueState {
  if (error instanceof ApiError) return { kind: 'bad', text: error.detail ?? error.title };
  return { kind: 'bad', text: error instanceof Error ? error.message : String(error) };
}

let activeScan: HTMLInputElement | null = null;

/** Gives the focus back to the screen's scan field (after a button did its work). */
export function focusScan(): void {
  setTimeout(() => activeScan?.focus(), 0);
}

// A keyboard-wedge scanner types into whatever has focus: when focus sits on a button or the page,
// a printable key moves it to the screen's scan field first, so the scan lands there.
if (typeof document !== 'undefined') {
  document.addEventListener('keydown', (e) => {
    const target = e.target as HTMLElement | null;
    const editing = target && (target.tagName === 'INPUT' || target.tagName === 'SELECT' || target.tagName === 'TEXTAREA');
    if (!editing && activeScan && document.contains(activeScan) && e.key.length === 1 && !e.ctrlKey && !e.metaKey && !e.altKey) {
      activeScan.focus();
    }
  });
}

/**
 * The scan field: focused when it appears and after every scan; a scanner types the code and
 * Enter. `onScan` gets the trimmed code; the field clears itself.
 */
export function ScanField({ id, label, onScan, busy = false, hint }: { id: string; label: string; onScan: (code: string) => void | Promise<void>; busy?: boolean; hint?: string }) {
  const ref = useRef<HTMLInputElement>(null);
  const [value, setValue] = useState('');
  useEffect(() => {
    activeScan = ref.current;
    ref.current?.focus();
    return () => {
      if (activeScan === ref.current) activeScan = null;
    };
  }, [id]);
  useEffect(() => {
    if (!busy) ref.current?.focus();
  }, [busy]);
  // Focus that goes nowhere (a button that went away, a tap on the page) comes back to the field;
  // tabbing to a button or another input is left alone, so the screen works by keyboard.
  useEffect(() => {
    const input = ref.current;
    if (!input) return;
    const back = (e: FocusEvent) => {
      if (e.relatedTarget === null) setTimeout(() => {
        if (document.activeElement === document.body || document.activeElement === null) input.focus();
      }, 0);
    };
    input.addEventListener('blur', back);
    const lost = () => setTimeout(() => {
      if ((document.activeElement === document.body || document.activeElement === null) && document.contains(input)) input.focus();
    }, 0);
    document.addEventListener('focusout', lost);
    return () => {
      input.removeEventListener('blur', back);
      document.removeEventListener('focusout', lost);
    };
  }, []);
  async function submit(e: FormEvent) {
    e.preventDefault();
    const code = value.trim();
    if (!code || busy) return;
    setValue('');
    await onScan(code);
    ref.current?.focus();
  }
  return (
    <form className="scan" onSubmit={submit}>
      <label htmlFor={id}>{label}</label>
      <div className="scan-row">
        <input
          id={id}
          ref={ref}
          className="scan-input"
          value={value}
          onChange={(e) => setValue(e.target.value)}
          autoComplete="off"
          autoCapitalize="off"
          spellCheck={false}
          enterKeyHint="go"
          aria-describedby={hint ? `${id}-hint` : undefined}
          data-scan="true"
        />
        <button type="submit" className="primary" disabled={busy}>
          OK
        </button>
      </div>
      {hint && (
        <p id={`${id}-hint`} className="scan-hint">
          {hint}
        </p>
      )}
    </form>
  );
}

const SITE_KEY = 'zaplecze.floor.site';

/** The site the person works at (remembered in this browser), chosen from the sites. */
export function useSite(): [string, (code: string) => void, { code: string; name: string }[]] {
  const sites = useQuery({ queryKey: ['floor', 'sites'], queryFn: floor.sites });
  const [site, setSite] = useState<string>(() => localStorage.getItem(SITE_KEY) ?? '');
  const list = sites.data ?? [];
  const chosen = site && list.some((s) => s.code === site) ? site : list[0]?.code ?? site;
  return [
    chosen,
    (code) => {
      localStorage.setItem(SITE_KEY, code);
      setSite(code);
    },
    list,
  ];
}

/** A floor screen's frame: title, back link to the floor menu, the site. */
export function FloorPage({ title, site, children, wide = false }: { title: string; site: string; children: ReactNode; wide?: boolean }) {
  const { t } = useI18n();
  return (
    <section className={`page floor ${wide ? 'floor-wide' : ''}`}>
      <nav className="floor-crumbs" aria-label={t('floor.crumbs')}>
        <Link to="/warehouse">← {t('floor.menu')}</Link>
        <span className="floor-site">{site}</span>
      </nav>
      <h1>{title}</h1>
      {site ? children : <p className="loading">{t('shell.loading')}</p>}
    </section>
  );
}

/** Where a bin is, as a picker reads it. */
export function BinPlace({ aisle, bay, level }: { aisle: string | null; bay: number | null; level: number | null }) {
  const { t } = useI18n();
  if (aisle == null) return null;
  return (
    <span className="bin-place">
      {t('floor.aisle')} <b>{aisle}</b> · {t('floor.bay')} <b>{bay}</b> · {t('floor.level')} <b>{level}</b>
    </span>
  );
}
