// A fediverse server built on Fedify (https://fedify.dev), the third-party ActivityPub implementation the
// integration tests federate with. It runs one actor, "peer", on loopback and is driven by the Java test
// through /control/* requests: follow a Communa actor, reply to one of its objects, tell what arrived.
// Fedify itself verifies every signature on its inbox and signs what it sends; the wrapper around fetch
// only records which signature scheme each outgoing POST used and what our server answered.
//
// usage: node peer.mjs PORT   (prints "listening" once ready)
import http from "node:http";
import { createFederation, generateCryptoKeyPair, MemoryKvStore } from "@fedify/fedify";

const vocab = await import("@fedify/vocab").catch(() => import("@fedify/fedify"));
const { Accept, Announce, Create, Delete, Endpoints, Follow, Note, Person, Reject, Update } = vocab;

const port = Number(process.argv[2]);
const origin = `http://127.0.0.1:${port}`;
const received = [];
const sent = [];

const realFetch = globalThis.fetch;
globalThis.fetch = async (input, init) => {
  const request = new Request(input, init);
  const response = await realFetch(request.clone());
  if (request.method === "POST") {
    sent.push({
      url: request.url,
      scheme: request.headers.has("signature-input") ? "rfc9421" : request.headers.has("signature") ? "draft-cavage-12" : "none",
      status: response.status,
    });
  }
  return response;
};

const federation = createFederation({ kv: new MemoryKvStore(), allowPrivateAddress: true });
const keys = [await generateCryptoKeyPair("RSASSA-PKCS1-v1_5"), await generateCryptoKeyPair("Ed25519")];

federation
  .setActorDispatcher("/users/{identifier}", async (ctx, identifier) => {
    if (identifier !== "peer") return null;
    const pairs = await ctx.getActorKeyPairs(identifier);
    return new Person({
      id: ctx.getActorUri(identifier),
      preferredUsername: identifier,
      name: "Fedify peer",
      inbox: ctx.getInboxUri(identifier),
      endpoints: new Endpoints({ sharedInbox: ctx.getInboxUri() }),
      publicKey: pairs[0].cryptographicKey,
      assertionMethods: pairs.map((pair) => pair.multikey),
    });
  })
  .setKeyPairsDispatcher(async (_ctx, identifier) => (identifier === "peer" ? keys : []));

async function record(_ctx, activity) {
  received.push(await activity.toJsonLd({ format: "compact" }));
}

federation
  .setInboxListeners("/users/{identifier}/inbox", "/inbox")
  .on(Accept, record)
  .on(Announce, record)
  .on(Reject, record)
  .on(Create, record)
  .on(Update, record)
  .on(Delete, record);

function context() {
  return federation.createContext(new URL(origin), undefined);
}

// Fedify's WebFinger lookup always uses https; the test's servers speak plain HTTP on loopback, so the
// peer asks WebFinger itself, then lets Fedify fetch and parse the actor it points at.
async function resolve(ctx, handle) {
  const [user, host] = handle.replace(/^@/, "").split("@");
  const finger = await realFetch(`http://${host}/.well-known/webfinger?resource=acct:${user}@${host}`);
  if (!finger.ok) throw new Error(`WebFinger for ${handle} answered ${finger.status}`);
  const self = (await finger.json()).links.find((link) => link.rel === "self" && link.type === "application/activity+json");
  const actor = await ctx.lookupObject(self.href);
  if (actor == null || actor.inboxId == null) throw new Error(`no actor with an inbox at ${self.href}`);
  return actor;
}

const controls = {
  async follow(ctx, body) {
    const actor = await resolve(ctx, body.handle);
    const id = new URL(`/follows/${crypto.randomUUID()}`, origin);
    await ctx.sendActivity({ identifier: "peer" }, actor, new Follow({ id, actor: ctx.getActorUri("peer"), object: actor.id }));
    return { follow: id.href, actor: actor.id.href, name: actor.name?.toString() ?? null };
  },
  async reply(ctx, body) {
    const actor = await ctx.lookupObject(body.to);
    const noteId = new URL(`/notes/${crypto.randomUUID()}`, origin);
    const note = new Note({
      id: noteId,
      attribution: ctx.getActorUri("peer"),
      to: actor.id,
      replyTarget: new URL(body.inReplyTo),
      content: body.content,
    });
    await ctx.sendActivity({ identifier: "peer" }, actor,
      new Create({ id: new URL(`${noteId.href}/create`), actor: ctx.getActorUri("peer"), to: actor.id, object: note }));
    return { note: noteId.href };
  },
  async received() {
    return received;
  },
  async sent() {
    return sent;
  },
};

async function control(request) {
  const name = new URL(request.url).pathname.slice("/control/".length);
  if (!(name in controls)) return Response.json({ error: `no control ${name}` }, { status: 404 });
  try {
    const body = request.method === "POST" ? await request.json() : {};
    return Response.json(await controls[name](context(), body));
  } catch (error) {
    return Response.json({ error: String(error?.stack ?? error) }, { status: 500 });
  }
}

http.createServer(async (req, res) => {
  const chunks = [];
  for await (const chunk of req) chunks.push(chunk);
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) headers.set(name, Array.isArray(value) ? value.join(", ") : value);
  const hasBody = req.method !== "GET" && req.method !== "HEAD";
  const request = new Request(new URL(req.url, origin), { method: req.method, headers, body: hasBody ? Buffer.concat(chunks) : undefined });
  const response = request.url.startsWith(`${origin}/control/`)
    ? await control(request)
    : await federation.fetch(request, { contextData: undefined });
  res.writeHead(response.status, Object.fromEntries(response.headers));
  res.end(Buffer.from(await response.arrayBuffer()));
}).listen(port, "127.0.0.1", () => console.log("listening"));
