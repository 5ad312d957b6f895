import { useSyncExternalStore } from 'react';

/**
 * Who is signed in. HTTP Basic today: the credentials live only in this tab's sessionStorage
 * (gone when the tab closes, never in localStorage or a cookie) and go out as an Authorization
 * header on API calls. A 401 on a call that carried them ends the session with a message
 * (`expire`), and the router sends the user back to the login screen.
 */
export type Role = 'DISPATCHER' | 'WAREHOUSE' | 'DRIVER' | 'ADMIN';

export interface Session {
  username: string;
  roles: Role[];
  /** The value of the Authorization header. */
  authorization: string;
}

const KEY = 'zaplecze.session';
type Listener = () => void;
const listeners = new Set<Listener>();
let current: Session | null = read();
let lastMessage: string | null = null;

function read(): Session | null {
  try {
    const raw = sessionStorage.getItem(KEY);
    return raw ? (JSON.parse(raw) as Session) : null;
  } catch {
    return null;
  }
}

function emit() {
  listeners.forEach((l) => l());
}

export const auth = {
  session(): Session | null {
    return current;
  },
  signIn(session: Session) {
    current = session;
    lastMessage = null;
    try {
      sessionStorage.setItem(KEY, JSON.stringify(session));
    } catch {
      /* kept in memory only */
    }
    emit();
  },
  /** Signs out; `messageKey` (an i18n key) is shown once on the login screen. */
  signOut(messageKey: string | null = null) {
    current = null;
    lastMessage = messageKey;
    try {
      sessionStorage.removeItem(KEY);
    } catch {
      /* nothing stored */
    }
    emit();
  },
  expire() {
    if (current) auth.signOut('shell.login.expired');
  },
  /** The message for the login screen, read once. */
  takeMessage(): string | null {
    const message = lastMessage;
    lastMessage = null;
    return message;
  },
  subscribe(listener: Listener) {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};

export function basicAuthorization(username: string, password: string): string {
  const bytes = new TextEncoder().encode(`${username}:${password}`);
  let binary = '';
  bytes.forEach((b) => (binary += String.fromCharCode(b)));
  return `Basic ${btoa(binary)}`;
}

/** ADMIN may do everything; otherwise the user needs one of the roles (an empty list: anyone signed in). */
export function hasAnyRole(session: Session | null, roles: readonly Role[]): boolean {
  if (!session) return false;
  if (roles.length === 0 || session.roles.includes('ADMIN')) return true;
  return roles.some((r) => session.roles.includes(r));
}

export function useSession(): Session | null {
  return useSyncExternalStore(auth.subscribe, auth.session, auth.session);
}
