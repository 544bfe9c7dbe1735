/**
 * The edit our `msiProjectCreated` hook makes to the WiX project electron-builder generates:
 * public properties for the main settings, written to the machine-policy key only when given and
 * remembered across repair and upgrade, launch conditions that reject malformed values before
 * anything is installed, and the opt-in legacy-shortcut migration (R12). A pure function of the
 * project's text, so it can be tested without WiX or Windows.
 */
import { createHash } from 'node:crypto';
import { POLICY_KEY, registryType, settingShape, type SettingShape } from '../policy/registry';
import {
  MIGRATE_SHORTCUTS_PROPERTY,
  MSI_POLICY_PROPERTIES,
  REMEMBER_KEY,
  type MsiPolicyProperty,
} from './properties';

/** Thrown when the generated project no longer looks as this edit expects, so the build stops
 * instead of shipping an MSI that silently ignores its properties. */
export class WixEditError extends Error {
  override name = 'WixEditError';
}

const MARKER = '<!-- aurora-teleq: policy properties -->';
const FEATURE_ANCHOR = '<ComponentGroupRef Id="ProductComponents"/>';
const PRODUCT_END = '</Product>';
const MAIN_EXECUTABLE = 'Id="mainExecutable"';
export const POLICY_COMPONENT_GROUP = 'AuroraTeleqPolicyComponents';
export const MIGRATE_ACTION = 'AuroraTeleqMigrateShortcuts';
export const MIGRATE_LOG = '[CommonAppDataFolder]Aurora teleQ\\migrate-shortcuts.log';

