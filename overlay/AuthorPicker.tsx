import { useEffect, useRef, useState } from 'preact/hooks';
import { bestDescriptors, describeElement, pickedControl, type Descriptor } from '../content/author/describe-element';
import { targetYaml } from '../content/author/target-yaml';
import { readPageContext } from '../content/console/page-context';
import { CATALOGUE } from '../packs/catalogue/catalogue';
import { catalogueForConsole } from '../content/author/console-pages';
import { trusted, userClick } from './user-action';
import type { PageDefinition } from '../packs/format/schema';
import { authorModeItem } from '../state/author';
import { repickItem } from '../state/repick';
import { useStorageItem } from '../components/useStorageItem';
import { repickedTarget } from '../content/author/repick';
import { mostSpecificPage } from '../content/author/capture';
import { t, tParts, type MessageKey } from '../i18n/messages';

interface Picked {
  element: Element;
  descriptors: Descriptor[];
  pageId: string | null;
  wizardStep: string | null;
  yaml: string;
}

const KIND_TEXT: Record<Descriptor['kind'], MessageKey> = { testId: 'authorKindTestId', role: 'authorKindRole', label: 'authorKindLabel', text: 'authorKindText', css: 'authorKindCss' };

/** One descriptor as the pack format writes it, on one line. */
function inline(descriptor: Descriptor): string {
  return targetYaml(null, [descriptor.locator])
    .split('\n')
    .slice(1)
    .map((line) => line.replace(/^\s*-?\s*/, ''))
    .filter(Boolean)
    .join(', ');
}

/** Leaving author mode gives up a re-pick not yet made (the step keeps its target). */
async function exitAuthorMode() {
  const repick = await repickItem.getValue();
  if (repick && !repick.picked) await repickItem.setValue(null);
  await authorModeItem.setValue(false);
}

/** Pointer events the catcher keeps from the page's own listeners on its ancestors (bubble phase). */
const CAUGHT = ['pointerdown', 'mousedown', 'pointerup', 'mouseup', 'click', 'auxclick', 'dblclick', 'contextmenu'];

/**
 * The page element under a point, looking through our own UI (the catcher covers the viewport).
 * `elementsFromPoint` from the document sees our shadow UI as its host element, which is skipped.
 */
function pageElementAt(catcher: HTMLElement, x: number, y: number): Element | null {
  const { host } = catcher.getRootNode() as ShadowRoot;
  return catcher.ownerDocument.elementsFromPoint(x, y).find((element) => element !== host) ?? null;
}

/**
 * Author mode on a console page: hovering outlines elements; a click shows the locator descriptors
 * for the element, ranked, with their match counts, the page id and wizard step, and the YAML to
 * paste into a step. Reads names and labels only. A transparent catcher inside our own shadow root
 * takes the pointer (as uBlock Origin's element picker does), so the console's elements never receive
 * the author's clicks; the element meant is found under it with `elementsFromPoint`. The page's
 * own window listeners still see an event, aimed at our host element, never at one of its elements.
 */
