import path from 'node:path';
import CopyPlugin from 'copy-webpack-plugin';

// `--env test` builds the extension that the end-to-end tests and the local demo load: it is
// granted http://127.0.0.1 up front, so no permission prompt interrupts a scripted run.
// `--env bridge` adds to that a relay through which pages on 127.0.0.1 drive the background, for
// the Firefox test only, because Firefox does not let a test automate extension pages.
const TEST_HOST_PERMISSIONS = ['http://127.0.0.1/*', 'http://localhost/*'];

function transformManifest(content, { isTestBuild, isBridgeBuild }) {
  const manifest = JSON.parse(content.toString());
  if (isTestBuild) {
    manifest.host_permissions = [...(manifest.host_permissions ?? []), ...TEST_HOST_PERMISSIONS];
  }
  if (isBridgeBuild) {
    manifest.content_scripts = [
      { matches: ['http://127.0.0.1/*'], js: ['test-bridge.js'], run_at: 'document_start' },
    ];
  }
  return JSON.stringify(manifest, null, 2);
}

function outputDir(env, isTestBuild, isBridgeBuild) {
  if (env.out) return env.out;
  if (isBridgeBuild) return 'dist-bridge';
  return isTestBuild ? 'dist-test' : 'dist';
}

export default (env = {}, argv = {}) => {
  const isBridgeBuild = Boolean(env.bridge);
  const isTestBuild = Boolean(env.test) || isBridgeBuild;
  const mode = argv.mode || 'production';
  return {
    mode,
    // Never an eval-based source map: the MV3 content security policy forbids eval.
    devtool: mode === 'development' ? 'cheap-source-map' : false,
    entry: {
      background: isBridgeBuild ? './src/testing/background.ts' : './src/background/index.ts',
      content: './src/autofill/content.ts',
      fill: './src/autofill/fill-entry.ts',
      popup: './popup/index.tsx',
      options: './options/index.tsx',
      ...(isBridgeBuild ? { 'test-bridge': './src/testing/bridge.ts' } : {}),
    },
    output: {
      path: path.resolve(outputDir(env, isTestBuild, isBridgeBuild)),
      filename: '[name].js',
      clean: true,
    },
    resolve: { extensions: ['.ts', '.tsx', '.js'] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: 'esbuild-loader',
            options: { target: 'es2022', jsx: 'automatic', jsxImportSource: 'preact' },
          },
        },
      ],
    },
    plugins: [
      new CopyPlugin({
        patterns: [
          { from: 'manifest.json', transform: (content) => transformManifest(content, { isTestBuild, isBridgeBuild }) },
          { from: '_locales', to: '_locales' },
          { from: 'popup/popup.html' },
          { from: 'options/options.html' },
          { from: 'src/ui/style.css', to: 'style.css' },
          { from: 'icons', to: 'icons' },
        ],
      }),
    ],
    performance: { hints: false },
    // Without this, webpack adds a `new Function("return this")` shim that web-ext lint flags.
    node: { global: false },
    optimization: { splitChunks: false },
  };
};
