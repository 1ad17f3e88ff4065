/** A small client for the CMS REST API, as a browser or script would use it. */
export type Reply = { status: number; body: any }

export function restClient(baseUrl: string) {
  async function request(
    method: string,
    path: string,
    { token, json, form }: { token?: string; json?: unknown; form?: FormData } = {},
  ): Promise<Reply> {
    const headers: Record<string, string> = {}
    if (token) headers.Authorization = `JWT ${token}`
    if (json !== undefined) headers['Content-Type'] = 'application/json'
    const response = await fetch(`${baseUrl}${path}`, {
      method,
      headers,
      body: form ?? (json !== undefined ? JSON.stringify(json) : undefined),
    })
    const text = await response.text()
    let body: unknown = text
    try {
      body = JSON.parse(text)
    } catch {
      // Not JSON (a file, say): keep the text.
    }
    return { status: response.status, body }
  }

  return {
    get: (path: string, token?: string) => request('GET', path, { token }),
    post: (path: string, json: unknown, token?: string) => request('POST', path, { json, token }),
    patch: (path: string, json: unknown, token?: string) => request('PATCH', path, { json, token }),
    delete: (path: string, token?: string) => request('DELETE', path, { token }),
    upload: (path: string, form: FormData, token?: string) => request('POST', path, { form, token }),
    graphql: (query: string, token?: string) => request('POST', '/api/graphql', { json: { query }, token }),
    async login(email: string, password: string): Promise<string> {
      const reply = await request('POST', '/api/users/login', { json: { email, password } })
      if (reply.status !== 200) throw new Error(`Login as ${email} failed: ${JSON.stringify(reply.body)}`)
      return reply.body.token as string
    },
  }
}

/** The messages of a Payload error reply, joined, for assertions on what the user is told. */
export function errorText(reply: Reply): string {
  const errors = (reply.body?.errors ?? []) as {
    message?: string
    data?: { errors?: { path: string; message: string }[] }
  }[]
  return errors
    .flatMap((error) => [
      error.message ?? '',
      ...(error.data?.errors ?? []).map((item) => `${item.path}: ${item.message}`),
    ])
    .join(' | ')
}
