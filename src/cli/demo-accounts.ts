// The demo accounts, shown to whoever loaded the demo content: `seed --demo` prints them, `serve` logs them.
import { DEMO_PASSWORD, type DemoAccount } from '../demo/seed.ts';
import { print } from './output.ts';
import type { ProcessLog } from './process-log.ts';

export function printDemoAccounts(accounts: DemoAccount[]): void {
  print('', `Demo accounts (password for all: ${DEMO_PASSWORD})`);
  for (const account of accounts)
    print(`  ${account.role.padEnd(10)}  ${account.email}${account.organisation ? `  (${account.organisation})` : ''}`);
  print('');
}

export function logDemoAccounts(log: ProcessLog, accounts: DemoAccount[]): void {
  log.info({ demoAccounts: accounts }, `demo content loaded; demo accounts (password for all: ${DEMO_PASSWORD})`);
}
