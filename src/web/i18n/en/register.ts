import type sv from '../sv/register.ts';
import type { Strings } from '../types.ts';

const en: Strings<typeof sv> = {
  title: 'Organisation register {{year}}',
  intro:
    'Boards, administrations, departments, units and teams in force in {{year}}. A closed unit remains in the years it existed.',
  kind: { city: 'Municipality', board: 'Board', department: 'Department', unit: 'Unit', team: 'Team' },
  table: {
    caption: 'Organisations in force in {{year}}',
    name: 'Name',
    kind: 'Kind',
    code: 'Organisation code',
    validFrom: 'Valid from',
    validTo: 'Valid to',
    actions: 'Actions',
    edit: 'Edit {{name}}',
    editShort: 'Edit',
    open: 'until further notice',
  },
  form: {
    addHeading: 'Add an organisation',
    editHeading: 'Edit {{name}}',
    kind: 'Kind',
    name: 'Name',
    parent: 'Belongs to',
    code: 'Organisation code (optional)',
    codeHint: 'The code from the finance system; used when the register is read from a file.',
    validFrom: 'Valid from',
    validTo: 'Valid to (closes the organisation)',
    validToHint: 'Leave empty while the organisation exists.',
    movedOn: 'Move takes effect on',
    movedOnHint: 'Earlier years keep the old placement.',
    add: 'Add',
    save: 'Save changes',
    cancel: 'Cancel',
    saved: '{{name}} is saved.',
    added: '{{name}} is added.',
  },
  file: {
    heading: 'Read or download the register as a file',
    exportCsv: 'Download as CSV (Excel)',
    exportXlsx: 'Download as Excel file (XLSX)',
    importLabel: 'File to read (CSV or XLSX)',
    importHint: 'Columns: Organisationskod; Namn; Typ; Överordnad kod; Gäller från; Gäller till.',
    check: 'Check the file',
    apply: 'Apply the changes',
    report: '{{rows}} rows: {{created}} new, {{changed}} changed, {{unchanged}} unchanged.',
    errorsHeading: 'Errors in the file – nothing has been saved',
    errorRow: 'Row {{row}}, {{column}}: {{message}}',
    applied: 'The register has been read.',
  },
};

export default en;
