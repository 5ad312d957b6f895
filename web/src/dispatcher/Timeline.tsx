import { useEffect, useMemo, useRef, useState } from 'react';
import { useI18n } from '../shell/i18n';
import { dayRange, hourTicks, layoutRoute, scale, type RouteTimelineLayout } from './timeline';
import type { PlannedRoute, RouteFigures } from './types';

const ROW = 34;
const LABEL = 88;

/**
 * One row per vehicle: driving, waiting, service, break and the drive home as bars, the customers'
 * time windows drawn under them, a tick per planned arrival (red when late). Clicking a bar or tick
 * selects its stop; the selected stop is outlined (and highlighted on the map by the screen).
 */
export function Timeline({
  routes,
  figures,
  colorOf,
  selectedStopId,
  onSelect,
}: {
  routes: PlannedRoute[];
  figures?: RouteFigures[];
  colorOf: (vehicleId: string) => string;
  selectedStopId: string | null;
  onSelect: (stopId: string) => void;
}) {
  const { t, formatTime } = useI18n();
  const box = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(800);
  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const observer = new ResizeObserver(() => setWidth(Math.max(300, el.clientWidth - LABEL - 12)));
    observer.observe(el);
    return () => observer.disconnect();
    // Re-measured when the rows appear (the box is not rendered without routes).
  }, [routes.length > 0]);
  const layouts: RouteTimelineLayout[] = useMemo(
    () => routes.map((r) => layoutRoute(r, figures?.find((f) => f.routeId === r.routeId))),
    [routes, figures],
  );
  const range = dayRange(layouts);
  const x = scale(range, width);
  const ticks = hourTicks(range);
  if (routes.length === 0) return null;
  return (
    <div className="dc-timeline" ref={box} data-testid="timeline" tabIndex={0} role="region" aria-label={t('dispatcher.timeline.title')}>
      <div className="dc-timeline-legend" aria-hidden="true">
        {(['drive', 'wait', 'service', 'break', 'return'] as const).map((k) => (
          <span key={k}>
            <i className={`seg-${k}`} /> {t(`dispatcher.timeline.${k}`)}
          </span>
        ))}
        <span>
          <i className="seg-window" /> {t('dispatcher.timeline.window')}
        </span>
      </div>
      <svg width={LABEL + width} height={20} aria-hidden="true" className="dc-timeline-axis">
        {ticks.map((tick) => (
          <text key={tick} x={LABEL + x(tick)} y={14} textAnchor="middle">
            {formatTime(new Date(tick * 1000))}
          </text>
        ))}
      </svg>
      {layouts.map((l) => (
        <svg
          key={l.routeId}
          width={LABEL + width}
          height={ROW}
          role="group"
          aria-label={t('dispatcher.timeline.row', {
            vehicle: l.vehicleId,
            stops: l.arrivals.length,
            from: formatTime(new Date(l.start * 1000)),
            to: formatTime(new Date(l.end * 1000)),
          })}
          data-vehicle={l.vehicleId}
        >
          <rect x={2} y={10} width={10} height={12} fill={colorOf(l.vehicleId)} />
          <text x={16} y={21} className="dc-timeline-label">
            {l.vehicleId}
          </text>
          <g transform={`translate(${LABEL},0)`}>
            {ticks.map((tick) => (
              <line key={tick} x1={x(tick)} x2={x(tick)} y1={0} y2={ROW} className="dc-grid" />
            ))}
            {l.windows.map((w, i) => (
              <rect
                key={`w${i}`}
                x={x(w.start)}
                y={27}
                width={Math.max(1, x(w.end) - x(w.start))}
                height={4}
                className={`seg-window${w.stopId === selectedStopId ? ' selected' : ''}`}
              />
            ))}
            {l.segments.map((s, i) => (
              <rect
                key={i}
                x={x(s.start)}
                y={6}
                width={Math.max(1, x(s.end) - x(s.start))}
                height={18}
                className={`seg-${s.kind}${s.stopId && s.stopId === selectedStopId ? ' selected' : ''}`}
                style={s.kind === 'service' ? { fill: colorOf(l.vehicleId) } : undefined}
                data-stop-id={s.stopId}
                onClick={s.stopId ? () => onSelect(s.stopId!) : undefined}
              >
                <title>
                  {t(`dispatcher.timeline.${s.kind}`)} {formatTime(new Date(s.start * 1000))}–{formatTime(new Date(s.end * 1000))}
                  {s.sequence ? ` · ${t('dispatcher.stop')} ${s.sequence}` : ''}
                </title>
              </rect>
            ))}
            {l.arrivals.map((a) => (
              <line
                key={a.stopId}
                x1={x(a.at)}
                x2={x(a.at)}
                y1={2}
                y2={28}
                className={`dc-arrival${a.late ? ' late' : ''}${a.stopId === selectedStopId ? ' selected' : ''}`}
                onClick={() => onSelect(a.stopId)}
              />
            ))}
          </g>
        </svg>
      ))}
    </div>
  );
}
