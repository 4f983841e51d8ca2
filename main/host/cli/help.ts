/**
 * What each command takes, one entry a command: `help` lists them all, `<command> --help` and
 * `help <command>` print one. The order is the order `help` shows them in.
 */
import { GAPS_USAGE } from './gaps-command';
import { DEMO_USAGE } from './demo-command';
import { RELATIONSHIPS_USAGE } from './relationships-command';

const W = '--workspace <file>';
const AUDIENCE_FILTERS = `[--category NAME] [--role ROLE] [--location PLACE] [--reach BAND] [--mine]
         [--competitors] [--query TEXT]`;

export const commandUsage: Record<string, string> = {
  workspace: `workspace create <file> [--passphrase-file <file>]
  workspace encrypt ${W} --passphrase-file <file>
  workspace change-passphrase ${W} --passphrase-file <file> --new-passphrase-file <file>
  workspace decrypt ${W} --passphrase-file <file> --yes
         a passphrase comes from --passphrase-file or INSIDE_TRACK_PASSPHRASE (the new one from
         --new-passphrase-file or INSIDE_TRACK_NEW_PASSPHRASE), never from an argument; every
         command that opens --workspace reads it the same way`,
  stats: `stats ${W} [--json]`,
  import: `import ${W} [--of @handle] [--relationship colleague|customer|partner|friend|other|me]
         [--format <id>] <files or folders...> [--json]`,
  imports: `imports list|remove <id> ${W} [--json]`,
  accounts: `accounts name <account id> --handle @handle ${W} [--json]`,
  people: `people links [--status confirmed|suggested|rejected] ${W} [--json]
  people link|unlink --person <id> --account <id> ${W}
  people list [--search TEXT] [--relationship R] ${W} [--json]
  people show <id> ${W} [--json]
  people edit <id> [--relationship R] [--since YYYY-MM-DD] [--did TEXT] [--says TEXT] ${W}
  people duplicates ${W} [--json]
  people merge <keep id> <other id> [--relationship R] ${W} [--json]
  people unmerge <merge id> ${W} [--json]`,
  prospect: `prospect add @handle ${W}`,
  paths: `paths --prospect @handle ${W} [--json]`,
  intro: `intro --prospect @handle [--via @handle | --path N] ${W} [--json]`,
  focus: `focus --prospect @handle [--tz Europe/Paris] ${W} [--json]
         what they post about, like and amplify, when they are active, conversation starters`,
  following: `following --prospect @handle
         ${AUDIENCE_FILTERS} [--segments] [--csv <file.csv>] [--limit N] ${W} [--json]
         who they follow, widest reach first, with each account's categories`,
  followers: `followers --prospect @handle
         ${AUDIENCE_FILTERS} [--segments] [--csv <file.csv>] [--limit N] ${W} [--json]
         --segments counts them by role, location, reach and category;
         --csv writes the whole filtered list`,
  changes: `changes --prospect @handle ${W} [--json]
         who they started and stopped following (or being followed by) between two imports`,
  notes: `notes show --prospect @handle ${W} [--json]
  notes set|append --prospect @handle [--file <file.md>] ${W} [--json]
         set and append read the text from --file, or from standard input`,
  searches: `searches list ${W} [--json]
  searches run <id or name> ${W} [--json]
  searches save <name> "<query>" ${W} [--json]
  searches delete <id or name> ${W}`,
  search: `search "<query>" ${W} [--json]`,
  categories: `categories list ${W} [--json]
  categories add <name> [--color #rrggbb] ${W} [--json]
  categories remove <name or id> ${W}
  categories assign|unassign <name or id> @handle ${W}`,
  rules: `rules list [--category NAME] ${W} [--json]
  rules add|remove <category> <keyword> [--field bio|name|handle] ${W} [--json]
         an account is in a category when its bio (or name, or handle) contains a rule's keyword`,
  competitors: `competitors list ${W} [--json]
  competitors add|remove <@handle or keyword>... ${W} [--json]`,
  gaps: GAPS_USAGE,
  demo: DEMO_USAGE,
  relationships: RELATIONSHIPS_USAGE,
  graph: `graph --prospect @handle --out <file.svg> [--paths N] ${W} [--json]
         the referral paths to them as an SVG picture, with a title and legend`,
  brief: `brief --prospect @handle --out <file.pdf> ${W} [--sections who,what,when,where,whyHow,extent]
        [--redact @a,@b]`,
  erase: `erase --account @handle | --person <id> ${W} [--notes keep|redact] [--with-accounts]
        [--yes] [--json] [--never-import-again]`,
  backups: `backups list ${W} [--json]
  backups restore <name> ${W} [--yes]
         backups are taken before every import, removal and erase, in the folder "<name> backups" beside it`,
  help: 'help [command]',
};

/** Every command, one block each: what `help` and `--help` print. */
export const USAGE = `usage: npm run -s cli -- <command> [options]
${Object.values(commandUsage)
  .map((usage) => `  ${usage}`)
  .join('\n')}
Exit codes: 0 done, 1 it could not be done (the message says why), 2 the command was mistyped.`;

/** One command's usage, or undefined for a name that is no command. */
export function usageOf(name: string): string | undefined {
  const usage = commandUsage[name];
  return usage === undefined ? undefined : `usage: npm run -s cli -- ${usage}`;
}
