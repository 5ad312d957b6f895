import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';

/**
 * A tiny i18n: flat dictionaries per language, merged from every area (`addMessages`), looked up by
 * key with `{name}` parameters and CLDR plural forms (`key.one`, `key.few`, `key.many`, `key.other`,
 * chosen by `Intl.PluralRules` when a numeric `count` parameter is given). A missing Polish text
 * falls back to English, a missing English text to the key itself (visible, never blank).
 */
export const LANGS = ['pl', 'en'] as const;
export type Lang = (typeof LANGS)[number];
export type Messages = Record<string, string>;
export type Params = Record<string, string | number>;
export type Translate = (key: string, params?: Params) => string;

const dictionaries: Record<Lang, Messages> = { pl: {}, en: {} };

/** Adds an area's texts; call it at module level of the area's `screens.ts` (or a lazy screen). */
export function addMessages(messages: { en: Messages; pl: Messages }): void {
  Object.assign(dictionaries.en, messages.en);
  Object.assign(dictionaries.pl, messages.pl);
}

const STORAGE_KEY = 'zaplecze.lang';

export function detectLang(): Lang {
  try {
    const saved = localStorage.getItem(STORAGE_KEY);
    if (saved === 'pl' || saved === 'en') return saved;
  } catch {
    /* storage blocked: fall through to the browser language */
  }
  const languages = typeof navigator !== 'undefined' ? navigator.languages ?? [navigator.language] : [];
  for (const language of languages) {
    const base = language.toLowerCase().split('-')[0];
    if (base === 'pl' || base === 'en') return base;
  }
  return 'en';
}

/** Pure lookup, exported for tests and for code outside React. */
export function translate(lang: Lang, key: string, params?: Params): string {
  let text: string | undefined;
  const count = params?.count;
  if (typeof count === 'number') {
    const form = new Intl.PluralRules(lang).select(count);
    text = dictionaries[lang][`${key}.${form}`] ?? dictionaries[lang][`${key}.other`];
    if (text === undefined && lang !== 'en') {
      const enForm = new Intl.PluralRules('en').select(count);
      text = dictionaries.en[`${key}.${enForm}`] ?? dictionaries.en[`${key}.other`];
    }
  }
  text ??= dictionaries[lang][key] ?? dictionaries.en[key] ?? key;
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (match, name: string) => {
    const value = params[name];
    if (value === undefined) return match;
    return typeof value === 'number' ? new Intl.NumberFormat(lang).format(value) : value;
  });
}

interface I18n {
  lang: Lang;
  setLang: (lang: Lang) => void;
  t: Translate;
  /** Locale-aware formatting: times and dates in the browser's zone. */
  formatTime: (iso: string | Date) => string;
  formatDateTime: (iso: string | Date) => string;
  formatDate: (iso: string | Date) => string;
  formatNumber: (value: number, options?: Intl.NumberFormatOptions) => string;
}

const I18nContext = createContext<I18n | null>(null);

export function I18nProvider({ children, initial }: { children: ReactNode; initial?: Lang }) {
  const [lang, setLangState] = useState<Lang>(initial ?? detectLang);
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  const setLang = useCallback((next: Lang) => {
    try {
      localStorage.setItem(STORAGE_KEY, next);
    } catch {
      /* not persisted: still switched for this page */
    }
    setLangState(next);
  }, []);
  const value = useMemo<I18n>(() => {
    const time = new Intl.DateTimeFormat(lang, { hour: '2-digit', minute: '2-digit' });
    const dateTime = new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short' });
    const date = new Intl.DateTimeFormat(lang, { dateStyle: 'medium' });
    const toDate = (value: string | Date) => (value instanceof Date ? value : new Date(value));
    return {
      lang,
      setLang,
      t: (key, params) => translate(lang, key, params),
      formatTime: (value) => time.format(toDate(value)),
      formatDateTime: (value) => dateTime.format(toDate(value)),
      formatDate: (value) => date.format(toDate(value)),
      formatNumber: (value, options) => new Intl.NumberFormat(lang, options).format(value),
    };
  }, [lang, setLang]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n outside I18nProvider');
  return value;
}

/** The language switch shown in every layout. */
export function LangSwitch() {
  const { lang, setLang, t } = useI18n();
  return (
    <div className="lang-switch" role="group" aria-label={t('shell.language')}>
      {LANGS.map((l) => (
        <button
          key={l}
          type="button"
          lang={l}
          className={l === lang ? 'active' : undefined}
          aria-pressed={l === lang}
          onClick={() => setLang(l)}
        >
          {l.toUpperCase()}
        </button>
      ))}
    </div>
  );
}
