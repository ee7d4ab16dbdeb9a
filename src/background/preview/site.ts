// Site comparison for origins, used to warn when a recipient is not the site the person is on.

// NOTE: a short list of two-label public suffixes, not the full Public Suffix List. An origin
// under a suffix missing here is compared on its last two labels.
const TWO_LABEL_SUFFIXES = new Set([
  'co.uk', 'org.uk', 'ac.uk', 'gov.uk', 'com.au', 'net.au', 'org.au', 'co.nz', 'co.jp',
  'com.br', 'co.in', 'co.za', 'com.tr', 'com.cn', 'com.mx', 'com.sg',
]);

function isIpAddress(host: string): boolean {
  return /^\d{1,3}(\.\d{1,3}){3}$/.test(host) || host.startsWith('[');
}

/** Returns the scheme and registrable domain of a URL or origin, such as "https://example.se". */
export function siteOf(urlOrOrigin: string): string {
  const url = new URL(urlOrOrigin);
  const host = url.hostname;
  if (isIpAddress(host) || !host.includes('.')) return `${url.protocol}//${host}`;
  const labels = host.split('.');
  const lastTwo = labels.slice(-2).join('.');
  const keep = TWO_LABEL_SUFFIXES.has(lastTwo) ? 3 : 2;
  return `${url.protocol}//${labels.slice(-keep).join('.')}`;
}

export function isSecureOrigin(origin: string): boolean {
  const url = new URL(origin);
  return url.protocol === 'https:';
}
