import type { z } from 'zod';
import { AppError } from '../domain/errors.ts';

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
    fields[key] ??= issue.message;
  }
  const names = Object.keys(fields).join(', ');
  throw new AppError('INVALID', `Uppgifterna är ogiltiga (${names}). Rätta fälten och försök igen.`, {
    fields,
  });
}
