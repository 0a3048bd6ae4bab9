/**
 * The offline CLI (dist-node/cli.js): argument parsing and dispatch only; the work is in commands/.
 * Errors end here as one Vietnamese line and exit code 2; CCHC_DEBUG=1 adds the stack.
 */
import { CLI_HELP, CYCLE_CLI_TEXT, EVIDENCE_INDEX_TEXT, importMsg, localMsg, ROLLUP_OFFLINE_TEXT } from '../core/text';
import { expectPositionals, OptionSpec, parseArgs } from './args';
import { catalogueCheck, catalogueExport, catalogueImport } from './commands/catalogue';
import { runDemo } from './commands/demo';
import { runEvidenceIndex } from './commands/evidenceIndex';
import { runExportTable } from './commands/exportTable';
import { runNewYear } from './commands/newYear';
import { periodKind, runReport } from './commands/report';
import { runRollup } from './commands/rollup';
import { runScore } from './commands/score';
import { runTemplate } from './commands/template';
import { consoleIo, EXIT, ExitCode, Io, LocalError } from './errors';

const OUTPUT = { type: 'string', short: 'o' } as const;
const FORCE = { type: 'boolean' } as const;
const HELP = { type: 'boolean', short: 'h' } as const;

type Command = (argv: string[], io: Io) => Promise<ExitCode>;

/** Parses a command's arguments; --help anywhere prints the help instead. */
function withArgs(spec: OptionSpec, run: (args: ReturnType<typeof parseArgs>, io: Io) => Promise<ExitCode>): Command {
  return async (argv, io) => {
    const args = parseArgs(argv, { ...spec, help: HELP });
    if (args.options.help) return help(io);
    return run(args, io);
  };
}

const str = (v: string | boolean | undefined) => (typeof v === 'string' ? v : undefined);

async function help(io: Io): Promise<ExitCode> {
  io.out(CLI_HELP.trimEnd());
  io.out(ROLLUP_OFFLINE_TEXT.help);
  return EXIT.ok;
}

const COMMANDS: Record<string, Command> = {
  template: withArgs(
    { output: OUTPUT, catalogue: { type: 'string' }, sample: { type: 'boolean' }, force: FORCE },
    (args, io) => {
      expectPositionals(args, []);
      return runTemplate(
        {
          output: str(args.options.output),
          catalogue: str(args.options.catalogue),
          sample: args.options.sample === true,
          force: args.options.force === true,
        },
        io,
      );
    },
  ),
  score: withArgs({ output: OUTPUT, json: { type: 'boolean' }, force: FORCE }, (args, io) => {
    const [file] = expectPositionals(args, [localMsg.argWorkbook]);
    return runScore(
      { file, json: args.options.json === true, output: str(args.options.output), force: args.options.force === true },
      io,
    );
  }),
  catalogue: withArgs({ output: OUTPUT, force: FORCE }, (args, io) => {
    const [action, file] = expectPositionals(args, [localMsg.argCatalogueAction, localMsg.argCatalogueFile], 1);
    if (action === 'export') {
      expectPositionals(args, [localMsg.argCatalogueAction]);
      return catalogueExport({ output: str(args.options.output), force: args.options.force === true }, io);
    }
    if (action === 'check') {
      if (file === undefined) throw new LocalError(localMsg.missingArgument(localMsg.argCatalogueFile));
      return catalogueCheck(file, io);
    }
    if (action === 'import') {
      if (file === undefined) throw new LocalError(localMsg.missingArgument(importMsg.argTableFile));
      return catalogueImport({ file, output: str(args.options.output), force: args.options.force === true }, io);
    }
    throw new LocalError(localMsg.unknownCommand(`catalogue ${action}`));
  }),
  report: withArgs({ output: OUTPUT, force: FORCE, period: { type: 'string' } }, (args, io) => {
    const [file] = expectPositionals(args, [localMsg.argWorkbook]);
    const kind = periodKind(str(args.options.period));
    return runReport({ file, output: str(args.options.output), force: args.options.force === true, kind }, io);
  }),
  'inspection-report': withArgs({ output: OUTPUT, force: FORCE }, (args, io) => {
    const [file] = expectPositionals(args, [localMsg.argWorkbook]);
    return runReport(
      { file, output: str(args.options.output), force: args.options.force === true, kind: 'inspection' },
      io,
    );
  }),
  'new-year': withArgs({ output: OUTPUT, force: FORCE }, (args, io) => {
    const [file] = expectPositionals(args, [CYCLE_CLI_TEXT.argNewYearWorkbook]);
    return runNewYear({ file, output: str(args.options.output), force: args.options.force === true }, io);
  }),
  'export-table': withArgs({ output: OUTPUT, force: FORCE }, (args, io) => {
    const [file] = expectPositionals(args, [CYCLE_CLI_TEXT.argTableWorkbook]);
    return runExportTable({ file, output: str(args.options.output), force: args.options.force === true }, io);
  }),
  'evidence-index': withArgs({ output: OUTPUT, force: FORCE }, (args, io) => {
    const [file] = expectPositionals(args, [EVIDENCE_INDEX_TEXT.argWorkbook]);
    return runEvidenceIndex({ file, output: str(args.options.output), force: args.options.force === true }, io);
  }),
  rollup: withArgs(
    { output: OUTPUT, report: { type: 'string' }, json: { type: 'boolean' }, force: FORCE },
    (args, io) => {
      if (args.positionals.length === 0) throw new LocalError(localMsg.missingArgument(ROLLUP_OFFLINE_TEXT.argInputs));
      return runRollup(
        {
          inputs: args.positionals,
          output: str(args.options.output),
          report: str(args.options.report),
          json: args.options.json === true,
          force: args.options.force === true,
        },
        io,
      );
    },
  ),
  demo: withArgs({}, (args, io) => {
    expectPositionals(args, []);
    return runDemo(io);
  }),
  help: async (_argv, io) => help(io),
};

/** Runs one CLI invocation; never throws. */
export async function runCli(
  argv: readonly string[],
  io: Io = consoleIo,
  env: NodeJS.ProcessEnv = process.env,
): Promise<ExitCode> {
  const [name, ...rest] = argv;
  try {
    if (name === undefined || name === '--help' || name === '-h') return await help(io);
    const command = Object.prototype.hasOwnProperty.call(COMMANDS, name) ? COMMANDS[name] : undefined;
    if (!command) throw new LocalError(localMsg.unknownCommand(name));
    return await command(rest, io);
  } catch (e) {
    if (e instanceof LocalError) {
      io.err(localMsg.errorPrefix + e.message);
      e.details.forEach((line) => io.err(line));
    } else {
      io.err(localMsg.errorPrefix + localMsg.unexpected(e instanceof Error ? e.message : String(e)));
    }
    if (env.CCHC_DEBUG === '1' && e instanceof Error && e.stack) io.err(e.stack);
    return EXIT.failed;
  }
}

// Only as dist-node/cli.js itself: bundled into another tool (the robustness report), `module` is
// that tool's entry too, and the CLI must not run there.
if (require.main === module && /[\\/]cli\.[jt]s$/.test(require.main.filename)) {
  void runCli(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
