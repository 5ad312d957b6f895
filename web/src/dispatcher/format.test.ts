import { describe, expect, it } from 'vitest';
import { parseScore, scoreLevel } from './format';

describe('scores', () => {
  it('reads the full and Timefold\'s short form (zero levels left out)', () => {
    expect(parseScore('-1hard/-2medium/-300soft')).toEqual({ hard: -1, medium: -2, soft: -300 });
    expect(parseScore('-27306soft')).toEqual({ hard: 0, medium: 0, soft: -27306 });
    expect(parseScore('-5medium/-10soft')).toEqual({ hard: 0, medium: -5, soft: -10 });
    expect(parseScore('0')).toEqual({ hard: 0, medium: 0, soft: 0 });
    expect(parseScore('nonsense')).toBeNull();
  });

  it('puts a constraint on its level', () => {
    expect(scoreLevel('-3600hard')).toBe('hard');
    expect(scoreLevel('-5medium')).toBe('medium');
    expect(scoreLevel('-12345soft')).toBe('soft');
  });
});
