import type { Ctx, Role, RoleGrant } from '../services/context.ts';
import { hashPassword } from '../services/password.ts';
import { createUser } from '../services/user.ts';

/** Every demo account shares this password; it is listed in the README and works only on a demo install. */
export const DEMO_PASSWORD = 'sjovik-demo';

/** One demo account per role; `scope` says which demo organisation the role covers. */
export const DEMO_ACCOUNTS: Array<{
  role: Role;
  email: string;
  name: string;
  scope: 'all' | 'city' | 'board' | 'unit';
}> = [
  { role: 'admin', email: 'admin@sjovik.example', name: 'Agnes Berg', scope: 'all' },
  { role: 'city_planner', email: 'stadsledning@sjovik.example', name: 'Stefan Lind', scope: 'city' },
  { role: 'board_planner', email: 'namndplanerare@sjovik.example', name: 'Eva Holm', scope: 'board' },
  { role: 'board_approver', email: 'godkannare@sjovik.example', name: 'Karin Ek', scope: 'board' },
  { role: 'unit_writer', email: 'enhet@sjovik.example', name: 'Omar Said', scope: 'unit' },
  { role: 'reader', email: 'lasare@sjovik.example', name: 'Lars Ström', scope: 'board' },
];

/** Creates the demo accounts (origin demo: removing the demo removes them) unless they exist already. */
export async function seedDemoAccounts(ctx: Ctx, orgs: { city: string; board: string; unit: string }) {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  for (const account of DEMO_ACCOUNTS) {
    const exists = await ctx.db
      .selectFrom('userAccount')
      .select('id')
      .where('email', '=', account.email)
      .executeTakeFirst();
    if (exists) continue;
    const grant: RoleGrant = {
      role: account.role,
      organisationId: account.scope === 'all' ? null : orgs[account.scope],
    };
    await createUser(
      { ...ctx, principal: undefined },
      { email: account.email, name: account.name, passwordHash, roles: [grant], origin: 'demo' },
    );
  }
}
