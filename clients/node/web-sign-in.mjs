// The person's half of the authorization code flow, as a browser does it: open the authorize page,
// sign in on the page it sends one to, approve, and read the code the server shows for out-of-band apps.

const cookies = new Map();

function remember(response) {
  for (const line of response.headers.getSetCookie()) {
    const [pair] = line.split(";");
    const at = pair.indexOf("=");
    cookies.set(pair.slice(0, at).trim(), pair.slice(at + 1).trim());
  }
}

async function visit(url, init = {}) {
  const headers = new Headers(init.headers);
  if (cookies.size) headers.set("Cookie", [...cookies].map(([k, v]) => `${k}=${v}`).join("; "));
  const response = await fetch(url, { ...init, headers, redirect: "manual" });
  remember(response);
  return response;
}

/** Follows redirects by hand so that every cookie set on the way is kept. */
async function follow(url, init) {
  let response = await visit(url, init);
  for (let hops = 0; response.status >= 300 && response.status < 400 && hops < 10; hops++) {
    url = new URL(response.headers.get("location"), url).toString();
    response = await visit(url);
  }
  return { url, response, html: await response.text() };
}

function decode(text) {
  return text
    .replaceAll("&quot;", '"')
    .replaceAll("&#39;", "'")
    .replaceAll("&lt;", "<")
    .replaceAll("&gt;", ">")
    .replaceAll("&amp;", "&");
}

/** The hidden and named inputs of the form posting to `action`, as the page gives them. */
function formFields(html, action) {
  const start = html.indexOf(`action="${action}"`);
  if (start < 0) throw new Error(`no form posting to ${action}`);
  const form = html.slice(start, html.indexOf("</form>", start));
  const fields = new URLSearchParams();
  for (const input of form.matchAll(/<input\b[^>]*>/g)) {
    const name = /\bname="([^"]*)"/.exec(input[0]);
    const value = /\bvalue="([^"]*)"/.exec(input[0]);
    if (name) fields.set(decode(name[1]), value ? decode(value[1]) : "");
  }
  return fields;
}

function post(url, fields) {
  return follow(url, {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded" },
    body: fields.toString(),
  });
}

/** `authorizeUrl` as the library built it, or the app's client id, redirect and scope to build one. */
export async function signInAndAuthorize(base, { authorizeUrl, clientId, redirectUri, scope, login, password }) {
  let authorize = authorizeUrl;
  if (!authorize) {
    const built = new URL("/oauth/authorize", base);
    built.search = new URLSearchParams({
      response_type: "code",
      client_id: clientId,
      redirect_uri: redirectUri,
      scope,
    }).toString();
    authorize = built.toString();
  }
  let page = await follow(authorize);
  if (page.html.includes('action="/auth/sign_in"')) {
    const fields = formFields(page.html, "/auth/sign_in");
    fields.set("login", login);
    fields.set("password", password);
    page = await post(new URL("/auth/sign_in", base).toString(), fields);
  }
  const approve = formFields(page.html, "/oauth/authorize");
  approve.set("decision", "approve");
  const shown = await post(new URL("/oauth/authorize", base).toString(), approve);
  const code = /id="code">([^<]+)</.exec(shown.html);
  if (!code) throw new Error(`no authorization code on ${shown.url} (status ${shown.response.status})`);
  return decode(code[1].trim());
}
