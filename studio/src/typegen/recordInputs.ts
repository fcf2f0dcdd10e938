import { writeFileSync } from "node:fs";
import { RECORDED_DIGEST, typegenInputsDigest } from "./typegenInputs.ts";

// The last step of `pnpm typegen`: what the generated files were made from (see typegenInputs.ts).
writeFileSync(RECORDED_DIGEST, `${typegenInputsDigest()}\n`);
