import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { startRecorder } from '../../../../content/author/recorder';
import { stepContext } from '../../../../content/author/capture';
import type { PageContext } from '../../../../content/console/page-context';
import type { Recording, RecordedStep } from '../../../../packs/draft/recording';

const NOW = 100_000;
const step = (over: Partial<RecordedStep>): RecordedStep => ({ action: 'click', role: 'link', name: 'Groups', pageId: 'iam.users', target: [{ role: 'link', name: 'Groups' }], done: [{ clicked: true }], identity: 'root', region: null, secretPage: false, at: NOW - 100, ...over });
const goUsers = step({ action: 'go', role: null, name: null, target: [], done: [{ page: 'iam.users' }], at: 0 });

/** The recorder on a jsdom page whose recognised pages the test sets; what it saves is kept. */
function recorderOn(initial: Recording) {
  const { window } = new JSDOM('<!doctype html><main></main>', { url: 'https://us-east-1.console.aws.amazon.com/iam/home#/users', pretendToBeVisual: true });
  const page = { ids: ['iam.users'] };
  const saved: (Recording | null)[] = [];
  const watchers: ((value: Recording | null) => void)[] = [];
  const context = (): PageContext => ({ url: new URL(window.location.href), pageIds: page.ids, urlPageIds: page.ids, wizardStep: null, wizardStepNumber: null, activeTab: null, modal: null, identity: 'root', region: null });
  const controls = startRecorder(window.document, new window.AbortController().signal, {
    initial,
    save: (value) => saved.push(value),
    watch: (callback) => (watchers.push(callback), () => undefined),
    context,
    fromCoach: () => false,
    now: () => NOW,
  });
  const looked = () => new Promise<void>((resolve) => window.requestAnimationFrame(() => window.setTimeout(resolve, 0)));
  const goTo = async (ids: string[]) => {
    page.ids = ids;
    window.dispatchEvent(new window.HashChangeEvent('hashchange'));
    await looked();
  };
  return { controls, saved, goTo, looked, echo: (value: Recording | null) => watchers.forEach((w) => w(value)) };
}

describe('the recording panel\'s buttons, through the recorder', () => {
  it('Undo takes back the last step and the page it opened: arriving there is no step of its own', async () => {
    const { controls, saved, goTo, looked } = recorderOn({ status: 'recording', append: false, steps: [goUsers, step({})] });
    await looked();
    controls.undo();
    await goTo(['iam.groups']);
    expect(saved.at(-1)!.steps).toEqual([goUsers]);
  });

  it('without Undo, the page a click opened is what it did', async () => {
    const { saved, goTo, looked } = recorderOn({ status: 'recording', append: false, steps: [goUsers, step({})] });
    await looked();
    await goTo(['iam.groups']);
    expect(saved.at(-1)!.steps.at(-1)!.done).toEqual([{ page: 'iam.groups' }]);
  });

  it('act on the newest steps, which storage has not echoed yet; a late echo of an older write changes nothing', async () => {
    const { controls, saved, goTo, looked, echo } = recorderOn({ status: 'recording', append: false, steps: [goUsers] });
    await looked();
    // Arriving on a page by hand is a step ("Go to Groups"), written once.
    await goTo(['iam.groups']);
    const withGoToGroups = saved.at(-1)!;
    expect(withGoToGroups.steps).toHaveLength(2);
    controls.pause();
    echo(withGoToGroups);
    controls.stop();
    expect(saved.at(-1)).toEqual({ ...withGoToGroups, status: 'stopped' });
    // Stopped is stopped: the buttons change nothing more.
    controls.undo();
    controls.resume();
    expect(saved.at(-1)!.status).toBe('stopped');
  });

  it('Pause records nothing until Resume, which looks at where the author is now', async () => {
    const { controls, saved, goTo, looked } = recorderOn({ status: 'recording', append: false, steps: [goUsers] });
    await looked();
    controls.pause();
    await goTo(['iam.groups']);
    expect(saved.at(-1)).toMatchObject({ status: 'paused', steps: [goUsers] });
    controls.resume();
    await looked();
    expect(saved.at(-1)!.status).toBe('recording');
    expect(saved.at(-1)!.steps.map((s) => s.pageId)).toEqual(['iam.users', 'iam.groups']);
  });
});

describe('the page a step is recorded on', () => {
  const context = (pageIds: string[], urlPageIds: string[]) => ({ pageIds, urlPageIds });
  it('is the page recognised; while a new page renders, the last one recognised if its address still fits', () => {
    expect(stepContext(context(['iam.users'], ['iam.users']), 'iam.home').pageIds).toEqual(['iam.users']);
    expect(stepContext(context([], ['iam.users']), 'iam.users').pageIds).toEqual(['iam.users']);
    expect(stepContext(context([], ['iam.groups']), 'iam.users').pageIds).toEqual([]);
    expect(stepContext(context([], []), null).pageIds).toEqual([]);
  });
});
