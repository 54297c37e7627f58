/**
 * Locale-aware numbers, plurals and durations for the term tables, all through `Intl` so each
 * language gets its own digits, plural categories (Unicode CLDR plural rules) and phrasing.
 * @packageDocumentation
 */

/** The wordings of a phrase per CLDR plural category; `#` stands for the formatted number. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

export interface NumberWords {
  /** A whole number in the locale's digits. */
  num: (value: number) => string;
  /** A percentage given as 0–100, with the decimals it has (two at most): a score comes already rounded as learners read it (learning/scoring.ts, shownScore). */
  percent: (value: number) => string;
  /** The form of `forms` for `count`, with `#` replaced by the number. */
  plural: (count: number, forms: PluralForms) => string;
  /** "in 6 minutes", "in 3 hours", "in 8 days" (or "now"), rounded to the largest whole unit. */
  inDuration: (minutes: number) => string;
}

export function numberWords(locale: string): NumberWords {
  const numbers = new Intl.NumberFormat(locale);
  const percents = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 2 });
  const rules = new Intl.PluralRules(locale);
  const relative = new Intl.RelativeTimeFormat(locale, { numeric: 'always' });
  const now = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }).format(0, 'second');
  const num = (value: number) => numbers.format(value);
  return {
    num,
    percent: (value) => percents.format(value / 100),
    plural: (count, forms) => (forms[rules.select(count)] ?? forms.other).replace('#', num(count)),
    inDuration: (minutes) => {
      if (minutes < 1) return now;
      if (minutes < 60) return relative.format(Math.round(minutes), 'minute');
      const hours = Math.round(minutes / 60);
      if (hours < 24) return relative.format(hours, 'hour');
      return relative.format(Math.round(minutes / 1440), 'day');
    },
  };
}
