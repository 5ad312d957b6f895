import { auth } from '../shell/auth';

/** Connection state of a server-sent event stream, for the "live / stale" badge. */
export type StreamState = 'connecting' | 'live' | 'stale' | 'closed';

export interface StreamOptions {
  /** Called for every event with its name (`message` when the server named none) and parsed data. */
  onEvent: (name: string, data: unknown) => void;
  onState?: (state: StreamState) => void;
  /** No byte (event or keep-alive comment) for this long: stale, and the connection is dropped and redialled. */
  staleAfterMs?: number;
  /** Reconnect after the stream ends (the live feed) or not (a job's progress, which ends on purpose). */
  reconnect?: boolean;
}

/**
 * Reads a server-sent event stream with fetch, so the request carries the session's Authorization
 * header (EventSource cannot send headers, and HTTP Basic lives in the tab, not in a cookie).
 * Parses the text/event-stream format (event, data, comments), reconnects with back-off (1 s,
 * doubling to 15 s) and reports "stale" when nothing arrived for `staleAfterMs`. Returns a close
 * function.
 */
export function openStream(path: string, options: StreamOptions): () => void {
  const staleAfter = options.staleAfterMs ?? 25_000;
  let closed = false;
  let controller: AbortController | null = null;
  let watchdog: ReturnType<typeof setTimeout> | undefined;
  let retry: ReturnType<typeof setTimeout> | undefined;
  let backoff = 1000;
  let state: StreamState = 'closed';
  const setState = (next: StreamState) => {
    if (next !== state) {
      state = next;
      options.onState?.(next);
    }
  };
  const armWatchdog = () => {
    clearTimeout(watchdog);
    watchdog = setTimeout(() => {
      setState('stale');
      controller?.abort();
    }, staleAfter);
  };

  const connect = async () => {
    if (closed) return;
    controller = new AbortController();
    if (state !== 'stale') setState('connecting');
    armWatchdog();
    try {
      const headers = new Headers({ Accept: 'text/event-stream', 'X-Requested-With': 'XMLHttpRequest' });
      const session = auth.session();
      if (session) headers.set('Authorization', session.authorization);
      const response = await fetch(path, { headers, signal: controller.signal, credentials: 'omit', cache: 'no-store' });
      if (response.status === 401) {
        auth.expire();
        closed = true;
        return;
      }
      if (!response.ok || !response.body) throw new Error(`${response.status}`);
      const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
      let buffer = '';
      let name = 'message';
      let data: string[] = [];
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        armWatchdog();
        if (state !== 'live') {
          setState('live');
          backoff = 1000;
        }
        buffer += value;
        let nl: number;
        while ((nl = buffer.search(/\r?\n/)) >= 0) {
          const line = buffer.slice(0, nl);
          buffer = buffer.slice(nl + (buffer[nl] === '\r' ? 2 : 1));
          if (line === '') {
            if (data.length > 0) {
              const text = data.join('\n');
              let parsed: unknown = text;
              try {
                parsed = JSON.parse(text);
              } catch {
                /* plain text data */
              }
              options.onEvent(name, parsed);
            }
            name = 'message';
            data = [];
          } else if (line.startsWith(':')) {
            // keep-alive comment: the connection is alive
          } else {
            const colon = line.indexOf(':');
            const field = colon < 0 ? line : line.slice(0, colon);
            const val = colon < 0 ? '' : line.slice(colon + 1).replace(/^ /, '');
            if (field === 'event') name = val;
            else if (field === 'data') data.push(val);
          }
        }
      }
    } catch {
      /* dropped: reconnect below */
    }
    clearTimeout(watchdog);
    if (closed) return;
    if (!options.reconnect) {
      setState('closed');
      return;
    }
    setState('stale');
    retry = setTimeout(connect, backoff);
    backoff = Math.min(15_000, backoff * 2);
  };

  void connect();
  return () => {
    closed = true;
    clearTimeout(watchdog);
    clearTimeout(retry);
    controller?.abort();
    setState('closed');
  };
}
