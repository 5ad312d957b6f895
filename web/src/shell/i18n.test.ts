import { describe, expect, it } from 'vitest';
import { addMessages, translate } from './i18n';

addMessages({
  en: { 't.hello': 'Hello {name}', 't.stops.one': '{count} stop before yours', 't.stops.other': '{count} stops before yours', 't.onlyEn': 'English only' },
  pl: { 't.hello': 'Cześć {name}', 't.stops.one': '{count} przystanek przed Tobą', 't.stops.few': '{count} przystanki przed Tobą', 't.stops.many': '{count} przystanków przed Tobą' },
});

describe('translate', () => {
  it('fills parameters', () => {
    expect(translate('pl', 't.hello', { name: 'Ala' })).toBe('Cześć Ala');
  });

  it('chooses the Polish plural form by CLDR rules', () => {
    expect(translate('pl', 't.stops', { count: 1 })).toBe('1 przystanek przed Tobą');
    expect(translate('pl', 't.stops', { count: 3 })).toBe('3 przystanki przed Tobą');
    expect(translate('pl', 't.stops', { count: 5 })).toBe('5 przystanków przed Tobą');
    expect(translate('pl', 't.stops', { count: 22 })).toBe('22 przystanki przed Tobą');
    expect(translate('en', 't.stops', { count: 2 })).toBe('2 stops before yours');
  });

  it('falls back to English, then to the key', () => {
    expect(translate('pl', 't.onlyEn')).toBe('English only');
    expect(translate('pl', 't.missing')).toBe('t.missing');
  });
});
