import { useEffect, useRef, useState } from 'preact/hooks';
import { bestDescriptors, describeElement, pickedControl, type Descriptor } from '../content/author/describe-element';
import { targetYaml } from '../content/author/target-yaml';
import { readPageContext } from '../content/console/page-context';
import { CATALOGUE } from '../packs/catalogue/catalogue';
import { OVERLAY_TAG } from '../content/overlay/mount';
import { authorModeItem } from '../state/author';

interface Picked {
  descriptors: Descriptor[];
  pageId: string | null;
  wizardStep: string | null;
  yaml: string;
}

const KIND_TEXT: Record<Descriptor['kind'], string> = { testId: 'test id', role: 'role and name', label: 'field label', text: 'visible text', css: 'Cloudscape component CSS' };

/** One descriptor as the pack format writes it, on one line. */
function inline(descriptor: Descriptor): string {
  return targetYaml(null, [descriptor.locator])
    .split('\n')
    .slice(1)
    .map((line) => line.replace(/^\s*-?\s*/, ''))
    .filter(Boolean)
    .join(', ');
}

/** The element under an event, unless it is our own overlay. */
function pageElement(event: Event): Element | null {
  const path = event.composedPath();
  if (path.some((node) => node instanceof Element && node.localName === OVERLAY_TAG)) return null;
  return path.find((node): node is Element => node instanceof Element) ?? null;
}

/**
 * Author mode on a console page: hovering outlines elements; a click (which the console never
 * receives) shows the locator descriptors for the element, ranked, with their match counts, the
 * page id and wizard step, and the YAML to paste into a step. Reads names and labels only.
 */
export function AuthorPicker() {
  const [hovered, setHovered] = useState<DOMRect | null>(null);
  const [picked, setPicked] = useState<Picked | null>(null);
  const [copied, setCopied] = useState(false);
  const yamlRef = useRef<HTMLTextAreaElement>(null);

  useEffect(() => {
    const abort = new AbortController();
    const options = { capture: true, signal: abort.signal };
    const onMove = (event: PointerEvent) => {
      const element = pageElement(event);
      setHovered(element ? pickedControl(element).getBoundingClientRect() : null);
    };
    // The console must not act on the author's clicks: stop them before its handlers see them.
    const swallow = (event: Event) => {
      if (!pageElement(event)) return;
      event.preventDefault();
      event.stopImmediatePropagation();
    };
    const onClick = (event: MouseEvent) => {
      const element = pageElement(event);
      if (!element) return;
      swallow(event);
      const doc = element.ownerDocument;
      const context = readPageContext(doc, new URL(window.location.href), CATALOGUE);
      const descriptors = describeElement(doc, element);
      // The most specific page recognised: the wizard step rather than the whole wizard.
      const pageId = [...context.pageIds].sort((a, b) => b.split('.').length - a.split('.').length)[0] ?? null;
      setPicked({ descriptors, pageId, wizardStep: context.wizardStep, yaml: targetYaml(pageId, bestDescriptors(descriptors).map((d) => d.locator)) });
      setCopied(false);
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') void authorModeItem.setValue(false);
    };
    window.addEventListener('pointermove', onMove, options);
    for (const type of ['pointerdown', 'mousedown', 'pointerup', 'mouseup', 'auxclick', 'dblclick']) window.addEventListener(type, swallow, options);
    window.addEventListener('click', onClick, options);
    window.addEventListener('keydown', onKey, options);
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
      {hovered && <div class="cc-author-outline" aria-hidden="true" style={{ left: `${hovered.left}px`, top: `${hovered.top}px`, width: `${hovered.width}px`, height: `${hovered.height}px` }} />}
      <section class="cc-author-panel" role="dialog" aria-labelledby="cc-author-title" data-cc="author-panel">
        <h2 id="cc-author-title">Author mode</h2>
        {!picked && <p>Point at an element and click it to see the targets a pack can use for it. Your clicks do not reach the console while author mode is on.</p>}
        {picked && (
          <>
            <p data-cc="author-page">
              Page: <code>{picked.pageId ?? 'not in the catalogue'}</code>
              {picked.wizardStep && (
                <>
                  {' '}
                  · wizard step: <code>{picked.wizardStep}</code>
                </>
              )}
            </p>
            {picked.descriptors.length === 0 ? (
              <p>No target can be written for this element: it has no name, label or short text. Pick the control next to it.</p>
            ) : (
              <ol data-cc="author-descriptors">
                {picked.descriptors.map((d) => (
                  <li key={inline(d)} data-kind={d.kind} data-matches={d.matches}>
                    <code>{inline(d)}</code> <span class="cc-muted">({KIND_TEXT[d.kind]})</span>{' '}
                    <span class={d.matches === 1 && d.pointsAtPicked ? 'cc-match-one' : 'cc-match-many'}>
                      {d.matches === 1 && d.pointsAtPicked ? 'matches exactly 1' : `matches ${d.matches}`}
                    </span>
                  </li>
                ))}
              </ol>
            )}
            <label>
              YAML for a step
              <textarea ref={yamlRef} readOnly value={picked.yaml} data-cc="author-yaml" />
            </label>
          </>
        )}
        <footer class="cc-buttons">
          {picked && (
            <button type="button" class="cc-button cc-primary" onClick={() => void copy()}>
              {copied ? 'Copied' : 'Copy YAML'}
            </button>
          )}
          <button type="button" class="cc-button" onClick={() => void authorModeItem.setValue(false)}>
            Exit author mode
          </button>
        </footer>
      </section>
    </>
  );
}
