import { useState } from 'react';
import { Link } from 'react-router';
import { api, ApiError } from '../shell/api';
import { useI18n } from '../shell/i18n';
import { ProblemMessage } from '../shell/ProblemMessage';
import { parseCsv, type CsvRecord } from './csv';
import './messages';
import './dispatcher.css';

type Kind = 'orders' | 'fleet';
const PATHS: Record<Kind, string> = { orders: '/api/v1/warehouse/imports/orders', fleet: '/api/v1/routing/imports/vehicles' };

interface RowError {
  line: number;
  column: string;
  message: string;
}

interface Report {
  rows: number;
  created: number;
  updated: number;
  unchanged: number;
  dryRun: boolean;
  results: { line: number; key: string; outcome: string }[];
}

/**
 * Loads the orders or the fleet the plan is made from, as CSV (the import contract of #15): check
 * first (dry run), then import; every row error is shown next to its row, and nothing is imported
 * while any row is wrong.
 */
export default function ImportScreen() {
  const { t } = useI18n();
  const [kind, setKind] = useState<Kind>('orders');
  const [file, setFile] = useState<File | null>(null);
  const [records, setRecords] = useState<CsvRecord[]>([]);
  const [errors, setErrors] = useState<RowError[]>([]);
  const [report, setReport] = useState<Report | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const choose = async (f: File | null) => {
    setFile(f);
    setReport(null);
    setErrors([]);
    setFailure(null);
    setRecords(f ? parseCsv(await f.text()) : []);
  };
  const send = async (dryRun: boolean) => {
    if (!file) return;
    setBusy(true);
    setReport(null);
    setErrors([]);
    setFailure(null);
    try {
      setReport(await api.post<Report>(PATHS[kind], undefined, { body: file, headers: { 'Content-Type': 'text/csv' }, query: { dryRun: dryRun || undefined } }));
    } catch (e) {
      if (e instanceof ApiError && Array.isArray(e.problem.errors)) setErrors(e.problem.errors as RowError[]);
      if (e instanceof ApiError && e.status === 404) setFailure(new Error(t('dispatcher.import.missing', { path: PATHS[kind] })));
      else setFailure(e);
    } finally {
      setBusy(false);
    }
  };
  const header = records[0]?.fields ?? [];
  const byLine = new Map<number, RowError[]>();
  for (const e of errors) byLine.set(e.line, [...(byLine.get(e.line) ?? []), e]);
  const outcome = new Map((report?.results ?? []).map((r) => [r.line, r.outcome]));

  return (
    <section className="page">
      <h1>{t('dispatcher.import.title')}</h1>
      <p>
        <Link to="/plan">{t('dispatcher.plan.title')}</Link>
      </p>
      <div className="dc-toolbar">
        <div className="dc-field">
          <label htmlFor="dc-import-kind">{t('dispatcher.import.kind')}</label>
          <select id="dc-import-kind" value={kind} onChange={(e) => setKind(e.target.value as Kind)}>
            <option value="orders">{t('dispatcher.import.orders')}</option>
            <option value="fleet">{t('dispatcher.import.fleet')}</option>
          </select>
        </div>
        <div className="dc-field">
          <label htmlFor="dc-import-file">{t('dispatcher.import.file')}</label>
          <input id="dc-import-file" type="file" accept=".csv,text/csv" onChange={(e) => void choose(e.target.files?.[0] ?? null)} />
        </div>
        <button type="button" onClick={() => void send(true)} disabled={!file || busy}>
          {t('dispatcher.import.check')}
        </button>
        <button type="button" className="primary" onClick={() => void send(false)} disabled={!file || busy}>
          {t('dispatcher.import.submit')}
        </button>
      </div>
      <ProblemMessage error={failure} />
      {report && (
        <p className="notice" role="status">
          {report.dryRun ? t('dispatcher.import.checked', { rows: report.rows }) : t('dispatcher.import.ok', { rows: report.rows, created: report.created, updated: report.updated, unchanged: report.unchanged })}
        </p>
      )}
      {byLine.has(1) && (
        <ul className="problem-fields">
          {byLine.get(1)!.map((e, i) => (
            <li key={i}>{e.message}</li>
          ))}
        </ul>
      )}
      {records.length > 1 && (
        <table className="dc-import-rows" data-testid="import-rows">
          <thead>
            <tr>
              <th scope="col">{t('dispatcher.import.line')}</th>
              {header.map((h, i) => (
                <th key={i} scope="col">
                  {h}
                </th>
              ))}
              <th scope="col">{t('dispatcher.import.problem')}</th>
            </tr>
          </thead>
          <tbody>
            {records.slice(1, 1001).map((r) => {
              const problems = byLine.get(r.line) ?? [];
              return (
                <tr key={r.line} className={problems.length ? 'has-error' : undefined}>
                  <td>{r.line}</td>
                  {header.map((h, i) => (
                    <td key={i} aria-invalid={problems.some((p) => p.column === h) || undefined}>
                      {r.fields[i] ?? ''}
                    </td>
                  ))}
                  <td className={problems.length ? 'dc-row-error' : undefined}>
                    {problems.map((p) => (p.column ? `${p.column}: ${p.message}` : p.message)).join(' · ') || outcome.get(r.line) || ''}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </section>
  );
}
