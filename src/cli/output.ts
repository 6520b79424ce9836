// What a command prints for the person who ran it (results, reports, its usage): plain lines. The server's own lines
// are structured log entries instead (process-log.ts).

export function print(...lines: string[]): void {
  for (const line of lines) process.stdout.write(`${line}\n`);
}

export function printError(...lines: string[]): void {
  for (const line of lines) process.stderr.write(`${line}\n`);
}
