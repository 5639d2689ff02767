// VS Code client for the httpstatus-lsp language server.
import { execFile } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import {
  LanguageClient,
  LanguageClientOptions,
  ServerOptions,
  TransportKind,
} from 'vscode-languageclient/node';

const SECTION = 'httpstatus';
const SERVER_SETTINGS = ['rules', 'codes', 'style', 'hints', 'ignore'] as const;

export const LANGUAGES = [
  'go', 'javascript', 'typescript', 'javascriptreact', 'typescriptreact',
  'python', 'java', 'kotlin', 'csharp', 'rust', 'ruby', 'php',
  'yaml', 'json', 'jsonc', 'http', 'markdown',
];

let client: LanguageClient | undefined;
let output: vscode.OutputChannel | undefined;

// The binary to run: the setting, else a binary bundled under server/, else PATH.
export function serverPath(context: vscode.ExtensionContext): string {
  const configured = vscode.workspace.getConfiguration(SECTION).get<string>('server.path', '').trim();
  if (configured) {
    return configured.replace(/^~(?=$|[\\/])/, process.env.HOME ?? '~');
  }
  const exe = process.platform === 'win32' ? '.exe' : '';
  const candidates = [
    `httpstatus-lsp-${process.platform}-${process.arch}${exe}`,
    `httpstatus-lsp${exe}`,
  ];
  for (const name of candidates) {
    const bundled = context.asAbsolutePath(path.join('server', name));
    if (fs.existsSync(bundled)) {
      return bundled;
    }
  }
  return 'httpstatus-lsp';
}

// The server's settings (rules, codes, style, hints, ignore) without the
// client-only keys such as server.path.
function serverSettings(): Record<string, unknown> {
  const config = vscode.workspace.getConfiguration(SECTION);
  const settings: Record<string, unknown> = {};
  for (const key of SERVER_SETTINGS) {
    const value = config.get(key);
    if (value !== undefined) {
      settings[key] = value;
    }
  }
  return settings;
}

async function startClient(context: vscode.ExtensionContext): Promise<void> {
  const command = serverPath(context);
  // With TransportKind.stdio the client adds --stdio to the arguments.
  const serverOptions: ServerOptions = {
    run: { command, transport: TransportKind.stdio },
    debug: { command, transport: TransportKind.stdio, args: ['--log-level', 'debug'] },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: LANGUAGES.flatMap((language) => [
      { scheme: 'file', language },
      { scheme: 'untitled', language },
    ]),
    initializationOptions: { httpstatus: serverSettings() },
    outputChannel: output,
  };
  client = new LanguageClient('httpstatus', 'HTTP Status', serverOptions, clientOptions);
  try {
    await client.start();
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    void vscode.window.showErrorMessage(
      `HTTP Status: could not start ${command} (${message}). Set "httpstatus.server.path" to the httpstatus-lsp binary.`,
    );
    throw err;
  }
}

async function restartClient(context: vscode.ExtensionContext): Promise<void> {
  const old = client;
  client = undefined;
  if (old) {
    await old.stop().catch(() => undefined);
  }
  await startClient(context);
}

// The status code under the cursor, if the cursor is on a 3-digit number.
function codeAtCursor(): string | undefined {
  const editor = vscode.window.activeTextEditor;
  if (!editor) {
    return undefined;
  }
  const range = editor.document.getWordRangeAtPosition(editor.selection.active, /\d{3}/);
  return range ? editor.document.getText(range) : undefined;
}

async function explain(context: vscode.ExtensionContext, arg?: unknown): Promise<void> {
  let code = typeof arg === 'string' || typeof arg === 'number' ? String(arg) : undefined;
  if (!code) {
    code = await vscode.window.showInputBox({
      title: 'HTTP Status: Explain code',
      prompt: 'HTTP status code, e.g. 404',
      value: codeAtCursor() ?? '',
      validateInput: (v) => (/^\s*\d{1,3}\s*$/.test(v) ? undefined : 'Enter a status code such as 404'),
    });
  }
  if (!code) {
    return;
  }
  code = code.trim();
  const bin = serverPath(context);
  const text = await new Promise<string>((resolve, reject) => {
    execFile(bin, ['explain', code!], { timeout: 10000 }, (err, stdout, stderr) => {
      if (err) {
        reject(new Error((stderr || err.message).trim()));
      } else {
        resolve(stdout);
      }
    });
  }).catch((err: Error) => {
    void vscode.window.showErrorMessage(`HTTP Status: ${err.message}`);
    return undefined;
  });
  if (text === undefined) {
    return;
  }
  const doc = await vscode.workspace.openTextDocument({ content: text, language: 'markdown' });
  await vscode.window.showTextDocument(doc, { preview: true, viewColumn: vscode.ViewColumn.Beside });
}

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  output = vscode.window.createOutputChannel('HTTP Status');
  context.subscriptions.push(output);
  context.subscriptions.push(
    vscode.commands.registerCommand('httpstatus.explain', (arg?: unknown) => explain(context, arg)),
    vscode.commands.registerCommand('httpstatus.restart', () => restartClient(context)),
    vscode.workspace.onDidChangeConfiguration(async (event) => {
      if (!event.affectsConfiguration(SECTION)) {
        return;
      }
      if (event.affectsConfiguration(`${SECTION}.server.path`)) {
        await restartClient(context);
      } else if (client) {
        await client.sendNotification('workspace/didChangeConfiguration', {
          settings: { httpstatus: serverSettings() },
        });
      }
    }),
  );
  await startClient(context);
}

export async function deactivate(): Promise<void> {
  if (client) {
    await client.stop();
    client = undefined;
  }
}
