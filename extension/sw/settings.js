/** The stored settings (chrome.storage.local "settings"), with defaults. */
import { normalizeSettings } from "../lib/settings.js";

export const SETTINGS_KEY = "settings";

export async function loadSettings() {
  const stored = await chrome.storage.local.get(SETTINGS_KEY);
  return normalizeSettings(stored[SETTINGS_KEY]);
}
