import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
import { docxToPlanText, htmlToPlanText } from './docx-to-text.ts';
import { parsePlanText } from './parse-plan-text.ts';

function row(cells: string[]): TableRow {
  return new TableRow({ children: cells.map((c) => new TableCell({ children: [new Paragraph(c)] })) });
}

function para(text: string, heading?: (typeof HeadingLevel)[keyof typeof HeadingLevel]): Paragraph {
  return new Paragraph({ text, heading });
}

async function buildPlanDocx(): Promise<Uint8Array> {
  const doc = new Document({
    sections: [
      {
        children: [
          para('Handläggare'),
          para('Olof Strand'),
          para('Telefon: 08-555 00 11'),
          para('Till'),
          para('Norra stadsdelsnämnden'),
          para('2024-02-01'),
          para('Verksamhetsplan 2024', HeadingLevel.TITLE),
          new Paragraph({ children: [new TextRun({ text: 'Hemtjänsten Norr', bold: true })] }),
          para('Inledning', HeadingLevel.HEADING_1),
          para('Enhetens uppdrag', HeadingLevel.HEADING_2),
          para('Hemtjänsten Norr ger stöd i hemmet till äldre & personer med funktionsnedsättning.'),
          para('KF:s inriktningsmål: 1. En stad där alla åldras tryggt', HeadingLevel.HEADING_1),
          para('KF:s mål för verksamhetsområdet: 1.4 Omsorgen håller hög kvalitet', HeadingLevel.HEADING_2),
          new Table({
            rows: [
              row(['Indikator', 'Årsmål', 'KF:s årsmål år 2024', 'Periodicitet']),
              row(['Andel nöjda omsorgstagare', '90 %', 'öka', 'År']),
            ],
          }),
          para('Nämndmål: Äldre känner sig trygga i sitt hem', HeadingLevel.HEADING_3),
          para('Förväntat resultat', HeadingLevel.HEADING_4),
          new Paragraph({ text: 'Fler omsorgstagare känner sig trygga.', bullet: { level: 0 } }),
          new Paragraph({ text: 'Färre byten av personal.', bullet: { level: 0 } }),
          new Table({
            rows: [
              row(['Aktivitet', 'Startdatum', 'Slutdatum']),
              row(['Införa fasta omsorgskontakter', '2024-01-01', '2024-12-31']),
            ],
          }),
          para('Redovisning av ekonomi', HeadingLevel.HEADING_1),
          para('Budget 2024', HeadingLevel.HEADING_2),
          para('Intäkterna beräknas till 40 mnkr.'),
          para('Övrigt', HeadingLevel.HEADING_1),
          para('Kvalitet', HeadingLevel.HEADING_2),
          para('Klagomål besvaras inom en vecka.'),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}

describe('docxToPlanText', () => {
  it('turns a Word plan into plan-text lines the parser reads', async () => {
    const text = await docxToPlanText(await buildPlanDocx());
    assert.match(text, /^Handläggare\n\nOlof Strand\n\nTelefon: 08-555 00 11\n\nTill\n/);
    assert.match(
      text,
      /\nIndikator\tÅrsmål\tKF:s årsmål år 2024\tPeriodicitet\nAndel nöjda omsorgstagare\t90 %\töka\tÅr\n\n/,
    );
    assert.match(text, /\n- Fler omsorgstagare känner sig trygga\.\n- Färre byten av personal\.\n\n/);
    assert.match(text, /äldre & personer/);

    const { plans } = parsePlanText(text);
    assert.equal(plans.length, 1);
    const plan = plans[0]!;
    assert.equal(plan.front.author, 'Olof Strand');
    assert.equal(plan.front.unit, 'Hemtjänsten Norr');
    assert.equal(plan.front.year, 2024);
    assert.deepEqual(
      plan.intro.map((s) => s.heading),
      ['Enhetens uppdrag'],
    );
    const area = plan.goals[0]!.children[0]!;
    assert.equal(area.indicators[0]!.targetText, '90 %');
    const board = area.children[0]!;
    assert.equal(
      board.fields.expectedResults,
      '- Fler omsorgstagare känner sig trygga.\n- Färre byten av personal.',
    );
    assert.equal(board.activities[0]!.end, '2024-12-31');
    assert.deepEqual(
      plan.other.map((s) => s.heading),
      ['Kvalitet'],
    );
  });

  it('converts nested lists, numbered lists, entities and multi-paragraph cells', () => {
    const html =
      '<p>A &amp; B &#8211; C</p><ol><li>Ett</li><li>Två<ul><li>Under</li></ul></li></ol>' +
      '<table><tr><td><p>Rad</p><p>två</p></td><td>1</td></tr></table><p>Slut</p>';
    assert.equal(htmlToPlanText(html), 'A & B – C\n\n1. Ett\n2. Två\n  - Under\n\nRad två\t1\n\nSlut');
  });
});
