/**
 * The base URL of the live socket as the WebSocket constructor wants it: the ticket's URL made
 * absolute against the page (it may be a path such as "/collab") and http(s) turned into ws(s).
 */
export function collabSocketBase(raw: string, page: string = window.location.href): string {
  const url = new URL(raw, page);
  if (url.protocol === 'http:') url.protocol = 'ws:';
  else if (url.protocol === 'https:') url.protocol = 'wss:';
  url.search = '';
  url.hash = '';
  return url.href.replace(/\/+$/, '');
}
