/**
 * The bullet characters a duty list may start its items with, as one regular-expression character class body. Korean
 * documents often bullet with ㆍ (the Hangul letter araea) or ・ rather than the middle dot, so every reader and the
 * splitter share one set.
 */
export const BULLET_CHARS = "\\-*•·ㆍ・‧∙▪▫●○◦‣■□◆◇▶▷►➢✓✔※→–";
