import type { ScopedData } from '../../platform/access/scoped-data.js';
import type { Auth } from '../../platform/auth/auth.js';
import { forbidden } from '../../platform/errors.js';
import { hashPassword } from './create-user.js';

/** An administrator sets a temporary password: sessions end, and the person must choose a new one. */
export async function resetPassword(data: ScopedData, auth: Auth, id: string, password: string): Promise<void> {
  const user = await data.get('app_user', id);
  if (user.role === 'network_admin' && data.actor.role !== 'network_admin') throw forbidden();
  const hash = await hashPassword(auth, password);
  await data.tx.updateTable('auth_account').set({ password: hash, updated_at: new Date() }).where('user_id', '=', id).where('provider_id', '=', 'credential').execute();
  await data.tx.updateTable('app_user').set({ must_change_password: true, updated_at: new Date() }).where('id', '=', id).execute();
  await data.tx.deleteFrom('auth_session').where('user_id', '=', id).execute();
  await data.audit({ action: 'auth.password_reset', recordType: 'user', recordId: id });
}
