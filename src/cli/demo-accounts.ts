// The demo accounts, shown to whoever loaded the demo content (by `serve` on an empty database or by `seed --demo`).
import { DEMO_PASSWORD, type DemoAccount } from '../demo/seed.ts';

export function printDemoAccounts(accounts: DemoAccount[]): void {
  console.log('\nDemo accounts (password for all: %s)', DEMO_PASSWORD);
  for (const account of accounts)
    console.log(
      '  %s  %s%s',
      account.role.padEnd(10),
      account.email,
      account.organisation ? `  (${account.organisation})` : '',
    );
  console.log('');
}
