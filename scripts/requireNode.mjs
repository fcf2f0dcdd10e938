// Plain JavaScript that any Node can run: stops a root command at once on a Node too old for the project
// (on Node 20, the first .ts file would fail with "Unknown file extension"), with one line saying what to do.
import { readFileSync } from "node:fs";

const { engines } = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8"));
const [major = 0, minor = 0] = engines.node
  .replace(/^>=\s*/, "")
  .split(".")
  .map(Number);
const [haveMajor, haveMinor] = process.versions.node.split(".").map(Number);
if (haveMajor < major || (haveMajor === major && haveMinor < minor)) {
  console.error(
    `This project needs Node ${engines.node} (this is ${process.version}): run \`bash scripts/run.sh setup\` and put the Node it names first on PATH.`,
  );
  process.exit(1);
}
