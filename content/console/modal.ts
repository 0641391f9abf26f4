/** The open Cloudscape modal (or any visible dialog that is modal). */
export function openModal(doc: Document): Element | null {
  for (const dialog of doc.querySelectorAll('[role="dialog"][aria-modal="true"], [role="dialog"][class*="awsui_root_1d2i7"]')) {
    if (dialog.getClientRects().length > 0) return dialog;
  }
  return null;
}
