/** Which of their workspaces a person is working in; checked against their memberships on every request. */
export const WORKSPACE_COOKIE = 'sb_workspace';

/**
 * The session cookie outlives any session (a browser's maximum, 400 days): the stored session, not the
 * cookie, says when it ends, so renewing it never needs to re-send the cookie.
 */
export const COOKIE_MAX_AGE_SECONDS = 400 * 24 * 60 * 60;
