import { useI18n } from '../shell/i18n';
import { parseScore } from './format';

export interface ProgressPoint {
  at: number;
  score: string;
}

/**
 * The best score over time as a small line chart: the soft score (cost) once the plan is feasible,
 * the hard score before (drawn in red). Time runs from the job's start to its limit.
 */
export function ProgressChart({ points, startedAt, limitSeconds }: { points: ProgressPoint[]; startedAt: number; limitSeconds: number }) {
  const { t } = useI18n();
  const W = 260;
  const H = 70;
  const parsed = points.map((p) => ({ at: p.at, s: parseScore(p.score) })).filter((p) => p.s !== null) as { at: number; s: NonNullable<ReturnType<typeof parseScore>> }[];
  if (parsed.length === 0) return <p className="dc-muted">{t('dispatcher.progress.waiting')}</p>;
  const feasible = parsed.filter((p) => p.s.hard === 0);
  const series = feasible.length > 0 ? feasible.map((p) => ({ at: p.at, v: p.s.soft + p.s.medium * 1e6 })) : parsed.map((p) => ({ at: p.at, v: p.s.hard }));
  const min = Math.min(...series.map((p) => p.v));
  const max = Math.max(...series.map((p) => p.v));
  const span = Math.max(1, max - min);
  const end = Math.max(startedAt + limitSeconds, ...series.map((p) => p.at));
  const px = (at: number) => ((at - startedAt) / Math.max(1, end - startedAt)) * (W - 4) + 2;
  const py = (v: number) => H - 4 - ((v - min) / span) * (H - 8);
  const path = series.map((p, i) => `${i === 0 ? 'M' : 'L'}${px(p.at).toFixed(1)},${py(p.v).toFixed(1)}`).join(' ');
  const last = points[points.length - 1];
  return (
    <figure className="dc-progress-chart">
      <svg width={W} height={H} role="img" aria-label={t('dispatcher.progress.chart', { score: last.score, count: parsed.length })}>
        <rect x={0} y={0} width={W} height={H} className="dc-chart-bg" />
        <path d={path} className={feasible.length > 0 ? 'dc-chart-line' : 'dc-chart-line infeasible'} />
      </svg>
      <figcaption>
        {t('dispatcher.progress.best')} <code data-testid="best-score">{last.score}</code>
      </figcaption>
    </figure>
  );
}
