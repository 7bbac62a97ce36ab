import cluster from 'node:cluster';
import { parseArgs } from 'node:util';
import { verifyAuditChain } from '../modules/audit/audit.service';
import { ConfigError, loadConfig } from '../server/config';
import { DataDirLockedError } from '../server/db/lock';
import { openConfiguredDatabase } from '../server/db/open';
import { startCluster, startServer } from '../server/main';
import { seedDemo } from '../server/seed/demo';

const USAGE = `Usage: tongban <command>

  serve [--demo]   start the platform (with --demo: seed the demo city if the database is empty)
  migrate          apply database migrations
  seed             load the demo city (idempotent)
  audit verify     walk the audit hash chain and name the first broken row

Configuration comes from the environment; see README.md.`;

async function main(argv: string[]): Promise<number> {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { demo: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
  });
  const [command, sub] = positionals;
  if (values.help || !command) {
    console.log(USAGE);
    return command || values.help ? 0 : 2;
  }
  const config = loadConfig();
  switch (command) {
    case 'serve': {
      const seed = values.demo ? { seedDemo: true } : {};
      if (cluster.isWorker) await startServer(config, { preparedByPrimary: true });
      else if (config.workers > 1) await startCluster(config, seed);
      else await startServer(config, seed);
      return -1;
    }
    case 'migrate': {
      const database = await openConfiguredDatabase(config);
      await database.close();
      console.log(`migrations applied (${database.kind})`);
      return 0;
    }
    case 'seed': {
      const database = await openConfiguredDatabase(config);
      try {
        const { accountsCreated } = await seedDemo(database.db);
        console.log(`demo data loaded (${accountsCreated} accounts created)`);
      } finally {
        await database.close();
      }
      return 0;
    }
    case 'audit': {
      if (sub !== 'verify') break;
      const database = await openConfiguredDatabase(config);
      try {
        const result = await verifyAuditChain(database.db);
        if (result.ok) {
          console.log(`audit chain intact: ${result.rowsChecked} rows verified`);
          return 0;
        }
        console.error(
          `audit chain BROKEN at seq ${result.firstBroken?.seq} (${result.firstBroken?.reason}); ${result.rowsChecked} rows before it are intact`,
        );
        return 1;
      } finally {
        await database.close();
      }
    }
  }
  console.error(`Unknown command: ${positionals.join(' ')}\n\n${USAGE}`);
  return 2;
}

main(process.argv.slice(2)).then(
  (code) => {
    if (code >= 0) process.exit(code);
  },
  (err: unknown) => {
    if (err instanceof ConfigError || err instanceof DataDirLockedError) {
      console.error(err.message);
      process.exit(78);
    }
    console.error(err);
    process.exit(1);
  },
);
