/** UNAVAILABLE: a system dependency is missing or busy; installing or freeing it makes the request work. */
export type ErrorCode =
  | 'INVALID'
  | 'NOT_FOUND'
  | 'FORBIDDEN'
  | 'CONFLICT'
  | 'UNAUTHENTICATED'
  | 'UNAVAILABLE'
  | 'RATE_LIMITED';

/** The one error type. Messages are Swedish and tell the user what to do. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export function invalid(field: string, message: string): AppError {
  return new AppError('INVALID', message, { fields: { [field]: message } });
}

export function notFound(what: string, id: string): AppError {
  return new AppError(
    'NOT_FOUND',
    `${what} med id ${id} finns inte. Kontrollera id:t eller ladda om sidan.`,
    { id },
  );
}
