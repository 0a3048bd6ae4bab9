/**
 * The part of the Apps Script client API (`google.script.run`) that the sidebar uses, typed by the
 * endpoint contract: each endpoint takes its declared arguments; results arrive in the success handler.
 */
type SidebarRunner = {
  withSuccessHandler(handler: (result: unknown) => void): SidebarRunner;
  withFailureHandler(handler: (error: unknown) => void): SidebarRunner;
} & {
  [K in import('../contract').EndpointName]: (...args: import('../contract').SidebarEndpoints[K]['args']) => void;
};

declare const google: { script: { run: SidebarRunner } };
