// Copies the bpmn-js viewer bundle and its css from node_modules into the app's static resources, with the
// licence and a note of the version. Run: cd tools/bpmn-js && npm ci && npm run vendor
// The copied files are committed, so the build itself needs neither node nor the network.
const fs = require('fs');
const path = require('path');

const source = path.join(__dirname, 'node_modules', 'bpmn-js');
const target = path.join(__dirname, '..', '..', 'src', 'main', 'resources', 'static', 'vendor', 'bpmn-js');
const version = require(path.join(source, 'package.json')).version;

fs.mkdirSync(target, { recursive: true });
const files = [
  ['dist/bpmn-viewer.production.min.js', 'bpmn-viewer.production.min.js'],
  ['dist/assets/diagram-js.css', 'diagram-js.css'],
  ['dist/assets/bpmn-js.css', 'bpmn-js.css'],
  ['LICENSE', 'LICENSE']
];
for (const [from, to] of files) {
  fs.copyFileSync(path.join(source, from), path.join(target, to));
}
fs.writeFileSync(path.join(target, 'VERSION'),
  `bpmn-js ${version} (npm), copied by tools/bpmn-js/copy.js; licence in LICENSE (the bpmn.io watermark must stay visible)\n`);
console.log(`bpmn-js ${version} -> ${path.relative(process.cwd(), target)}`);
