// Zod probes `new Function` when a schema is built, to decide whether it may compile fast parsers.
// Under our CSP (no 'unsafe-eval') the probe fails quietly but the browser still reports a
// violation. Zod reads its settings from this global, and the shared schemas are built while the
// app bundle loads, so main.tsx makes the setting before it loads the app.
const holder = globalThis as { __zod_globalConfig?: Record<string, unknown> };
holder.__zod_globalConfig = { ...holder.__zod_globalConfig, jitless: true };
