import type { Hono } from 'hono';
import { limitBodies } from './body-limit.ts';
import { compressResponses } from './compress.ts';
import { hostGuard } from './host-guard.ts';
import { securityHeaders } from './security-headers.ts';
import { writeGuard } from './write-guard.ts';

export interface SafetyOptions {
  /** The address users reach the server on (PUBLIC_URL); its host is accepted besides localhost names. */
  publicUrl?: string;
}

/**
 * Everything every request passes before a route: headers and compression on the way out (so errors and
 * 404s get them too), then the Host allow-list, the cross-site write guard and the body limits.
 */
export function registerSafetyMiddleware(app: Hono, options: SafetyOptions) {
  app.use(securityHeaders());
  app.use(compressResponses());
  app.use(hostGuard(options));
  app.use(writeGuard(options));
  app.use(limitBodies());
}
