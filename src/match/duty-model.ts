/**
 * A second opinion on which occupation a duty statement describes: a softmax regression over hashed words, word
 * pairs and character n-grams, trained on the catalog's own task, scope, keyword and vocabulary texts. Word matching
 * credits only the catalog's whole words; the model also credits shared parts of words (Korean compounds and endings,
 * English stems) and learns which words set one occupation apart from the others.
 */
import v8 from "node:v8";
import type { IndexField } from "./index-types.js";

/** Training parameters; part of the built file's key, so a change retrains. */
export const MODEL_PARAMS = {
  /** Features are hashed into 2^bits buckets. */
  bits: 16,
  epochs: 8,
  learningRate: 1,
  /** Weights closer than this to their bucket's mean are dropped: a sparse model, near the dense one's rankings. */
  keepAbove: 0.3,
  /** Seed of the shuffle of the training examples, so a build is reproducible. */
  seed: 42,
};

/**
 * The trained weights, sparse and quantised: bucket b holds labels[starts[b]..starts[b+1]], each with its weight
 * weights[j] x scale. Small enough (about 1.4 MB) to read at every start.
 */
export interface DutyModel {
  readonly classes: number;
  readonly starts: Int32Array;
  readonly labels: Uint8Array;
  readonly weights: Int16Array;
  readonly scale: number;
}

/** Gradients smaller than this are not applied in training: they would move no ranking, and cost most of the time. */
const GRADIENT_FLOOR = 1e-4;

/** Labels are stored in one byte. */
const MAX_CLASSES = 256;

/** One training text with its occupation (index order) and how much it counts. */
export interface TrainingExample {
  readonly text: string;
  readonly label: number;
  readonly weight: number;
}

/** A statement as features: bucket indexes with their values, scaled to unit length. */
export interface Features {
  readonly buckets: Int32Array;
  readonly values: Float64Array;
}

/** Words too common to say anything about an occupation on their own (their pairs still count). */
const ENGLISH_STOP_WORDS = new Set(
  "the a an and or of to for in on with by at from as is are be its their our your".split(" "),
);

const HANGUL = /[\uac00-\ud7a3]/u;
const WORD_BREAK = /[^\p{L}\p{N}]+/u;

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
const WORD_START = 0x3c; // "<"
const WORD_END = 0x3e; // ">"

/** FNV-1a of one more character. */
const step = (hash: number, unit: number): number => Math.imul(hash ^ unit, FNV_PRIME) >>> 0;

/**
 * FNV-1a of a kind letter and the characters from..to of a word written between boundary marks ("<word>"): position
 * -1 is the start mark and position word.length the end mark.
 */
function gramHash(kind: number, word: string, from: number, to: number): number {
  let hash = step(FNV_OFFSET, kind);
  for (let i = from; i < to; i++)
    hash = step(hash, i < 0 ? WORD_START : i >= word.length ? WORD_END : word.charCodeAt(i));
  return hash;
}

/**
 * Feature values summed per bucket and the buckets touched, reused across calls (features are made synchronously, one
 * text at a time); module state rather than a closure's, which costs more on every feature.
 */
let featureSums = new Float64Array(0);
let featureTouched = new Int32Array(0);
let featureCount = 0;
let featureMask = 0;

function addFeature(hash: number, value: number): void {
  const bucket = hash & featureMask;
  if (featureSums[bucket] === 0) featureTouched[featureCount++] = bucket;
  featureSums[bucket]! += value;
}

/** The last text's feature values, unit-scaled, in the order of `featureTouched` (see collectFeatures). */
let featureValues = new Float64Array(0);

/**
 * Collects the features of a text into the module's scratch arrays and returns their count: bucket
 * featureTouched[i] has value featureValues[i]. Korean words give their character pairs and triples (with
 * word-boundary marks), so a compound or a word with another ending still shares most of its features; English words
 * give the word, its pair with the word before, and character 4-grams of longer words. `wordWeights` scales a word's
 * features (by its lower-case form).
 */
