/* global base, notFound */
// Inlined on the home page and the 404 page of a site with imported articles (binds `base`
// and `notFound`). Old links such as /?p=123 land on the home page, and an old address
// without a redirect page lands on the 404 page: both are looked up in redirects.json.
const params = new URLSearchParams(location.search);
const query = ['p', 'page_id', 'attachment_id'].filter((name) => /^\d+$/.test(params.get(name) ?? '')).map((name) => `?${name}=${params.get(name)}`)[0];
let path = location.pathname.slice(base.length - 1);
try {
  path = decodeURI(path);
} catch {
  // Not valid percent-encoding: looked up as it is.
}
path = path.replace(/\/+$/, '') || '/';
if (query || notFound) {
  fetch(`${base}redirects.json`)
    .then((response) => (response.ok ? response.json() : {}))
    .then((map) => {
      const to = (query && map[query]) || (notFound && map[path]);
      if (to) location.replace(to + location.hash);
    })
    .catch(() => {});
}