export function AuthorPicker() {
  const [hovered, setHovered] = useState<DOMRect | null>(null);
  const [picked, setPicked] = useState<Picked | null>(null);
  const [copied, setCopied] = useState(false);
  const yamlRef = useRef<HTMLTextAreaElement>(null);
  const catcherRef = useRef<HTMLDivElement>(null);
  const repick = useStorageItem(repickItem);
  const repicking = repick && !repick.picked ? repick : null;
  // The catalogue in this console's language, once the background answers (English until then).
  const pages = useRef<readonly PageDefinition[]>(CATALOGUE);
  useEffect(() => {
    void catalogueForConsole(document).then((found) => (pages.current = found));
  }, []);

  useEffect(() => {
    const catcher = catcherRef.current;
    if (!catcher) return;
    const abort = new AbortController();
    const onMove = trusted((event: PointerEvent) => {
      const element = pageElementAt(catcher, event.clientX, event.clientY);
      setHovered(element ? pickedControl(element).getBoundingClientRect() : null);
    });
    const onPick = userClick((event: MouseEvent) => {
      const element = pageElementAt(catcher, event.clientX, event.clientY);
      if (!element) return;
      const doc = element.ownerDocument;
      const context = readPageContext(doc, new URL(window.location.href), pages.current);
      const descriptors = describeElement(doc, element);
      const pageId = mostSpecificPage(context);
      setPicked({ element: pickedControl(element), descriptors, pageId, wizardStep: context.wizardStep, yaml: targetYaml(pageId, bestDescriptors(descriptors).map((d) => d.locator)) });
      setCopied(false);
    });
    // Nothing the author does on the catcher goes on to the page: no focus, no selection, no bubbling.
    const keep = (event: Event) => {
      event.preventDefault();
      event.stopPropagation();
    };
    catcher.addEventListener('pointermove', onMove, { signal: abort.signal });
    for (const type of CAUGHT) catcher.addEventListener(type, keep, { signal: abort.signal });
    catcher.addEventListener('click', onPick, { signal: abort.signal });
    window.addEventListener(
      'keydown',
      trusted((event: KeyboardEvent) => {
        if (event.key === 'Escape') void exitAuthorMode();
      }),
      { capture: true, signal: abort.signal },
    );
    return () => abort.abort();
  }, []);

  const copy = async () => {
    if (!picked) return;
    try {
      await navigator.clipboard.writeText(picked.yaml);
      setCopied(true);
    } catch {
      // Clipboard refused (no permission in this page): select the text for Ctrl+C instead.
      yamlRef.current?.select();
    }
  };

  return (
    <>
      <div ref={catcherRef} class="cc-author-catcher" data-cc="author-catcher" aria-hidden="true" />
      {hovered && <div class="cc-author-outline" aria-hidden="true" style={{ left: `${hovered.left}px`, top: `${hovered.top}px`, width: `${hovered.width}px`, height: `${hovered.height}px` }} />}
      <section class="cc-author-panel" role="dialog" aria-labelledby="cc-author-title" data-cc="author-panel">
        <h2 id="cc-author-title">{t('authorModeTitle')}</h2>
        {repicking && (
          <p class="cc-notice" data-cc="repick-step">
            {tParts('authorRepickHint', <strong>{repicking.stepTitle}</strong>)}
          </p>
        )}
        {!picked && <p>{t('authorPickHint')}</p>}
        {picked && (
          <>
            <p data-cc="author-page">
              {tParts('authorPage', <code>{picked.pageId ?? t('authorNotInCatalogue')}</code>)}
              {picked.wizardStep && tParts('authorWizardStep', <code>{picked.wizardStep}</code>)}
            </p>
            {picked.descriptors.length === 0 ? (
              <p>{t('authorNoTarget')}</p>
            ) : (
              <ol data-cc="author-descriptors">
                {picked.descriptors.map((d) => (
                  <li key={inline(d)} data-kind={d.kind} data-matches={d.matches}>
                    <code>{inline(d)}</code> <span class="cc-muted">({t(KIND_TEXT[d.kind])})</span>{' '}
                    <span class={d.matches === 1 && d.pointsAtPicked ? 'cc-match-one' : 'cc-match-many'}>
                      {d.matches === 1 && d.pointsAtPicked ? t('authorMatchesOne') : t('authorMatches', d.matches)}
                    </span>
                  </li>
                ))}
              </ol>
            )}
            <label>
              {t('authorYamlLabel')}
              <textarea ref={yamlRef} readOnly value={picked.yaml} data-cc="author-yaml" />
            </label>
          </>
        )}
        <footer class="cc-buttons">
          {picked && repicking && (
            <button
              type="button"
              class="cc-button cc-primary"
              onClick={userClick(() => {
                const target = repickedTarget(document, picked.element, picked.descriptors, repicking.oldTarget);
                void repickItem.setValue({ ...repicking, picked: { pageId: picked.pageId, target } }).then(() => authorModeItem.setValue(false));
              })}
            >
              {t('authorUseForStep')}
            </button>
          )}
          {picked && (
            <button type="button" class="cc-button cc-primary" onClick={userClick(() => void copy())}>
              {copied ? t('authorCopied') : t('authorCopyYaml')}
            </button>
          )}
          <button type="button" class="cc-button" onClick={userClick(() => void exitAuthorMode())}>
            {t('authorExit')}
          </button>
        </footer>
      </section>
    </>
  );
}
