// What every command-line tool does with its output: stdout carries the result alone (a table, or the JSON
// summary with --json) and logs go to stderr, so `| jq .` reads it; a reader that closes the pipe early
// (`| head -c 1`) ends the tool quietly instead of with an EPIPE stack trace.

/** Exits 0 when stdout's reader has gone: nothing left to say to anyone. */
export function exitQuietlyOnClosedPipe(): void {
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });
}
