// A fetch stand-in that records each request and answers with a queued response.
interface RecordedRequest {
  url: string;
  method: string;
  headers: Headers;
  body: string;
}

type Reply = Response | ((request: Request) => Response | Promise<Response>);

export function fakeFetch(...replies: Reply[]) {
  const requests: RecordedRequest[] = [];
  const fetch = async (input: string | URL | Request, init?: RequestInit) => {
    const request = new Request(input, init);
    requests.push({
      url: request.url,
      method: request.method,
      headers: new Headers(request.headers),
      body: await request.clone().text(),
    });
    const reply = replies.length > 1 ? replies.shift()! : replies[0];
    if (!reply) throw new Error('fakeFetch: no reply queued');
    return typeof reply === 'function' ? reply(request) : reply.clone();
  };
  return { fetch, requests };
}

export function json(status: number, body: unknown, headers: Record<string, string> = {}) {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });
}
