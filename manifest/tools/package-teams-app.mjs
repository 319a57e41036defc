// Builds the Teams sideloading package: manifest.json, color.png and outline.png at the zip root
// (https://learn.microsoft.com/en-us/microsoftteams/platform/concepts/build-and-test/apps-package).
// Called by scripts/package-teams-app.sh. Node only, no npm packages and no `zip` binary, so it runs on a fresh machine.
//
// Settings (environment variables):
//   Bot__AppId          the Azure Bot app id; otherwise Bot:AppId from user-secrets, then
//                       src/StrategyBot.App/appsettings.Development.json, then appsettings.json
//   TEAMS_APP_ID        the Teams app id (defaults to the bot id)
//   TEAMS_APP_VERSION   the app version, x.y.z (defaults to the version in manifest/manifest.json); bump it on every upload
//   TEAMS_APP_PACKAGE   the output path (defaults to artifacts/StrategyBot-teams-app.zip)
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateRawSync } from 'node:zlib';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const manifestDir = join(repoRoot, 'manifest');
const appDir = join(repoRoot, 'src', 'StrategyBot.App');
const guidPattern = /^[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$/;
const versionPattern = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$/;

function fail(message) {
  console.error(`package-teams-app: ${message}`);
  process.exit(1);
}

function readJson(path) {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    fail(`cannot read ${path}: ${error.message}`);
  }
}

// .NET configuration keys are case-insensitive and may be flat ("Bot:AppId", as user-secrets writes them) or nested.
function configValue(json, section, key) {
  const find = (object, name) => {
    if (object === null || typeof object !== 'object') return undefined;
    const match = Object.keys(object).find(k => k.toLowerCase() === name.toLowerCase());
    return match === undefined ? undefined : object[match];
  };
  const value = find(json, `${section}:${key}`) ?? find(find(json, section), key);
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

function userSecretsPath() {
  const csproj = readFileSync(join(appDir, 'StrategyBot.App.csproj'), 'utf8');
  const id = /<UserSecretsId>\s*([^<]+?)\s*<\/UserSecretsId>/.exec(csproj)?.[1];
  if (!id) return undefined;
  return process.platform === 'win32'
    ? join(process.env.APPDATA ?? '', 'Microsoft', 'UserSecrets', id, 'secrets.json')
    : join(homedir(), '.microsoft', 'usersecrets', id, 'secrets.json');
}

/** Highest precedence first, as ASP.NET Core layers them in Development. */
function findBotId() {
  const fromEnvironment = process.env.Bot__AppId?.trim();
  if (fromEnvironment) return { value: fromEnvironment, source: 'environment variable Bot__AppId' };
  const files = [
    [userSecretsPath(), 'user-secrets'],
    [join(appDir, 'appsettings.Development.json'), 'src/StrategyBot.App/appsettings.Development.json'],
    [join(appDir, 'appsettings.json'), 'src/StrategyBot.App/appsettings.json'],
  ];
  for (const [path, source] of files) {
    if (!path || !existsSync(path)) continue;
    const value = configValue(readJson(path), 'Bot', 'AppId');
    if (value) return { value, source: `Bot:AppId in ${source}` };
  }
  return undefined;
}

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes) {
  let c = 0xffffffff;
  for (const b of bytes) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** A plain zip (PKWARE APPNOTE 6.3): deflated entries, fixed 1980-01-01 timestamps so that equal input gives equal bytes. */
function zip(entries) {
  const locals = [];
  const centrals = [];
  let offset = 0;
  for (const { name, data } of entries) {
    const nameBytes = Buffer.from(name, 'utf8');
    const compressed = deflateRawSync(data, { level: 9 });
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4); // version needed: deflate
    local.writeUInt16LE(0x0800, 6); // names are UTF-8
    local.writeUInt16LE(8, 8); // deflate
    local.writeUInt16LE(0, 10); // time 00:00
    local.writeUInt16LE(0x21, 12); // date 1980-01-01
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(compressed.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    local.copy(central, 6, 4, 30);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, compressed);
    centrals.push(central, nameBytes);
    offset += local.length + nameBytes.length + compressed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

const botId = findBotId();
if (!botId) {
  fail('no bot id is configured. Set the Azure Bot app id with\n'
    + '  Bot__AppId=<app id> scripts/package-teams-app.sh\n'
    + 'or store it once with\n'
    + '  dotnet user-secrets set Bot:AppId <app id> --project src/StrategyBot.App');
}
if (!guidPattern.test(botId.value)) fail(`the bot id from ${botId.source} is not a GUID: '${botId.value}'.`);

const appId = process.env.TEAMS_APP_ID?.trim() || botId.value;
if (!guidPattern.test(appId)) fail(`TEAMS_APP_ID is not a GUID: '${appId}'.`);

const manifest = readJson(join(manifestDir, 'manifest.json'));
const version = process.env.TEAMS_APP_VERSION?.trim() || manifest.version;
if (!versionPattern.test(version)) fail(`the app version must look like 1.2.3, not '${version}'.`);
if (!Array.isArray(manifest.bots) || manifest.bots.length !== 1) fail('manifest/manifest.json must declare exactly one bot.');

manifest.id = appId;
manifest.version = version;
manifest.bots[0].botId = botId.value;
// The message extension is served by the same bot (docs/bot-protocol.md#message-extensions).
for (const extension of manifest.composeExtensions ?? []) extension.botId = botId.value;

const entries = [{ name: 'manifest.json', data: Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`, 'utf8') }];
for (const icon of [manifest.icons.color, manifest.icons.outline]) {
  const path = join(manifestDir, icon);
  if (!existsSync(path)) fail(`icon ${path} is missing; run node manifest/tools/generate-icons.mjs.`);
  entries.push({ name: icon, data: readFileSync(path) });
}

const output = resolve(process.env.TEAMS_APP_PACKAGE?.trim() || join(repoRoot, 'artifacts', 'StrategyBot-teams-app.zip'));
mkdirSync(dirname(output), { recursive: true });
writeFileSync(output, zip(entries));
console.log(`Wrote ${output}`);
console.log(`  bot id ${botId.value} (from ${botId.source}), app id ${appId}, version ${version}`);
console.log('  Upload it in Teams: Apps > Manage your apps > Upload an app > Upload a custom app.');
