/** What the interactive `npm run` commands share: failing with a message, and asking. */
import * as prompts from '@clack/prompts';

/** A `fail(message)` that prints `npm run <command>: <message>` and exits with status 1. */
export function failFor(command: string) {
  return (message: string): never => {
    console.error(`npm run ${command}: ${message}`);
    process.exit(1);
  };
}

/** Awaits a prompt's answer; Ctrl+C or Escape ends the command with `cancelled` (status 130). */
export async function ask<T>(question: Promise<T>, cancelled: string): Promise<Exclude<T, symbol>> {
  const answer = await question;
  if (prompts.isCancel(answer)) {
    prompts.cancel(cancelled);
    process.exit(130);
  }
  return answer as Exclude<T, symbol>;
}
