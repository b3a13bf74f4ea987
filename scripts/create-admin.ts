// `npm run admin:create -- --email head@school.org --name "Ms Head"`: creates the first administrator (a
// teacher who can invite teachers and change site settings), or makes an existing account one.
// The password comes from CITED_ADMIN_PASSWORD, else a hidden prompt, else a random one printed once.
// With PGlite, stop the app first: one data directory must never be open in two processes.
import { randomBytes } from 'node:crypto';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { closeDb, getDb, migrate } from '@/db/client';
import { unsafeCreateAccount, unsafePromoteToAdmin } from '@/db/queries/users';

const usage = 'Usage: npm run admin:create -- --email you@school.org --name "Your Name"';

async function askHidden(question: string): Promise<string> {
  const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: true });
  const output = rl as unknown as { _writeToOutput: (text: string) => void; output: NodeJS.WriteStream };
  let asked = false;
  output._writeToOutput = (text: string) => {
    if (!asked) output.output.write(text);
    asked = true;
  };
  const answer = await new Promise<string>((resolve) => rl.question(question, resolve));
  rl.close();
  process.stdout.write('\n');
  return answer;
}

async function choosePassword(): Promise<{ password: string; isGenerated: boolean }> {
  if (process.env.CITED_ADMIN_PASSWORD) return { password: process.env.CITED_ADMIN_PASSWORD, isGenerated: false };
  if (process.stdin.isTTY) return { password: await askHidden('Password for the new administrator (at least 10 characters): '), isGenerated: false };
  return { password: randomBytes(15).toString('base64url'), isGenerated: true };
}

const { values } = parseArgs({ options: { email: { type: 'string' }, name: { type: 'string' } } });
if (!values.email) {
  console.error(usage);
  process.exit(2);
}

const db = getDb();
try {
  await migrate(db);
  const promoted = await unsafePromoteToAdmin(db, values.email);
  if (promoted) {
    console.log(`${promoted.email} is now an administrator (their password is unchanged).`);
  } else {
    const { password, isGenerated } = await choosePassword();
    const created = await unsafeCreateAccount(db, { role: 'teacher', isAdmin: true, email: values.email, displayName: values.name ?? values.email.split('@')[0] ?? 'Administrator', password });
    if (!created.ok) {
      console.error(`Not created: ${Object.values(created.fieldErrors ?? {}).join(' ') || created.error}`);
      process.exitCode = 1;
    } else {
      console.log(`Created the administrator ${created.user.email}.`);
      if (isGenerated) console.log(`Their password (shown once, change it under Account after signing in): ${password}`);
    }
  }
} finally {
  await closeDb(db);
}