/** Component GUIDs must stay the same from build to build, or upgrades orphan registry values. */
const GUID_NAMESPACE = Buffer.from('6f1b2d9c4e8a4c3fa1d7c0e5b3a29f10', 'hex');
export function stableGuid(name: string): string {
  const hash = createHash('sha1').update(GUID_NAMESPACE).update(name).digest();
  hash[6] = (hash[6]! & 0x0f) | 0x50;
  hash[8] = (hash[8]! & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex').toUpperCase();
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

function pascal(property: string): string {
  return property
    .toLowerCase()
    .split('_')
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join('');
}

function cdata(text: string): string {
  return `<![CDATA[${text}]]>`;
}

function xmlAttr(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

/** An MSI condition that holds when the property is absent or well-formed. Comparing a
 * non-integer with a number is false in MSI, so the range test also rejects "ten". */
export function validityCondition(
  property: string,
  shape: SettingShape,
  startsWith?: string,
): string | null {
  if (startsWith) return `${property} ~<< "${startsWith}"`;
  switch (shape.kind) {
    case 'enum':
      return shape.values.map((v) => `${property} = "${v}"`).join(' OR ');
    case 'integer':
      return `(${property} >= ${shape.min} AND ${property} <= ${shape.max})`;
    case 'boolean':
      return `${property} = "0" OR ${property} = "1"`;
    case 'string':
    case 'list':
      return null;
  }
}

function allowedText(shape: SettingShape, startsWith?: string): string {
  if (startsWith) return `an address starting with ${startsWith}`;
  switch (shape.kind) {
    case 'enum':
      return `one of: ${shape.values.join(', ')}`;
    case 'integer':
      return `a whole number from ${shape.min} to ${shape.max}`;
    case 'boolean':
      return '0 or 1';
    default:
      return 'a valid value';
  }
}

function propertyXml(p: MsiPolicyProperty): { declarations: string[]; sequence: string[] } {
  const id = pascal(p.property);
  const shape = settingShape(p.key);
  const declarations = [
    `<Property Id="${p.property}" Secure="yes">`,
    `  <RegistrySearch Id="Remembered${id}" Root="HKLM" Key="${REMEMBER_KEY}" Name="${p.property}" Type="raw"/>`,
    `</Property>`,
    // The remembered value must not override one given on this command line: save it before
    // AppSearch and put it back after.
    `<CustomAction Id="SaveCmdLine${id}" Property="CMDLINE_${p.property}" Value="[${p.property}]" Execute="firstSequence"/>`,
    `<CustomAction Id="RestoreCmdLine${id}" Property="${p.property}" Value="[CMDLINE_${p.property}]" Execute="firstSequence"/>`,
  ];
  const valid = validityCondition(p.property, shape, p.startsWith);
  if (valid) {
    const message = `${p.property} must be ${allowedText(shape, p.startsWith)}.`;
    declarations.push(
      `<Condition Message="${xmlAttr(message)}">${cdata(`Installed OR ${p.property} = "" OR ${valid}`)}</Condition>`,
    );
  }
  const sequence = [
    `<Custom Action="SaveCmdLine${id}" Before="AppSearch"/>`,
    `<Custom Action="RestoreCmdLine${id}" After="AppSearch">${cdata(`CMDLINE_${p.property} <> ""`)}</Custom>`,
  ];
  return { declarations, sequence };
}

function componentXml(p: MsiPolicyProperty): string[] {
  const id = pascal(p.property);
  const type = registryType(settingShape(p.key)) === 'REG_DWORD' ? 'integer' : 'string';
  // Transitive: a repair that is given the property later re-evaluates the condition.
  return [
    `<Component Id="Policy${id}" Guid="${stableGuid(`policy:${p.property}`)}" Transitive="yes">`,
    `  <Condition>${cdata(`${p.property} <> ""`)}</Condition>`,
    `  <RegistryValue Root="HKLM" Key="${REMEMBER_KEY}" Name="${p.property}" Type="string" Value="[${p.property}]" KeyPath="yes"/>`,
    `  <RegistryValue Root="HKLM" Key="${POLICY_KEY}" Name="${p.key}" Type="${type}" Value="[${p.property}]"/>`,
    `</Component>`,
  ];
}

function migrateXml(): { declarations: string[]; execute: string[] } {
  const command = `--migrate-shortcuts --all-users --log "${MIGRATE_LOG}"`;
  return {
    declarations: [
      `<Property Id="${MIGRATE_SHORTCUTS_PROPERTY}" Secure="yes"/>`,
      // Deferred and not impersonated: it runs as SYSTEM after the files are in place, so it can
      // reach every user's desktop. A failed migration must not roll back the client itself.
      `<CustomAction Id="${MIGRATE_ACTION}" FileKey="mainExecutable" ExeCommand="${xmlAttr(command)}" Execute="deferred" Impersonate="no" Return="ignore"/>`,
    ],
    execute: [
      `<Custom Action="${MIGRATE_ACTION}" Before="InstallFinalize">${cdata(`${MIGRATE_SHORTCUTS_PROPERTY} = "1" AND NOT REMOVE~="ALL"`)}</Custom>`,
    ],
  };
}

function indent(lines: string[], spaces: number): string {
  const pad = ' '.repeat(spaces);
  return lines.map((line) => pad + line).join('\n');
}

function countOf(haystack: string, needle: string): number {
  return haystack.split(needle).length - 1;
}

function requireAnchor(wxs: string, anchor: string, what: string): void {
  const n = countOf(wxs, anchor);
  if (n !== 1) {
    throw new WixEditError(
      `msiProjectCreated: expected exactly one ${what} (${anchor}) in electron-builder's WiX project, found ${n}. ` +
        'electron-builder changed its MSI template: update build/msi/wix-edit.ts and its fixture.',
    );
  }
}

/** Adds the elements of one sequence table, merging into an existing one if the template has it. */
function addToSequence(wxs: string, table: string, customs: string[]): string {
  const open = `<${table}>`;
  if (wxs.includes(open)) {
    return wxs.replace(open, `${open}\n${indent(customs, 10)}`);
  }
  const block = [`<${table}>`, ...customs.map((c) => `  ${c}`), `</${table}>`];
  return wxs.replace(PRODUCT_END, `${indent(block, 4).slice(2)}\n  ${PRODUCT_END}`);
}

/** WiX project text in, WiX project text out. Throws WixEditError if an anchor is missing. */
export function addPolicyPropertiesToWix(wxs: string): string {
  if (wxs.includes(MARKER)) {
    throw new WixEditError('msiProjectCreated: the WiX project has already been edited.');
  }
  requireAnchor(wxs, PRODUCT_END, 'end of the Product element');
  requireAnchor(wxs, FEATURE_ANCHOR, 'reference to the product components in the feature');
  requireAnchor(wxs, MAIN_EXECUTABLE, 'main executable file');

  const declarations: string[] = [MARKER];
  const sequence: string[] = [];
  const components: string[] = [];
  for (const p of MSI_POLICY_PROPERTIES) {
    const parts = propertyXml(p);
    declarations.push(...parts.declarations);
    sequence.push(...parts.sequence);
    components.push(...componentXml(p).map((line) => `  ${line}`));
  }
  const migrate = migrateXml();
  declarations.push(...migrate.declarations);
  declarations.push(
    `<ComponentGroup Id="${POLICY_COMPONENT_GROUP}" Directory="APPLICATIONFOLDER">`,
    ...components,
    `</ComponentGroup>`,
  );

  let out = wxs.replace(
    FEATURE_ANCHOR,
    `${FEATURE_ANCHOR}\n      <ComponentGroupRef Id="${POLICY_COMPONENT_GROUP}"/>`,
  );
  // The anchor already sits after two spaces of indentation.
  out = out.replace(PRODUCT_END, `${indent(declarations, 4).slice(2)}\n  ${PRODUCT_END}`);
  out = addToSequence(out, 'InstallUISequence', sequence);
  out = addToSequence(out, 'InstallExecuteSequence', [...sequence, ...migrate.execute]);
  return out;
}
