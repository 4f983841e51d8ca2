import { runCli } from './cli/index';

// `npm run cli` runs this from the package root; npm records the folder the user typed the command
// in as INIT_CWD. Relative paths the user gives (workspaces, files, --out) mean that folder.
const userFolder = process.env.INIT_CWD;
if (userFolder) process.chdir(userFolder);

process.exitCode = await runCli(process.argv.slice(2));
