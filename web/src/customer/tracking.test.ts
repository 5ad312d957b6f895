import { describe, expect, it } from 'vitest';
import { timelineSteps } from './tracking';

describe('timelineSteps', () => {
  it('shows the steps reached, the current one, and what is still to come', () => {
    const steps = timelineSteps({
      status: 'OUT_FOR_DELIVERY',
      timeline: [
        { status: 'CREATED', at: '2026-12-04T06:00:00Z' },
        { status: 'PLANNED', at: '2026-12-04T06:10:00Z' },
        { status: 'OUT_FOR_DELIVERY', at: '2026-12-04T08:00:00Z' },
      ],
    });
    expect(steps.map((s) => `${s.status}:${s.state}`)).toEqual([
      'CREATED:done',
      'PLANNED:done',
      'OUT_FOR_DELIVERY:current',
      'ARRIVING:pending',
      'DELIVERED:pending',
    ]);
  });

  it('ends with a failure, without the steps a delivery would have had', () => {
    const steps = timelineSteps({
      status: 'FAILED',
      timeline: [
        { status: 'PLANNED', at: '2026-12-04T06:10:00Z' },
        { status: 'ARRIVING', at: '2026-12-04T09:00:00Z' },
        { status: 'FAILED', at: '2026-12-04T09:05:00Z' },
      ],
    });
    expect(steps.map((s) => s.status)).toEqual(['PLANNED', 'ARRIVING', 'FAILED']);
    expect(steps.at(-1)).toEqual({ status: 'FAILED', at: '2026-12-04T09:05:00Z', state: 'current' });
  });

  it('keeps the latest time when a status was reported twice', () => {
    const steps = timelineSteps({
      status: 'ARRIVING',
      timeline: [
        { status: 'ARRIVING', at: '2026-12-04T09:00:00Z' },
        { status: 'ARRIVING', at: '2026-12-04T09:02:00Z' },
      ],
    });
    expect(steps[0]).toEqual({ status: 'ARRIVING', at: '2026-12-04T09:02:00Z', state: 'current' });
  });
});