function collectFeatures(text: string, bits: number, wordWeights?: ReadonlyMap<string, number>): number {
  const mask = (1 << bits) - 1;
  if (featureMask !== mask) {
    featureSums = new Float64Array(mask + 1);
    featureTouched = new Int32Array(mask + 1);
    featureValues = new Float64Array(mask + 1);
    featureMask = mask;
  }
  featureCount = 0;
  // Most statements give no word a weight: then no word needs looking up.
  const weights = wordWeights !== undefined && wordWeights.size > 0 ? wordWeights : undefined;
  let previous = -1;
  for (const word of text.toLowerCase().split(WORD_BREAK)) {
    if (!word) continue;
    const length = word.length;
    const scale = weights?.get(word) ?? 1;
    if (HANGUL.test(word)) {
      for (let i = -1; i + 2 <= length + 1; i++) addFeature(gramHash(0x32, word, i, i + 2), 0.5 * scale);
      for (let i = -1; i + 3 <= length + 1; i++) addFeature(gramHash(0x33, word, i, i + 3), 0.7 * scale);
      previous = -1;
      continue;
    }
    if (ENGLISH_STOP_WORDS.has(word)) {
      previous = -1;
      continue;
    }
    const whole = gramHash(0x77, word, 0, length);
    addFeature(whole, scale);
    if (length > 3) for (let i = -1; i + 4 <= length + 1; i++) addFeature(gramHash(0x34, word, i, i + 4), 0.3 * scale);
    // The pair is hashed from the hash of the word before, then a space and this word.
    if (previous !== -1) {
      let pair = step(step(previous, 0x62), 0x20);
      for (let i = 0; i < length; i++) pair = step(pair, word.charCodeAt(i));
      addFeature(pair, 0.5 * scale);
    }
    previous = whole;
  }
  const sums = featureSums;
  const touched = featureTouched;
  const values = featureValues;
  const count = featureCount;
  let norm = 0;
  for (let i = 0; i < count; i++) {
    const sum = sums[touched[i]!]!;
    norm += sum * sum;
  }
  norm = Math.sqrt(norm) || 1;
  for (let i = 0; i < count; i++) {
    const bucket = touched[i]!;
    values[i] = sums[bucket]! / norm;
    sums[bucket] = 0;
  }
  return count;
}

/** The features of a text (see collectFeatures), in arrays of their own. */
export function textFeatures(
  text: string,
  bits = MODEL_PARAMS.bits,
  wordWeights?: ReadonlyMap<string, number>,
): Features {
  const count = collectFeatures(text, bits, wordWeights);
  return { buckets: featureTouched.slice(0, count), values: featureValues.slice(0, count) };
}

/**
 * The model's training texts from an index's fields: tasks, scopes (a sentence each), keywords and vocabulary, never
 * titles (a title says nothing about the duties).
 */
export function trainingExamples(fields: readonly IndexField[]): TrainingExample[] {
  const examples: TrainingExample[] = [];
  for (const field of fields) {
    if (field.source === "title") continue;
    const weight = Math.min(1, field.weight);
    const texts = field.source === "scope" ? field.text.split(/(?<=[.;。])\s+/u) : [field.text];
    for (const text of texts) if (text.trim()) examples.push({ text, label: field.occupation, weight });
  }
  return examples;
}

/** Softmax of `logits` in place. */
function softmax(logits: Float64Array): void {
  let max = Number.NEGATIVE_INFINITY;
  for (let c = 0; c < logits.length; c++) if (logits[c]! > max) max = logits[c]!;
  let sum = 0;
  for (let c = 0; c < logits.length; c++) {
    logits[c] = Math.exp(logits[c]! - max);
    sum += logits[c]!;
  }
  for (let c = 0; c < logits.length; c++) logits[c]! /= sum;
}

