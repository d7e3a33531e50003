import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { loadConfig } from '../config.ts';
import { openDatabase } from '../db/database.ts';
import { migrateToLatest } from '../db/migrate.ts';
import { seedDemo } from '../demo/seed-demo.ts';
import { seedSynthetic } from '../demo/seed-synthetic.ts';
import { AppError } from '../domain/errors.ts';
import { loadOidcConfig } from '../oidc-config.ts';
import type { Ctx } from '../services/context.ts';
import { exportYear } from '../services/export.ts';
import { importYearJson } from '../services/import-json.ts';
import { AUDIT_HELP, runAudit } from './audit.ts';
import { IMPORT_HELP, runImport } from './import.ts';
import { ORGANISATIONS_HELP, runOrganisations } from './organisations.ts';
import { OUTCOMES_HELP, runOutcomes } from './outcomes.ts';
import { RENDER_HELP, runRender } from './render.ts';
import { runServe } from './serve.ts';
import { runUsers, USERS_HELP } from './users.ts';
import { runYear, YEAR_HELP } from './year.ts';

const HELP = `malkedja – planering och uppföljning i målkedjan

Kommandon:
  serve [--no-demo]              starta servern (läser in demokommunen i en tom databas)
  migrate                        kör databasmigreringar
  seed-demo                      läs in demokommunen
  export --year ÅR [--out FIL]   exportera allt för ett år som JSON
  import-json FIL                läs in en JSON-export (idempotent)
  seed-synthetic                 bygg en syntetisk stad i Stockholms storlek (för bench)
${RENDER_HELP}
${IMPORT_HELP}
${YEAR_HELP}
${ORGANISATIONS_HELP}
${OUTCOMES_HELP}
${AUDIT_HELP}
${USERS_HELP}

Miljövariabler: DATABASE_URL, DATA_DIR, HOST, PORT, PUBLIC_URL, TRUST_PROXY, OIDC_*, MALKEDJA_ACTOR, TYPST_FONT_PATHS, LOG_REQUESTS`;

export const commands: Record<string, (args: string[], ctx: () => Promise<CliCtx>) => Promise<void>> = {
  async migrate(_args, open) {
    const c = await open();
    console.log(`Databasen är uppdaterad (${c.engine}).`);
    await c.close();
  },
  async 'seed-demo'(_args, open) {
    const c = await open();
    await seedDemo(c.ctx);
    console.log('Demokommunen är inläst.');
    await c.close();
  },
  async export(args, open) {
    const { values } = parseArgs({ args, options: { year: { type: 'string' }, out: { type: 'string' } } });
    const year = Number(values.year);
    if (!Number.isInteger(year))
      throw new AppError('INVALID', 'Ange året med --year, till exempel --year 2025.');
    const c = await open();
    const doc = await exportYear(c.ctx, year);
    const json = `${JSON.stringify(doc, null, 2)}\n`;
    if (values.out) {
      writeFileSync(values.out, json);
      console.error(`Exporterade ${doc.goals.length} mål och ${doc.plans.length} planer till ${values.out}.`);
    } else process.stdout.write(json);
    await c.close();
  },
  async 'seed-synthetic'(_args, open) {
    const c = await open();
    const start = performance.now();
    const result = await seedSynthetic(c.ctx.db);
    console.log(
      `Syntetisk stad inläst: ${result.rows} rader, ${result.planIds.length} planer på ${Math.round(performance.now() - start)} ms.`,
    );
    await c.close();
  },
  async render(args, open) {
    const c = await open();
    try {
      await runRender(args, c.ctx);
    } finally {
      await c.close();
    }
  },
  import: (args, open) => runImport(args, open),
  async year(args, open) {
    const c = await open();
    try {
      await runYear(args, c.ctx);
    } finally {
      await c.close();
    }
  },
  async outcomes(args, open) {
    const c = await open();
    let code = 0;
    try {
      code = await runOutcomes(args, c.ctx);
    } finally {
      await c.close();
    }
    if (code !== 0) process.exitCode = code;
  },
  async audit(args, open) {
    const c = await open();
    let code = 0;
    try {
      code = await runAudit(args, c.ctx);
    } finally {
      await c.close();
    }
    if (code !== 0) process.exitCode = code;
  },
  async users(args, open) {
    const c = await open();
    try {
      await runUsers(args, c.ctx, readStdin);
    } finally {
      await c.close();
    }
  },
  async organisations(args, open) {
    const c = await open();
    let code = 0;
    try {
      code = await runOrganisations(args, c.ctx);
    } finally {
      await c.close();
    }
    if (code !== 0) process.exitCode = code;
  },
  async 'import-json'(args, open) {
    const file = args[0];
    if (!file) throw new AppError('INVALID', 'Ange filen som ska läsas in: malkedja import-json FIL.');
    let raw: unknown;
    try {
      raw = JSON.parse(readFileSync(file, 'utf8'));
    } catch (error) {
      throw new AppError('INVALID', `Kunde inte läsa ${file} som JSON: ${(error as Error).message}`);
    }
    const c = await open();
    try {
      const counts = await importYearJson(c.ctx, raw);
      for (const [kind, n] of Object.entries(counts))
        console.log(`${kind}: ${n.created} nya, ${n.updated} ändrade, ${n.unchanged} oförändrade`);
    } finally {
      await c.close();
    }
  },
};

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

interface CliCtx {
  ctx: Ctx;
  engine: string;
  close: () => Promise<void>;
}

async function main(argv: string[]) {
  const [command, ...args] = argv;
  const config = loadConfig();
  if (!command || command === '--help' || command === 'help') {
    console.log(HELP);
    return;
  }
  if (command === 'serve') {
    // Only serve needs single sign-on: a half OIDC configuration must not block migrate, users or import.
    await runServe(config, { demo: !args.includes('--no-demo'), oidc: loadOidcConfig() });
    return;
  }
  const run = commands[command];
  if (!run) throw new AppError('INVALID', `Okänt kommando "${command}". Kör malkedja --help för en lista.`);
  await run(args, async () => {
    const database = await openDatabase({ url: config.databaseUrl, dataDir: config.dataDir });
    await migrateToLatest(database.db);
    return {
      ctx: { db: database.db, actor: config.actor, now: () => new Date() },
      engine: database.engine,
      close: database.close,
    };
  });
}

main(process.argv.slice(2)).catch((error) => {
  if (error instanceof AppError) {
    console.error(`Fel: ${error.message}`);
    const fields = (error.details as { fields?: Record<string, string> } | undefined)?.fields;
    if (fields)
      for (const [field, message] of Object.entries(fields)) console.error(`  ${field}: ${message}`);
  } else console.error(error);
  process.exit(1);
});
