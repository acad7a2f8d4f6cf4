// The demo's stand-in for the portal's login: staff pages sign in a demo user through the demo server's
// `POST /demo/sign-in` and hand the token to the plugin through the adapter's token getter. A real portal gives its
// own session's token instead. The token lives in this module's memory only, never in storage.

/** @typedef {{ subject: string, name: string, agencyCodes: string[], roles: string[] }} DemoUser */

/** @type {{ token: string, expiresAt: number, user: DemoUser, role: 'admin' | undefined } | undefined} */
let session;
/** @type {Promise<DemoUser> | undefined} */
let signingIn;

/** A token this close to its expiry is renewed before it is sent. */
const renewBeforeMs = 60_000;

/** @param {DemoUser} user */
function showSignedIn(user) {
  let line = document.getElementById('signed-in');
  if (!line) {
    line = document.createElement('p');
    line.id = 'signed-in';
    line.className = 'signed-in';
    line.setAttribute('role', 'status');
    document.querySelector('header')?.append(line);
  }
  line.textContent = `Đã đăng nhập (demo): ${user.name}`;
}

/**
 * Signs in the demo staff user, or with `role` 'admin' the demo administrator (again, when the token runs out),
 * and shows who is signed in.
 * @param {'admin'} [role]
 * @returns {Promise<DemoUser>}
 */
export function signInDemoStaff(role) {
  signingIn ??= (async () => {
    const response = await fetch(role === 'admin' ? '/demo/sign-in?role=admin' : '/demo/sign-in', { method: 'POST', headers: { Accept: 'application/json' } });
    if (!response.ok) {
      throw new Error(`Không đăng nhập được tài khoản demo (HTTP ${response.status}). / The demo sign-in failed.`);
    }
    const body = await response.json();
    session = { token: body.token, expiresAt: Date.parse(body.expiresAt), user: body.user, role };
    showSignedIn(body.user);
    return body.user;
  })().finally(() => {
    signingIn = undefined;
  });
  return signingIn;
}

/**
 * The `Authorization` header of the signed-in staff user, renewed when about to expire; undefined on the pages
 * where nobody signed in (the citizens' pages).
 * @returns {Promise<string | undefined>}
 */
export async function staffAuthorization() {
  if (!session) return undefined;
  if (session.expiresAt - Date.now() < renewBeforeMs) await signInDemoStaff(session.role);
  return `Bearer ${session.token}`;
}