/** Trains the model by stochastic gradient descent on the cross-entropy, with a decaying learning rate. */
export function trainDutyModel(examples: readonly TrainingExample[], classes: number): DutyModel {
  if (classes > MAX_CLASSES) throw new RangeError(`the duty model holds at most ${MAX_CLASSES} occupations`);
  // A one-shot command turns V8's optimising compiler off (cli/one-shot-v8.ts); training without it takes about 90 s
  // instead of 9, so a process that must train (no built model) turns it back on.
  v8.setFlagsFromString("--turbofan");
  const { bits, epochs, learningRate, keepAbove } = MODEL_PARAMS;
  const size = 1 << bits;
  const weights = new Float32Array(size * classes);
  const features = examples.map((example) => textFeatures(example.text, bits));
  const order = Int32Array.from(examples, (_, i) => i);
  const probabilities = new Float64Array(classes);
  const activeClasses = new Int32Array(classes);
  let seed = MODEL_PARAMS.seed;
  const random = (): number => {
    seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0;
    return seed / 4294967296;
  };
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      const swap = order[i]!;
      order[i] = order[j]!;
      order[j] = swap;
    }
    const rate = learningRate / (1 + epoch);
    for (const e of order) {
      const { buckets, values } = features[e]!;
      const { label, weight } = examples[e]!;
      probabilities.fill(0);
      for (let f = 0; f < buckets.length; f++) {
        const row = buckets[f]! * classes;
        const value = values[f]!;
        for (let c = 0; c < classes; c++) probabilities[c]! += weights[row + c]! * value;
      }
      softmax(probabilities);
      probabilities[label]! -= 1;
      // Most classes get a vanishing share once training has begun; their updates are skipped.
      let active = 0;
      for (let c = 0; c < classes; c++) if (Math.abs(probabilities[c]!) > GRADIENT_FLOOR) activeClasses[active++] = c;
      for (let f = 0; f < buckets.length; f++) {
        const row = buckets[f]! * classes;
        const rowStep = rate * weight * values[f]!;
        for (let a = 0; a < active; a++) {
          const c = activeClasses[a]!;
          weights[row + c]! -= rowStep * probabilities[c]!;
        }
      }
    }
  }
  return sparseModel(weights, classes, size, keepAbove);
}

/**
 * Keeps each bucket's weights that stand out from the bucket's mean. Moving all of a bucket's weights by the same
 * amount moves every class's logit alike, which the softmax ignores, so only the differences are kept.
 */
function sparseModel(weights: Float32Array, classes: number, size: number, keepAbove: number): DutyModel {
  const starts = new Int32Array(size + 1);
  const labels: number[] = [];
  const kept: number[] = [];
  for (let b = 0; b < size; b++) {
    const row = b * classes;
    let mean = 0;
    for (let c = 0; c < classes; c++) mean += weights[row + c]!;
    mean /= classes;
    for (let c = 0; c < classes; c++) {
      const weight = weights[row + c]! - mean;
      if (Math.abs(weight) > keepAbove) {
        labels.push(c);
        kept.push(weight);
      }
    }
    starts[b + 1] = labels.length;
  }
  let largest = 0;
  for (const weight of kept) largest = Math.max(largest, Math.abs(weight));
  const scale = largest / 32767 || 1;
  return {
    classes,
    starts,
    labels: Uint8Array.from(labels),
    weights: Int16Array.from(kept, (weight) => Math.round(weight / scale)),
    scale,
  };
}

