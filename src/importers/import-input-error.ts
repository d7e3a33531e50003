import { AppError } from '../domain/errors.ts';

/** A plan file that cannot be imported at all; an INVALID AppError so the API shows the message as is. */
export class ImportInputError extends AppError {
  constructor(message: string, details?: Record<string, unknown>) {
    super('INVALID', message, details);
    this.name = 'ImportInputError';
  }
}
