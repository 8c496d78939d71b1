/** Escapes text for HTML content and double-quoted attributes. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

const STYLE = `body{font:16px/1.5 system-ui,sans-serif;margin:0;background:#f4f5f7;color:#1c1e21}
main{max-width:28rem;margin:2rem auto;padding:1.5rem;background:#fff;border-radius:8px;box-shadow:0 1px 3px #0003}
h1{font-size:1.4rem;margin-top:0}ul{padding-left:1.2rem}code{word-break:break-all}
.actions{display:flex;gap:.75rem;margin-top:1.25rem}
button{font:inherit;padding:.5rem 1.25rem;border-radius:6px;border:1px solid #5c5f66;cursor:pointer;background:#fff;color:#1c1e21}
button[value=approve]{background:#1d4ed8;border-color:#1d4ed8;color:#fff}
button:focus-visible{outline:3px solid #f59e0b;outline-offset:2px}`;

/** A complete page, as the authorization server answers it. */
export function htmlResponse(title: string, body: string, status: number): Response {
  const page = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<main>
${body}
</main>
</body>
</html>
`;
  return new Response(page, {
    status,
    headers: {
      'content-type': 'text/html; charset=utf-8',
      'cache-control': 'no-store',
      // RFC 6749 §10.13: the consent page must not be framed by another site (clickjacking).
      'x-frame-options': 'DENY',
      'content-security-policy': "frame-ancestors 'none'",
    },
  });
}

/**
 * The page for a request that cannot be answered with a redirect (unknown client, untrusted
 * redirect URI): RFC 6749 §4.1.2.1 forbids redirecting then.
 */
export function errorPage(error: string, description: string): Response {
  return htmlResponse(
    'Authorization error',
    `<h1>This authorization request cannot be completed</h1>
<p role="alert" id="error" data-error="${escapeHtml(error)}">${escapeHtml(description)}</p>
<p>You were not sent back to the application, because the address it asked to return to could not be verified. Contact the application's developer.</p>`,
    400,
  );
}
