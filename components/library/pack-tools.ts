/**
 * What the pack library needs only once someone imports or writes a pack: the pack format's
 * parser and validator (YAML, zod, Markdown, the CSS grammar), the review screen and the progress
 * file reader. Loaded on demand (`loadPackTools`), so the library shows its packs without first
 * parsing and compiling them.
 */
export { preparePack } from './import-pack';
export { ReviewScreen } from './ReviewScreen';
export { loadPack } from '../../packs/format/load';
export { formatProblem } from '../../packs/format/problems';
export { exportProgress, importProgressFile } from '../../state/progress-file';
export { draftFromRecording } from '../../packs/draft/recording-to-pack';
export { draftWithTarget } from '../../packs/draft/draft-target';
