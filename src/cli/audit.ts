import { AppError } from '../domain/errors.ts';
import { verifyAuditChain } from '../services/audit.ts';
import type { Ctx } from '../services/context.ts';

export const AUDIT_HELP = `  audit verify                   kontrollera granskningsloggens hashkedja (avslutar med fel vid första brutna händelse)`;

/** `malkedja audit verify`: exit code 0 when the chain holds, 1 naming the first broken event. */
export async function runAudit(args: string[], ctx: Ctx): Promise<number> {
  if (args[0] !== 'verify')
    throw new AppError('INVALID', 'Okänt underkommando. Använd: malkedja audit verify.');
  const verdict = await verifyAuditChain(ctx);
  if (verdict.ok) {
    console.log(
      `Granskningsloggen är hel: ${verdict.events} händelser i obruten kedja.${verdict.head ? ` Senaste hash: ${verdict.head}` : ''}`,
    );
    return 0;
  }
  const { id, seq, reason } = verdict.broken;
  console.error(
    `Granskningsloggen är bruten vid händelse id ${id} (nr ${seq}): ${reason}. ${verdict.events} händelser före den är hela.`,
  );
  return 1;
}
