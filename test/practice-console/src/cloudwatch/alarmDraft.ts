import type { BillingAlarm } from '../state/model';

/** The create-alarm wizard's answers, kept together so every step and the review read one object. */
export interface AlarmDraft {
  metricSelected: boolean;
  statistic: string;
  period: string;
  thresholdType: 'static' | 'anomaly';
  comparison: string;
  threshold: string;
  trigger: 'In alarm' | 'OK' | 'Insufficient data';
  notification: boolean;
  topicMode: 'existing' | 'new' | 'arn';
  existingTopic: string;
  newTopicName: string;
  emails: string;
  topicCreated: boolean;
  topicArn: string;
  name: string;
  description: string;
}

export const INITIAL_DRAFT: AlarmDraft = {
  metricSelected: false,
  statistic: 'Maximum',
  period: '6 hours',
  thresholdType: 'static',
  comparison: 'GreaterThanThreshold',
  threshold: '',
  trigger: 'In alarm',
  notification: true,
  topicMode: 'new',
  existingTopic: '',
  newTopicName: 'Default_CloudWatch_Alarms_Topic',
  emails: '',
  topicCreated: false,
  topicArn: '',
  name: '',
  description: '',
};

export const COMPARISONS = [
  { value: 'GreaterThanThreshold', label: 'Greater', symbol: '>' },
  { value: 'GreaterThanOrEqualToThreshold', label: 'Greater/Equal', symbol: '>=' },
  { value: 'LessThanOrEqualToThreshold', label: 'Lower/Equal', symbol: '<=' },
  { value: 'LessThanThreshold', label: 'Lower', symbol: '<' },
];

export const STATISTICS = ['Average', 'Minimum', 'Maximum', 'Sum', 'SampleCount'];
export const PERIODS = ['1 minute', '5 minutes', '15 minutes', '1 hour', '6 hours', '1 day'];

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const ARN = /^arn:aws(-us-gov|-cn)?:sns:[a-z0-9-]+:\d{12}:[A-Za-z0-9_-]{1,256}$/;
const TOPIC_NAME = /^[A-Za-z0-9_-]{1,256}$/;

export function emailList(text: string): string[] {
  return text
    .split(',')
    .map((e) => e.trim())
    .filter(Boolean);
}

export function conditionText(alarm: Pick<BillingAlarm, 'comparison' | 'threshold' | 'period'>): string {
  const symbol = COMPARISONS.find((c) => c.value === alarm.comparison)?.symbol ?? alarm.comparison;
  return `EstimatedCharges ${symbol} ${alarm.threshold} for 1 datapoints within ${alarm.period}`;
}

export type DraftErrors = Partial<Record<'metric' | 'thresholdType' | 'threshold' | 'topic' | 'emails' | 'name', string>>;

export function thresholdError(draft: AlarmDraft): string | undefined {
  const value = draft.threshold.trim();
  if (value === '' || !Number.isFinite(Number(value)) || Number(value) < 0) {
    return 'The threshold must be a number greater than or equal to 0.';
  }
  return undefined;
}

export function topicErrors(draft: AlarmDraft): DraftErrors {
  if (!draft.notification) return {};
  if (draft.topicMode === 'existing') return draft.existingTopic ? {} : { topic: 'Select an SNS topic.' };
  if (draft.topicMode === 'arn') return ARN.test(draft.topicArn.trim()) ? {} : { topic: 'Enter a valid SNS topic ARN.' };
  const errors: DraftErrors = {};
  if (!TOPIC_NAME.test(draft.newTopicName)) errors.topic = 'Topic names can have up to 256 letters, numbers, hyphens and underscores.';
  const emails = emailList(draft.emails);
  if (!emails.length || !emails.every((e) => EMAIL.test(e))) errors.emails = 'Enter one or more valid email addresses, separated by commas.';
  else if (!draft.topicCreated) errors.emails = 'Choose Create topic to create the topic before you continue.';
  return errors;
}

/** Errors that block leaving a step (index as in the wizard). */
export function stepErrors(step: number, draft: AlarmDraft): DraftErrors {
  if (step === 0) {
    const errors: DraftErrors = {};
    if (!draft.metricSelected) errors.metric = 'Select a metric.';
    if (draft.thresholdType !== 'static') errors.thresholdType = 'The practice console simulates only static thresholds.';
    const threshold = thresholdError(draft);
    if (threshold) errors.threshold = threshold;
    return errors;
  }
  if (step === 1) return topicErrors(draft);
  if (step === 2) return draft.name.trim() ? {} : { name: 'Alarm name is required.' };
  return {};
}

export function draftToAlarm(draft: AlarmDraft): Omit<BillingAlarm, 'createdAt'> {
  const topicName = !draft.notification
    ? undefined
    : draft.topicMode === 'existing'
      ? draft.existingTopic
      : draft.topicMode === 'arn'
        ? draft.topicArn.trim().split(':').pop()
        : draft.newTopicName;
  return {
    name: draft.name.trim(),
    description: draft.description.trim() || undefined,
    metric: 'EstimatedCharges',
    statistic: draft.statistic,
    period: draft.period,
    comparison: draft.comparison,
    threshold: Number(draft.threshold),
    topicName,
    emails: draft.notification && draft.topicMode === 'new' ? emailList(draft.emails) : [],
  };
}
