import type { MigrationOutcome, MigrationStep } from "./migrationPlan.ts";

function what(outcome: MigrationOutcome, dryRun: boolean): string {
  switch (outcome.kind) {
    case "record": {
      const { record } = outcome;
      const by = record.signedBy.name ? ` by ${record.signedBy.name}` : "";
      return `${dryRun ? "would record" : "recorded"} a sign-off${by} as reviewed on ${record.reviewedOn} (next review due ${record.nextReviewDue})`;
    }
    case "signed off":
      return `left alone: already signed off on ${outcome.signedOn}`;
    case "changed":
      return `left alone: changed since its sign-off on ${outcome.signedOn} (${outcome.changed.join(", ")}); only its reviewer can sign off the change`;
    case "left alone":
      return `left alone: ${outcome.reason}`;
    case "failed":
      return `NOT recorded: ${outcome.reason}`;
  }
}

/** One line per document: its id, its title and what the migration did with it. */
export function stepLine(step: MigrationStep, dryRun: boolean): string {
  return `${step.id} "${step.title}": ${what(step.outcome, dryRun)}`;
}

const count = (steps: readonly MigrationStep[], kind: MigrationOutcome["kind"]) =>
  steps.filter((step) => step.outcome.kind === kind).length;

const signoffs = (n: number) => `${n} sign-off${n === 1 ? "" : "s"}`;

export function summaryLine(steps: readonly MigrationStep[], dryRun: boolean): string {
  const recorded = count(steps, "record");
  const failed = count(steps, "failed");
  const alone = steps.length - recorded - failed;
  return [
    `${steps.length} published articles and FAQ entries: ${dryRun ? "would record" : "recorded"} ${signoffs(recorded)}`,
    ...(failed > 0 ? [`${failed} could not be recorded`] : []),
    `left alone ${alone} (${count(steps, "signed off")} already signed off, ${count(steps, "changed")} changed since sign-off, ${count(steps, "left alone")} for another reason).`,
  ].join("; ");
}
