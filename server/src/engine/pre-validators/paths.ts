/**
 * Path pre-validators (ENGINE.md pipeline step 1). Each returns the reason to skip, or undefined.
 */

/** Images, media, archives, compiled objects, fonts, databases: never text worth scanning. */
const BINARY_EXTENSIONS = new Set(
  (
    'png jpg jpeg gif bmp ico icns tif tiff webp avif heic psd ai eps svgz ' +
    'mp3 mp4 m4a m4v wav flac ogg oga ogv webm mov avi mkv wmv flv aac opus ' +
    'zip gz tgz bz2 tbz2 xz txz zst 7z rar tar lz lz4 lzma cab jar war ear aar apk ipa dmg iso img deb rpm msi pkg snap whl egg nupkg gem vsix crx xpi ' +
    'exe dll so dylib o obj a lib ko elf bin class pyc pyo pyd wasm dex node beam ' +
    'ttf otf woff woff2 eot ' +
    'pdf doc xls ppt odt ods odp sqlite sqlite3 db mdb accdb dat pack idx parquet avro orc feather npy npz pt pth onnx h5 tflite pb ckpt safetensors ' +
    'keystore-bin pcap pcapng swf fla blend fbx glb gltf-binary stl 3ds'
  ).split(' '),
);

/** Double extensions such as `.tar.gz` are covered by their last part; `tar.*` by the middle one. */
export function isBinaryPath(path: string): string | undefined {
  const name = baseName(path).toLowerCase();
  const parts = name.split('.');
  if (parts.length < 2) return undefined;
  const last = parts[parts.length - 1]!;
  if (BINARY_EXTENSIONS.has(last)) return `binary file extension .${last}`;
  if (parts.length >= 3 && parts[parts.length - 2] === 'tar') return 'tar archive';
  return undefined;
}

/** Folders of third-party code and published word lists (ENGINE.md's ban-list). */
const BANNED_PATHS: readonly RegExp[] = [
  /(?:^|[/\\])node_modules(?:[/\\]|$)/,
  /(?:^|[/\\])vendors?(?:[/\\]|$)/,
  /top-1000\.txt$/,
  /\.sops$/,
  /\.sops\.yaml$/,
  /(?:^|[/\\])\.git[/\\]/,
];

export function isBannedPath(path: string): string | undefined {
  const banned = BANNED_PATHS.find((pattern) => pattern.test(path));
  return banned ? `banned path (${banned.source})` : undefined;
}

/**
 * Many false alerts, almost no real secrets "in most cases": users can opt back in.
 * We depart from the reference list on Markdown: runbooks and onboarding pages are where teams
 * paste staging passwords and webhook URLs, and our placeholder/example filters keep docs quiet.
 */
export const LOW_VALUE_EXTENSIONS: readonly string[] = ['html', 'htm', 'css', 'scss', 'less', 'lock', 'storyboard', 'xib', 'svg', 'map'];

export function isLowValueExtension(path: string, optedIn: ReadonlySet<string> = new Set()): string | undefined {
  const name = baseName(path).toLowerCase();
  const dot = name.lastIndexOf('.');
  // package-lock.json, yarn.lock, Cargo.lock, *.min.js are lockfiles/bundles by name rather than extension.
  if (
    /^(?:package-lock\.json|npm-shrinkwrap\.json|pnpm-lock\.yaml|composer\.lock|gemfile\.lock|poetry\.lock|cargo\.lock|go\.sum)$/.test(
      name,
    ) &&
    !optedIn.has('lock')
  ) {
    return 'lockfile';
  }
  if (dot < 0) return undefined;
  const extension = name.slice(dot + 1);
  return LOW_VALUE_EXTENSIONS.includes(extension) && !optedIn.has(extension) ? `low-value extension .${extension}` : undefined;
}

export function baseName(path: string): string {
  const slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
  return path.slice(slash + 1);
}
