/**
 * The OAuth scopes the add-on asks for: the same list as appsscript.json's oauthScopes (a test keeps
 * them equal). "Kiểm tra cài đặt" checks each one was granted on the real account.
 */
const AUTH = 'https://www.googleapis.com/auth/';

export const REQUIRED_SCOPES: readonly string[] = [
  `${AUTH}spreadsheets.currentonly`,
  `${AUTH}script.container.ui`,
  `${AUTH}documents`,
  `${AUTH}userinfo.email`,
  // Evidence uploads only (advanced Drive service): files and folders the add-on creates, nothing else.
  `${AUTH}drive.file`,
];

/** Scopes an official may decline on Google's consent screen without losing more than one feature. */
export const OPTIONAL_SCOPES: readonly string[] = [`${AUTH}drive.file`];
