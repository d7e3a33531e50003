import { useTranslation } from 'react-i18next';
import { localeFor } from './language.ts';

export type Formatter = ReturnType<typeof formatterFor>;

/** Number and date formatting for one UI language (documents keep the municipality's language). */
export function formatterFor(lng: string) {
  const locale = localeFor(lng);
  const numberFormat = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
  const dateFormat = new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'short', day: 'numeric' });
  const dateTimeFormat = new Intl.DateTimeFormat(locale, {
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  });
  return {
    locale,
    number: (value: number, options?: Intl.NumberFormatOptions) =>
      plain(options ? new Intl.NumberFormat(locale, options).format(value) : numberFormat.format(value)),
    /** 12.5 → "12,5 %" in Swedish, "12.5%" in English: the value is already in percent. */
    percent: (value: number) =>
      new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 2 }).format(value / 100),
    /** Thousands of kronor as budget tables show them. */
    amount: (value: number) =>
      plain(new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }).format(value)),
    /** "2026-03-01" or an ISO timestamp → a date in the UI language. */
    date: (iso: string) => dateFormat.format(toDate(iso)),
    dateTime: (iso: string) => dateTimeFormat.format(toDate(iso)),
  };
}

/** Plain spaces and hyphen-minus, as the documents print numbers, so editor and PDF read the same. */
function plain(text: string): string {
  return text.replace(/\u2212/g, '-').replace(/[\u00a0\u202f]/g, ' ');
}

function toDate(iso: string): Date {
  // A bare date is a calendar day: read it at noon so no time zone moves it to the day before.
  return /^\d{4}-\d{2}-\d{2}$/.test(iso) ? new Date(`${iso}T12:00:00`) : new Date(iso);
}

/** The formatter for the current UI language; components re-render when the language changes. */
export function useFormat(): Formatter {
  const { i18n } = useTranslation();
  return formatterFor(i18n.language);
}
