/** A small argument parser whose every complaint is a Vietnamese LocalError (node:util's are English). */
import { localMsg } from '../core/text';
import { LocalError } from './errors';

export type OptionSpec = Record<string, { type: 'boolean' | 'string'; short?: string }>;

export interface ParsedArgs {
  positionals: string[];
  options: Record<string, string | boolean | undefined>;
}

export function parseArgs(argv: readonly string[], spec: OptionSpec): ParsedArgs {
  const positionals: string[] = [];
  const options: ParsedArgs['options'] = {};
  const byShort = new Map(Object.entries(spec).flatMap(([name, s]) => (s.short ? [[s.short, name] as const] : [])));
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--') {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (!arg.startsWith('-') || arg === '-') {
      positionals.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const flag = eq > 0 ? arg.slice(0, eq) : arg;
    const name = flag.startsWith('--') ? flag.slice(2) : byShort.get(flag.slice(1));
    const def = name !== undefined ? spec[name] : undefined;
    if (name === undefined || !def) throw new LocalError(localMsg.unknownOption(flag));
    if (def.type === 'boolean') {
      if (eq > 0) throw new LocalError(localMsg.unknownOption(arg));
      options[name] = true;
      continue;
    }
    const value = eq > 0 ? arg.slice(eq + 1) : argv[++i];
    if (value === undefined || value === '' || (eq < 0 && value.startsWith('-') && value !== '-'))
      throw new LocalError(localMsg.optionNeedsValue(flag));
    options[name] = value;
  }
  return { positionals, options };
}

/** The positional arguments a command takes, exactly: missing or extra ones are usage errors. */
export function expectPositionals(args: ParsedArgs, names: readonly string[], optional = 0): string[] {
  const required = names.length - optional;
  if (args.positionals.length < required)
    throw new LocalError(localMsg.missingArgument(names[args.positionals.length]));
  if (args.positionals.length > names.length)
    throw new LocalError(localMsg.tooManyArguments(args.positionals[names.length]));
  return args.positionals;
}
