import { parseArgs } from 'node:util';
import { ZCreateUserRequest, ZPassword } from '@homeward/core';
import { z } from 'zod';
import { bootServices } from './platform/boot.js';
import { loadConfig } from './platform/config.js';
import { AppStartupError } from './platform/startup-error.js';
import { createOrganisation } from './modules/organisations/create-organisation.js';
import { createUser } from './modules/users/create-user.js';

const usage = `Homeward operator commands

  npm run cli -- create-admin --email EMAIL --name NAME [--organisation NAME] [--network]
      Create an administrator. The password is read from the environment variable
      HOMEWARD_PASSWORD (never from the command line). The organisation is created if
      it does not exist. --network makes a network administrator, who sees every organisation.

Uses the same settings as the server (DATA_DIR, DATABASE_URL). On the embedded database the
server must be stopped first: one process at a time may open a data folder.`;

async function createAdmin(args: string[]): Promise<void> {
  const { values } = parseArgs({
    args,
    options: { email: { type: 'string' }, name: { type: 'string' }, organisation: { type: 'string' }, network: { type: 'boolean' } },
  });
  const input = z.object({ email: ZCreateUserRequest.shape.email, name: ZCreateUserRequest.shape.name, organisation: z.string().trim().min(1).max(200).default("M'Lup Russey") }).safeParse(values);
  if (!input.success) throw new AppStartupError(`create-admin needs --email and --name.\n\n${usage}`);
  const password = ZPassword.safeParse(process.env.HOMEWARD_PASSWORD ?? '');
  if (!password.success) throw new AppStartupError('Set HOMEWARD_PASSWORD to the new administrator\'s password (10 to 128 characters).');
  const runtime = await bootServices(loadConfig());
  try {
    const { db, auth } = runtime.services;
    const system = { userId: null, role: 'system', organisationId: null, ip: null };
    const { id, organisationId } = await db.transaction().execute(async (tx) => {
      const existing = await tx.selectFrom('organisation').select('id').where(({ fn }) => fn('lower', ['name']), '=', input.data.organisation.toLowerCase()).executeTakeFirst();
      const organisationId = existing?.id ?? (await createOrganisation(tx, system, { name: input.data.organisation }));
      const id = await createUser(tx, auth, system, {
        organisationId, name: input.data.name, email: input.data.email, role: values.network ? 'network_admin' : 'administrator',
        teamIds: [], locale: 'km', password: password.data, mustChangePassword: false,
      });
      return { id, organisationId };
    });
    console.log(`Created administrator ${input.data.email} (${id}) in organisation ${input.data.organisation} (${organisationId}).`);
  } finally {
    await runtime.close();
  }
}

async function main(): Promise<void> {
  const [command, ...rest] = process.argv.slice(2);
  switch (command) {
    case 'create-admin':
      return createAdmin(rest);
    case undefined:
    case 'help':
    case '--help':
      console.log(usage);
      return;
    default:
      throw new AppStartupError(`Unknown command "${command}".\n\n${usage}`);
  }
}

main().catch((err: unknown) => {
  const message = err instanceof Error && 'code' in err && err.code === 'user.email_taken' ? 'An account with that email exists already.' : err instanceof AppStartupError ? err.message : undefined;
  console.error(message ? `homeward: ${message}` : err);
  process.exit(1);
});