/** The model's logit of each occupation (index order) for a text, written into `into`. */
export function occupationLogits(
  model: DutyModel,
  text: string,
  into: Float64Array = new Float64Array(model.classes),
  wordWeights?: ReadonlyMap<string, number>,
): Float64Array {
  const { starts, labels, weights } = model;
  // Read from the scratch arrays in place: a statement's features are used once, here.
  const count = collectFeatures(text, 31 - Math.clz32(starts.length - 1), wordWeights);
  const buckets = featureTouched;
  const values = featureValues;
  into.fill(0);
  for (let f = 0; f < count; f++) {
    const value = values[f]!;
    const bucket = buckets[f]!;
    const end = starts[bucket + 1]!;
    for (let j = starts[bucket]!; j < end; j++) into[labels[j]!]! += weights[j]! * value;
  }
  for (let c = 0; c < into.length; c++) into[c]! *= model.scale;
  return into;
}

/** The model's probability of each occupation (index order) for a text, written into `into`. */
export function predictOccupations(
  model: DutyModel,
  text: string,
  into: Float64Array = new Float64Array(model.classes),
): Float64Array {
  softmax(occupationLogits(model, text, into));
  return into;
}

const MODEL_MAGIC = 0x45374d32;

const HEADER_BYTES = 24;

/** Bytes of each part of a model file with these counts, each part 4-aligned. */
function layoutOf(buckets: number, count: number): { labelsAt: number; weightsAt: number; size: number } {
  const align4 = (bytes: number): number => bytes + ((4 - (bytes % 4)) % 4);
  const labelsAt = HEADER_BYTES + 4 * (buckets + 1);
  const weightsAt = labelsAt + align4(count);
  return { labelsAt, weightsAt, size: weightsAt + align4(2 * count) };
}

/**
 * The model as bytes: magic, classes, bucket count, weight count (u32 each) and scale (f64), then starts, labels and
 * weights.
 */
export function encodeDutyModel(model: DutyModel): Uint8Array {
  const count = model.labels.length;
  const buckets = model.starts.length - 1;
  const { labelsAt, weightsAt, size } = layoutOf(buckets, count);
  const bytes = new Uint8Array(size);
  const view = new DataView(bytes.buffer);
  view.setUint32(0, MODEL_MAGIC, true);
  view.setUint32(4, model.classes, true);
  view.setUint32(8, buckets, true);
  view.setUint32(12, count, true);
  view.setFloat64(16, model.scale, true);
  bytes.set(new Uint8Array(model.starts.buffer, model.starts.byteOffset, model.starts.byteLength), HEADER_BYTES);
  bytes.set(model.labels, labelsAt);
  bytes.set(new Uint8Array(model.weights.buffer, model.weights.byteOffset, model.weights.byteLength), weightsAt);
  return bytes;
}

/**
 * Reads bytes written by encodeDutyModel, in place when they are 4-aligned; undefined when they are not such a model
 * or were made for another number of occupations. The file is the build's own, named by its content's key; a label or
 * offset out of place could only misplace weights (a typed array ignores reads and writes out of its bounds), so
 * they are not checked one by one at every start, which would cost a cold command more than reading the file.
 */
export function decodeDutyModel(input: Uint8Array, classes: number): DutyModel | undefined {
  if (input.length < HEADER_BYTES) return undefined;
  const bytes = input.byteOffset % 4 === 0 ? input : new Uint8Array(input);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.length);
  if (view.getUint32(0, true) !== MODEL_MAGIC || view.getUint32(4, true) !== classes) return undefined;
  const buckets = view.getUint32(8, true);
  const count = view.getUint32(12, true);
  const scale = view.getFloat64(16, true);
  const { labelsAt, weightsAt, size } = layoutOf(buckets, count);
  if (!Number.isInteger(Math.log2(buckets)) || bytes.length !== size || !(scale > 0)) return undefined;
  const starts = new Int32Array(bytes.buffer, bytes.byteOffset + HEADER_BYTES, buckets + 1);
  if (starts[0] !== 0 || starts[buckets] !== count) return undefined;
  return {
    classes,
    starts,
    labels: new Uint8Array(bytes.buffer, bytes.byteOffset + labelsAt, count),
    weights: new Int16Array(bytes.buffer, bytes.byteOffset + weightsAt, count),
    scale,
  };
}
