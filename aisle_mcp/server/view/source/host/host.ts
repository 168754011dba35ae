// A small MCP Apps host for the browser test (tests/apps/): the real MCP client over streamable HTTP, and
// ext-apps' AppBridge between it and the view, which runs in a sandboxed iframe under the CSP its resource declares.
// The test page calls window.aisleHost.show(...) and reads what happened from window.aisleHost.

import { Client, StreamableHTTPClientTransport } from "@modelcontextprotocol/client";
import { AppBridge, PostMessageTransport, getToolUiResourceUri } from "@modelcontextprotocol/ext-apps/app-bridge";
import type { McpUiHostContext, McpUiResourceCsp } from "@modelcontextprotocol/ext-apps/app-bridge";

const APP_MIME_TYPE = "text/html;profile=mcp-app";

interface Shown {
  resourceUri: string;
  csp: McpUiResourceCsp;
  result: unknown;
}

/** The Content-Security-Policy a host puts on a view, from the domains its resource declares (ext-apps' rules). */
function policy(csp: McpUiResourceCsp): string {
  const resources = (csp.resourceDomains ?? []).join(" ");
  const connect = (csp.connectDomains ?? []).join(" ") || "'none'";
  const frames = (csp.frameDomains ?? []).join(" ") || "'none'";
  return [
    "default-src 'none'",
    `script-src 'unsafe-inline' ${resources}`,
    `style-src 'unsafe-inline' ${resources}`,
    `img-src data: ${resources}`,
    `font-src ${resources || "'none'"}`,
    `media-src ${resources || "'none'"}`,
    `connect-src ${connect}`,
    `frame-src ${frames}`,
    "base-uri 'none'",
  ].join("; ");
}

const host = {
  openedLinks: [] as string[],
  /** Every tools/call the view made through the host, with the server's answer. */
  calls: [] as { name: string; arguments: Record<string, unknown>; result: unknown }[],
  shown: undefined as Shown | undefined,
  error: "",

  async show(
    serverUrl: string,
    tool: string,
    args: Record<string, unknown>,
    hostContext: McpUiHostContext,
    container: HTMLElement,
  ): Promise<Shown> {
    const client = new Client(
      { name: "aisle-test-host", version: "1.0.0" },
      { capabilities: { extensions: { "io.modelcontextprotocol/ui": { mimeTypes: [APP_MIME_TYPE] } } } },
    );
    await client.connect(new StreamableHTTPClientTransport(new URL(serverUrl)));
    const { tools } = await client.listTools();
    const definition = tools.find((t) => t.name === tool);
    if (!definition) throw new Error(`the server has no tool ${tool}`);
    const resourceUri = getToolUiResourceUri(definition);
    if (!resourceUri) throw new Error(`${tool} is bound to no ui:// resource`);
    const { contents } = await client.readResource({ uri: resourceUri });
    const content = contents[0] as { mimeType?: string; text?: string; _meta?: { ui?: { csp?: McpUiResourceCsp } } };
    if (content.mimeType !== APP_MIME_TYPE || typeof content.text !== "string") {
      throw new Error(`${resourceUri} is ${content.mimeType}, not ${APP_MIME_TYPE}`);
    }
    const csp = content._meta?.ui?.csp ?? {};
    const html = content.text.replace(
      "<head>",
      `<head><meta http-equiv="Content-Security-Policy" content="${policy(csp)}">`,
    );

    const iframe = document.createElement("iframe");
    iframe.setAttribute("sandbox", "allow-scripts");
    iframe.title = "Aisle products";
    container.append(iframe);
    const bridge = new AppBridge(
      client,
      { name: "aisle-test-host", version: "1.0.0" },
      { openLinks: {}, serverTools: {}, logging: {} },
      { hostContext: { ...hostContext, toolInfo: { tool: definition } } },
    );
    bridge.onopenlink = async ({ url }) => {
      host.openedLinks.push(url);
      return {};
    };
    bridge.onsizechange = ({ height }) => {
      if (height !== undefined) iframe.style.height = `${height}px`;
    };
    const result = new Promise<unknown>((resolve, reject) => {
      bridge.oninitialized = () => {
        void (async () => {
          await bridge.sendToolInput({ arguments: args });
          const answer = await client.callTool({ name: tool, arguments: args });
          await bridge.sendToolResult(answer as Parameters<typeof bridge.sendToolResult>[0]);
          resolve(answer);
        })().catch(reject);
      };
    });
    const window = iframe.contentWindow;
    if (!window) throw new Error("the iframe has no window");
    await bridge.connect(new PostMessageTransport(window, window));
    // After connect, which sets the bridge's own forwarding to the client: the same, and each call recorded.
    bridge.oncalltool = async (params) => {
      const answer = await client.callTool(params);
      host.calls.push({ name: params.name, arguments: params.arguments ?? {}, result: answer });
      return answer as Awaited<ReturnType<NonNullable<typeof bridge.oncalltool>>>;
    };
    iframe.srcdoc = html;
    host.shown = { resourceUri, csp, result: await result };
    (host as unknown as { bridge: AppBridge }).bridge = bridge;
    return host.shown;
  },

  /** Tells the view the host's context changed (theme, container size…), as a host does. */
  async changeContext(change: McpUiHostContext): Promise<void> {
    const bridge = (host as unknown as { bridge?: AppBridge }).bridge;
    await bridge?.sendHostContextChange(change);
  },
};

(globalThis as unknown as { aisleHost: typeof host }).aisleHost = host;
