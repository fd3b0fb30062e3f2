/** The context menu: "Analyze with NewsBrief" on a page, or on the selected text only. */
import { analyzeTab } from "./jobs.js";

const MENU_ID = "newsbrief-analyze";

/** Registers the menu item (on install and update; removing first avoids a duplicate-id error). */
export async function createMenus() {
  await chrome.contextMenus.removeAll();
  chrome.contextMenus.create({ id: MENU_ID, title: "Analyze with NewsBrief", contexts: ["page", "selection"] });
}

export function onMenuClicked(info, tab) {
  if (info.menuItemId !== MENU_ID || !tab?.id) {
    return;
  }
  const mode = info.selectionText ? "selection" : "page";
  // Start first: the popup that opens joins the running job.
  analyzeTab({ tabId: tab.id, mode, force: true, frameId: info.frameId }).catch(() => {});
  chrome.action.openPopup({ windowId: tab.windowId }).catch(() => {
    // Browsers without openPopup (or without a focused window): the badge says the result is ready.
  });
}
