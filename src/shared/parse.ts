import { z } from 'zod';
import { AppError } from '../domain/errors.ts';
import { fieldLabel } from './field-labels.ts';

/**
 * Parses untrusted input with a schema; a failure becomes INVALID with one Swedish message per field,
 * which the UI shows next to the field. Shared by routes and by services that read files.
 */
export function parseWith<S extends z.ZodType>(schema: S, value: unknown, where: string): z.infer<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const fields: Record<string, string> = {};
  for (const issue of result.error.issues) {
    const key = issue.path.length ? issue.path.join('.') : where;
    fields[key] ??=
      issue.path.length && needsFieldName(issue) ? namedMessage(key, issue.message) : issue.message;
  }
  throw new AppError('INVALID', summarise(Object.values(fields)), { fields });
}

/** Messages of rules shared by many fields (common.ts), which cannot know which date or id they check. */
const SHARED_RULE_MESSAGES = ['Datum anges', 'Ogiltigt id'];

/**
 * Our own rules name their field ("Aktivitetens namn får vara högst …"); zod's built-in Swedish messages
 * ("Ogiltig inmatning: …") do not. The built-in message for the issue starts the same way as the one given.
 */
function needsFieldName(issue: z.core.$ZodIssue): boolean {
  if (SHARED_RULE_MESSAGES.some((start) => issue.message.startsWith(start))) return true;
  const builtIn = z.config().localeError?.(issue as never);
  const text = typeof builtIn === 'string' ? builtIn : builtIn?.message;
  return text !== undefined && text.split(':')[0] === issue.message.split(':')[0];
}

/** A built-in message with the field's Swedish name in front (or its code, quoted, when it has none). */
function namedMessage(key: string, message: string): string {
  const label = fieldLabel(key);
  if (label === key) return `Fältet ”${key}”: ${message}`;
  return message.startsWith(label) ? message : `${label}: ${message}`;
}

/** One field: its own message. Several: each of them, so the top of the form says exactly what to fix. */
function summarise(messages: string[]): string {
  const withStop = messages.map((m) => (/[.!?]$/.test(m) ? m : `${m}.`));
  if (withStop.length === 1) return withStop[0] as string;
  const shown = withStop.slice(0, 5).join(' ');
  const more = withStop.length > 5 ? ` (och ${withStop.length - 5} fel till)` : '';
  return `Rätta ${withStop.length} fält: ${shown}${more}`;
}
