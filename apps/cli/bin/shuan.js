#!/usr/bin/env node
// Entry of the `shuan` command. Plain JavaScript so that it runs on any Node and can say
// which Node is needed; the command itself is TypeScript run by Node's type stripping,
// which is on by default from Node 22.18.
const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 18)) {
  process.stderr.write(
    [
      `错误 Error [NODE_TOO_OLD]: 数安需要 Node.js 24 LTS，当前为 ${process.version}；` +
        `请用 npm i -g node@24 安装，或参见 README。`,
      `Shu'an needs Node.js 24 LTS; this is ${process.version}. ` +
        `Install it with \`npm i -g node@24\` or see the README.`,
      '',
    ].join('\n'),
  );
  process.exit(1);
}
try {
  await import('../src/main.ts');
} catch (error) {
  // Only a broken install gets here (a missing module); main.ts reports everything else.
  if (process.env.SHUAN_DEBUG === '1') throw error;
  const message = String(error instanceof Error ? error.message : error).split('\n')[0];
  process.stderr.write(
    `错误 Error [INSTALL_BROKEN]: 数安未能启动，请在仓库根目录运行 npm install / ` +
      `Shu'an could not start, run npm install in the repository: ${message}\n`,
  );
  process.exit(1);
}
