import { config } from 'zod';

// Zod probes `new Function` to decide whether it may compile fast parsers. Under our CSP
// (no 'unsafe-eval') the probe fails quietly but the browser still reports a violation, so the
// browser build parses without compiled parsers.
config({ jitless: true });
