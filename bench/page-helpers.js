// Runs in the practice console page (main world), added by the benchmark with a <script> tag.
// Plain JavaScript so that no build step adds helpers to it. It watches the overlay through its
// open shadow root, exactly as a person's screen would show it.
(() => {
  const overlayRoot = () => document.querySelector('console-coach-overlay')?.shadowRoot ?? null;

  /** Resolves with performance.now() once the step's callout is anchored, positioned and spotlit. */
  const waitForPlacedCallout = (stepId) => {
    const root = overlayRoot();
    const placed = () => {
      const callout = root.querySelector('[data-cc="callout"]');
      return callout?.dataset.stepId === stepId && callout.dataset.state === 'anchored' && callout.dataset.placement !== undefined && root.querySelector('[data-cc="spotlight"]') !== null;
    };
    return new Promise((resolve) => {
      if (placed()) return resolve(performance.now());
      const observer = new MutationObserver(() => {
        if (!placed()) return;
        observer.disconnect();
        resolve(performance.now());
      });
      observer.observe(root, { subtree: true, childList: true, attributes: true });
    });
  };

  const newButton = () => {
    const button = document.createElement('button');
    button.textContent = 'Inserted by the benchmark';
    return button;
  };

  /** Insert the step's target; ms until the overlay's callout is placed on it. */
  const insertTargetTrial = async () => {
    const button = newButton();
    button.dataset.testid = 'bench-target';
    const done = waitForPlacedCallout('inserted-target');
    const start = performance.now();
    document.querySelector('h1').after(button);
    return (await done) - start;
  };

  /** Insert an element and highlight it with driver.js at once; ms until its popover is placed. */
  const driverTrial = async () => {
    const tour = window.driver.js.driver({ animate: false });
    const button = newButton();
    const placed = () => {
      const popover = document.querySelector('.driver-popover');
      return popover !== null && popover.style.top !== '' && popover.style.left !== '';
    };
    const done = new Promise((resolve) => {
      const observer = new MutationObserver(() => {
        if (!placed()) return;
        observer.disconnect();
        resolve(performance.now());
      });
      observer.observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['style', 'class'] });
    });
    const start = performance.now();
    document.querySelector('h1').after(button);
    tour.highlight({ element: button, popover: { title: 'Use the inserted button', description: 'The benchmark inserts this button and removes it again.' } });
    const end = placed() ? performance.now() : await done;
    tour.destroy();
    button.remove();
    return end - start;
  };

  /** Change the hash route to User groups; ms until the step's callout is placed there. */
  const routeTrial = async () => {
    const done = waitForPlacedCallout('groups-route');
    const start = performance.now();
    location.hash = '#/groups';
    return (await done) - start;
  };

  let stopStorm = () => {};
  /** Add `perTick - 1` nodes and clear them every `tickMs` ms, in the page's content area. */
  const startStorm = (perTick, tickMs) => {
    const area = document.querySelector('main') ?? document.body;
    const box = area.appendChild(document.createElement('div'));
    box.setAttribute('aria-hidden', 'true');
    const timer = setInterval(() => {
      for (let i = 0; i < perTick - 1; i++) box.appendChild(document.createElement('span')).textContent = String(i);
      box.replaceChildren();
    }, tickMs);
    stopStorm = () => {
      clearInterval(timer);
      box.remove();
    };
  };

  /** Mutation records per second the page sees during one second. */
  const countMutations = () =>
    new Promise((resolve) => {
      let records = 0;
      const observer = new MutationObserver((list) => (records += list.length));
      observer.observe(document.body, { subtree: true, childList: true });
      setTimeout(() => {
        observer.disconnect();
        resolve(records);
      }, 1000);
    });

  window.ccBench = { insertTargetTrial, driverTrial, routeTrial, startStorm, stopStorm: () => stopStorm(), countMutations };
})();
