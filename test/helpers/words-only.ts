/** Runs matching with the word scores alone, for tests of what the word scores do (the trained model left out). */
import { SCORING } from "../../src/match/score-statement.js";

export function wordsOnly<T>(run: () => T): T {
  const share = SCORING.modelShare;
  SCORING.modelShare = 0;
  try {
    return run();
  } finally {
    SCORING.modelShare = share;
  }
}
