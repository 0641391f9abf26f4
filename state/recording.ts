import { defineStorageItem } from './storage-item';
import type { Recording } from '../packs/draft/recording';
import { RECORDING_KEY } from './keys';

export type { Recording, RecordedStep, RecordedAction } from '../packs/draft/recording';

/** A recording in progress or waiting for the library to turn it into a draft; null when none. */
export const recordingItem = defineStorageItem<Recording | null>(`local:${RECORDING_KEY}`, { fallback: null });


/** A new recording, running; its steps added to the library's draft when `append` (else replacing it). */
export const startRecording = (append: boolean) => recordingItem.setValue({ status: 'recording', append, steps: [] });
